import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/lib/hast-text-ranges';
import rehypeClaimMarks, { type ClaimToMark } from '../../src/markdown/rehype-claim-marks';
import rehypeEventMarkers, { type EventLink } from '../../src/markdown/rehype-event-markers';
import type { Root } from 'hast';

const TEXT = 'Nevertheless, on March 19th Mr Putin blasted the American warnings as “blackmail”. Three days later gunmen attacked a show by the rock group *Piknik*.';

const claim = (id: string, quote: string): ClaimToMark => ({ id, quote, type: 'factual', typeLabel: 'Factual statement', summary: `Summary of ${id}.` });
const BLACKMAIL: EventLink = { id: 'putin-fsb-board', title: 'Putin calls Western warnings “blackmail”', href: '/base/timeline/#event-putin-fsb-board' };
const ATTACK: EventLink = { id: 'crocus-attack', title: 'Terrorist attack on Crocus City Hall', href: '/base/timeline/#event-crocus-attack' };

async function render(claims: ClaimToMark[], eventOfClaim: Map<string, EventLink>) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeClaimMarks, { claims, source: 'content/claims/test.yaml' })
    .use(rehypeEventMarkers, { eventOfClaim })
    .use(rehypeStringify);
  const tree = (await processor.run(processor.parse(TEXT))) as Root;
  return { html: processor.stringify(tree), text: textOf(tree) };
}

describe('rehypeEventMarkers', () => {
  it('puts a link to the event after the marker of each claim tied to one, named for the event', async () => {
    const { html } = await render([claim('blackmail', 'the American warnings as “blackmail”'), claim('piknik', 'a show by the rock group Piknik')], new Map([['blackmail', BLACKMAIL], ['piknik', ATTACK]]));
    expect(html).toContain(
      '“blackmail”</mark>.<a class="claim-marker" href="#note-blackmail" data-claim="blackmail" data-type="factual" data-number="1" aria-label="Factual statement: Summary of blackmail."></a><a class="event-marker" href="/base/timeline/#event-putin-fsb-board" data-event="putin-fsb-board" aria-label="Timeline: Putin calls Western warnings “blackmail”"></a>',
    );
    expect(html).toContain('<a class="event-marker" href="/base/timeline/#event-crocus-attack" data-event="crocus-attack" aria-label="Timeline: Terrorist attack on Crocus City Hall"></a>');
  });

  it('adds no text: the article’s text is exactly what it was', async () => {
    const claims = [claim('blackmail', 'the American warnings as “blackmail”'), claim('piknik', 'a show by the rock group Piknik')];
    const without = await render(claims, new Map());
    const withMarkers = await render(claims, new Map([['blackmail', BLACKMAIL], ['piknik', ATTACK]]));
    expect(withMarkers.text).toBe(without.text);
    expect(withMarkers.html.match(/class="event-marker"/g)).toHaveLength(2);
  });

  it('leaves claims that no event is tied to, and the rest of the text, alone', async () => {
    const claims = [claim('blackmail', 'the American warnings as “blackmail”'), claim('piknik', 'a show by the rock group Piknik')];
    const { html } = await render(claims, new Map([['piknik', ATTACK]]));
    expect(html.match(/class="event-marker"/g)).toHaveLength(1);
    expect(html).not.toContain('putin-fsb-board');
    expect(html).toContain('data-claim="blackmail" data-type="factual" data-number="1" aria-label="Factual statement: Summary of blackmail."></a> Three days later')
  });
});
