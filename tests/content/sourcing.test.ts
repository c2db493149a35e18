import { describe, expect, it } from 'vitest';
import { sourcingProblems } from '../../src/content/sourcing';
import type { ContentToCheck } from '../../src/content/references';
import { articleEntry } from '../support/entries';

const source = (id: string, article?: string) => ({ id, filePath: 'content/sources.yaml', data: { id, publisher: id, kind: 'wire', found: 'Found.', ...(article && { article }) } });

const claim = (id: string, sources: string[], assessed: string[] | undefined) => ({
  id,
  filePath: 'content/claims/x.yaml',
  data: { id, sources, ...(assessed && { assessment: { sources: assessed } }) },
});

const content = (claims: ReturnType<typeof claim>[], eventSources: string[] = ['reuters']) =>
  ({
    articles: [articleEntry('x', {})],
    claims,
    sources: [source('reuters'), source('the-piece', 'x')],
    events: [{ id: 'e', filePath: 'content/events.yaml', data: { sources: eventSources, figures: [] } }],
    figures: [],
  }) as unknown as Pick<ContentToCheck, 'articles' | 'claims' | 'sources' | 'events' | 'figures'>;

describe('sourcingProblems', () => {
  it('accepts claims and events that cite sources independent of the pieces', () => {
    expect(sourcingProblems(content([claim('c', ['reuters'], ['reuters'])]))).toEqual([]);
  });

  it('names the file, the entry and the field of every citation of a piece, and what to do', () => {
    const problems = sourcingProblems(content([claim('c', ['the-piece'], ['reuters', 'the-piece'])], ['the-piece']));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/claims\/x\.yaml: entry "c", sources \(the note’s support\): "the-piece" is the piece The Example, “A headline” itself\./);
    expect(problems[1]).toMatch(/^content\/claims\/x\.yaml: entry "c", assessment\.sources: "the-piece"/);
    expect(problems[2]).toMatch(/^content\/events\.yaml: entry "e", sources: "the-piece"/);
    expect(problems[0]).toContain('cite a source independent of both');
  });
});
