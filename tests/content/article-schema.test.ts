import { describe, expect, it } from 'vitest';
import { articleSchema as schema } from '../../src/content/schemas/article';
import { isoDate } from '../../src/content/schemas/fields';
import { MINIMAL_ARTICLE } from '../support/entries';

const valid = MINIMAL_ARTICLE;

function problems(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter schema', () => {
  it('accepts a complete article and fills in empty lists', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ unconfirmed: [], editorialNotes: [] });
  });

  it('names a missing field and what it expects', () => {
    const { headline: _, ...withoutHeadline } = valid;
    expect(problems(withoutHeadline)).toEqual(['headline: expected a headline as text']);
  });

  it('rejects an unknown kind, listing the kinds and what it got', () => {
    expect(problems({ ...valid, kind: 'review' })).toEqual(['kind: expected kind to be one of: analysis, editorial (not "review")']);
  });

  it('rejects impossible, malformed and unquoted dates', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(problems({ ...valid, dates: [{ date: '2023-02-29', meaning: 'published-online' }] })).toEqual([
      'dates.0.date: expected a real calendar date (this day does not exist)',
    ]);
    expect(problems({ ...valid, dates: [{ date: '27 March 2024', meaning: 'published-online' }] })).toEqual([
      'dates.0.date: expected a date written "YYYY-MM-DD"',
    ]);
    expect(problems({ ...valid, dates: [{ date: new Date('2024-03-27'), meaning: 'published-online' }] })[0]).toContain('in quotes');
  });

  it('refuses a guessed-looking URL that is not a URL, unknown fields and duplicate note ids', () => {
    expect(problems({ ...valid, source: { ...valid.source, url: 'economist.com/europe' } })[0]).toContain('source.url: expected source.url to be an absolute URL');
    expect(problems({ ...valid, subtitle: 'x' })[0]).toContain('subtitle');
    const note = { id: 'same', change: 'sic', description: 'Kept.', at: { quote: 'x' } };
    expect(problems({ ...valid, editorialNotes: [note, note] })).toEqual(['editorialNotes.1.id: expected a unique id; "same" is used twice']);
  });

  it('requires an editorial note to say where it applies', () => {
    const note = { id: 'n', change: 'removed', description: 'Dropped a line.', at: 'middle' };
    expect(problems({ ...valid, editorialNotes: [note] })).toEqual(['editorialNotes.0.at: expected at to be "header", "start", "end" or { quote, prefix?, suffix? }']);
  });
});
