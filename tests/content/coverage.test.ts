import { describe, expect, it } from 'vitest';
import type { ContentToCheck } from '../../src/content/references';
import { MIN_EVENTS_PER_ARTICLE, timelineCoverageProblems } from '../../src/content/coverage';

type Content = Pick<ContentToCheck, 'articles' | 'claims' | 'events'>;

const EVENTS = ['bombings', 'beslan', 'alert', 'blackmail', 'attack', 'arrests'];

const claim = (id: string, article: string, events: string[]) =>
  ({ id, filePath: `content/claims/${article}.yaml`, data: { article, events } }) as unknown as Content['claims'][number];

function content(claims: Content['claims'], events = EVENTS): Content {
  return {
    articles: [{ id: 'economist' }, { id: 'post' }] as unknown as Content['articles'],
    claims,
    events: events.map((id) => ({ id, filePath: 'content/events.yaml' })) as unknown as Content['events'],
  };
}

describe('timelineCoverageProblems', () => {
  it('accepts a timeline whose every event reaches a passage, and pieces that each refer to enough events', () => {
    const claims = [claim('e1', 'economist', EVENTS.slice(0, 5)), claim('p1', 'post', ['arrests']), claim('p2', 'post', EVENTS.slice(1, 5))];
    expect(MIN_EVENTS_PER_ARTICLE).toBe(5);
    expect(timelineCoverageProblems(content(claims))).toEqual([]);
  });

  it('names every event no claim refers to, with its file', () => {
    const claims = [claim('e1', 'economist', EVENTS.slice(0, 5)), claim('p1', 'post', EVENTS.slice(0, 5))];
    expect(timelineCoverageProblems(content(claims))).toEqual([
      'content/events.yaml: entry "arrests": no claim refers to this event. Add "arrests" to the events of the claims whose passages speak of it, or remove the event.',
    ]);
  });

  it('names a piece whose claims refer to too few events, and which they are', () => {
    const claims = [claim('e1', 'economist', EVENTS), claim('p1', 'post', ['attack']), claim('p2', 'post', ['attack', 'alert'])];
    expect(timelineCoverageProblems(content(claims))).toEqual([
      'content/claims/post.yaml: the claims of article "post" refer to 2 events (attack, alert); each piece must refer to at least 5, so that readers can place it on the timeline.',
    ]);
    expect(timelineCoverageProblems(content([claim('e1', 'economist', EVENTS)]))).toEqual([
      'content/claims/post.yaml: the claims of article "post" refer to 0 events; each piece must refer to at least 5, so that readers can place it on the timeline.',
    ]);
  });

  it('asks nothing of content that has no timeline yet', () => {
    expect(timelineCoverageProblems(content([], []))).toEqual([]);
  });
});
