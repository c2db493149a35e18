import { describe, expect, it } from 'vitest';
import { firstPublished, inPublicationOrder, knowledgeLine } from '../../src/content/article-dates';

describe('article dates', () => {
  it('takes the first publication date, not the date a piece was written', () => {
    expect(
      firstPublished([
        { date: '2024-03-26', meaning: 'reprinted' },
        { date: '2024-03-23', meaning: 'written' },
      ]),
    ).toBe('2024-03-26');
    expect(
      firstPublished([
        { date: '2024-03-30', meaning: 'print-edition' },
        { date: '2024-03-27', meaning: 'published-online' },
      ]),
    ).toBe('2024-03-27');
  });


  it('stops what a piece could know at the day it was written, else when it was first out online or in print, else its reprint', () => {
    expect(
      knowledgeLine([
        { date: '2024-03-26', meaning: 'reprinted' },
        { date: '2024-03-23', meaning: 'written' },
      ]),
    ).toEqual({ date: '2024-03-23', basis: 'written' });
    expect(
      knowledgeLine([
        { date: '2024-03-30', meaning: 'print-edition' },
        { date: '2024-03-27', meaning: 'published-online' },
      ]),
    ).toEqual({ date: '2024-03-27', basis: 'published' });
    expect(knowledgeLine([{ date: '2024-03-26', meaning: 'reprinted' }])).toEqual({ date: '2024-03-26', basis: 'reprinted' });
  });

  it('orders articles by first publication', () => {
    const economist = { id: 'economist', data: { dates: [{ date: '2024-03-27', meaning: 'published-online' as const }] } };
    const post = { id: 'post', data: { dates: [{ date: '2024-03-26', meaning: 'reprinted' as const }, { date: '2024-03-23', meaning: 'written' as const }] } };
    expect(inPublicationOrder([economist, post]).map((article) => article.id)).toEqual(['post', 'economist']);
  });
});
