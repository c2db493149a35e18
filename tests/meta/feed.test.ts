import { describe, expect, it } from 'vitest';
import type { Article, Correction } from '../../src/content/entries';
import { feedItems } from '../../src/meta/feed';
import { articleEntry } from '../support/entries';

const article = (id: string, date: string, meaning: Article['data']['dates'][number]['meaning']) =>
  articleEntry(id, { headline: `Headline ${id}`, kind: 'editorial', dates: [{ date, meaning }] });
const correction = (id: string, date: string, data: Partial<Correction['data']>) => ({ id, data: { summary: `Summary ${id}`, date, claims: [], articles: [], ...data } }) as Correction;
const absolute = (path: string) => `https://example.org/reader${path}`;

describe('the RSS feed', () => {
  it('lists pieces and dated corrections, newest first, with absolute links', () => {
    const items = feedItems(
      [article('a', '2024-03-27', 'published-online'), article('b', '2024-03-26', 'reprinted')],
      [correction('toll', '2024-04-02', { claims: ['economist-toll-139'] }), correction('date', '2024-04-01', { articles: ['b'] })],
      absolute,
    );
    expect(items.map((item) => [item.title, item.link, item.pubDate?.toISOString().slice(0, 10)])).toEqual([
      ['Correction of 2 April 2024', 'https://example.org/reader/about/#correction-toll', '2024-04-02'],
      ['Correction of 1 April 2024', 'https://example.org/reader/about/#correction-date', '2024-04-01'],
      ['The Example: Headline a', 'https://example.org/reader/articles/a/', '2024-03-27'],
      ['The Example: Headline b', 'https://example.org/reader/articles/b/', '2024-03-26'],
    ]);
    expect(items[0]).toMatchObject({ description: 'Summary toll', categories: ['Correction'] });
    expect(items[2]).toMatchObject({ description: 'Headline a', categories: ['Editorial'] });
  });
});
