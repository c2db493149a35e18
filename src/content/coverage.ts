import type { ContentToCheck } from './references';

/** The fewest timeline events each piece's claims must refer to. */
export const MIN_EVENTS_PER_ARTICLE = 5;

/**
 * The timeline and the texts are tied in both directions: every event is
 * referred to by at least one claim (so it reaches a passage), and each piece's
 * claims refer to at least `MIN_EVENTS_PER_ARTICLE` events. Checked once the
 * timeline has events. Returns one message per problem, naming file and entry.
 */
export function timelineCoverageProblems(content: Pick<ContentToCheck, 'articles' | 'claims' | 'events'>): string[] {
  if (content.events.length === 0) return [];
  const problems: string[] = [];
  const referred = new Set(content.claims.flatMap((claim) => claim.data.events));
  for (const event of content.events) {
    if (!referred.has(event.id)) {
      problems.push(
        `${event.filePath}: entry "${event.id}": no claim refers to this event. Add "${event.id}" to the events of the claims whose passages speak of it, or remove the event.`,
      );
    }
  }
  for (const article of content.articles) {
    const events = [...new Set(content.claims.filter((claim) => claim.data.article === article.id).flatMap((claim) => claim.data.events))];
    if (events.length < MIN_EVENTS_PER_ARTICLE) {
      problems.push(
        `content/claims/${article.id}.yaml: the claims of article "${article.id}" refer to ${events.length} event${events.length === 1 ? '' : 's'}${
          events.length > 0 ? ` (${events.join(', ')})` : ''
        }; each piece must refer to at least ${MIN_EVENTS_PER_ARTICLE}, so that readers can place it on the timeline.`,
      );
    }
  }
  return problems;
}
