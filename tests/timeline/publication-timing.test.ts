import { describe, expect, it } from 'vitest';
import { timingAgainst, timingNote } from '../../src/timeline/publication-timing';

const PUBLISHED = '2024-03-27';

describe('timingAgainst', () => {
  it('tells events before, on and after the day a piece was published apart', () => {
    expect(timingAgainst({ date: '2024-03-25', precision: 'day' }, PUBLISHED)).toBe('before');
    expect(timingAgainst({ date: '2024-03-27', precision: 'day' }, PUBLISHED)).toBe('same-day');
    expect(timingAgainst({ date: '2024-03-30', precision: 'day' }, PUBLISHED)).toBe('after');
  });

  it('counts a range by its first and last days', () => {
    expect(timingAgainst({ date: '2024-03-23', endDate: '2024-03-26', precision: 'day' }, PUBLISHED)).toBe('before');
    expect(timingAgainst({ date: '2024-03-23', endDate: '2024-03-27', precision: 'day' }, PUBLISHED)).toBe('under-way');
    expect(timingAgainst({ date: '2024-03-27', endDate: '2024-03-29', precision: 'day' }, PUBLISHED)).toBe('under-way');
  });

  it('does not guess the day of an event known only to the month', () => {
    expect(timingAgainst({ date: '2024-03-01', precision: 'month' }, PUBLISHED)).toBe('under-way');
    expect(timingAgainst({ date: '2024-02-01', precision: 'month' }, PUBLISHED)).toBe('before');
    expect(timingAgainst({ date: '2025-06-01', precision: 'month' }, PUBLISHED)).toBe('after');
  });
});

describe('timingNote', () => {
  const economist = { outlet: 'The Economist', kind: 'analysis', line: { date: PUBLISHED, basis: 'published' as const } };
  const post = { outlet: 'The Washington Post', kind: 'editorial', line: { date: '2024-03-23', basis: 'written' as const } };

  it('says what a piece could not have known, and nothing about what came before it', () => {
    expect(timingNote('after', economist)).toBe('After The Economist’s analysis was published (27 March 2024): its authors could not have known it');
    expect(timingNote('same-day', economist)).toBe('On the day The Economist’s analysis was published (27 March 2024): it may not reflect it');
    expect(timingNote('under-way', economist)).toBe('Under way when The Economist’s analysis was published (27 March 2024)');
    expect(timingNote('before', economist)).toBeUndefined();
  });

  it('dates a piece known only from a reprint by when its text shows it was written, approximately', () => {
    expect(timingNote('after', post)).toBe('After The Washington Post’s editorial was written (about 23 March 2024): its authors could not have known it');
  });
});
