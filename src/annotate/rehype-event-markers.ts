import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface EventLink {
  id: string;
  title: string;
  /** The event on the timeline, base path included: `href('/timeline/#event-…')`. */
  href: string;
}

export interface EventMarkerOptions {
  /** For each claim tied to the timeline, the event its passage is about (the first it lists). */
  eventOfClaim: ReadonlyMap<string, EventLink>;
}

/**
 * Gives each paragraph that has claims tied to the timeline a row of links to
 * their events, after its text (run after rehype-claim-marks): one per event, in
 * the order the paragraph first speaks of it, out of the running text (CSS sets
 * the row in the gutter on wide screens and under the paragraph on phones). A
 * link has no text of its own: its name is an `aria-label` and its title is drawn
 * by CSS from `data-title`, so the article's text stays exactly the authors'. A
 * link tied only to claims without a verdict is shown with those claims, so it
 * says `data-checked` when a claim with a verdict speaks of it. The pins are a
 * shortcut for the pointer and out of the Tab order, which keeps to the claims and
 * paragraphs: the same links are the article's "On the timeline" list, after the text.
 */
export default function rehypeEventMarkers({ eventOfClaim }: EventMarkerOptions) {
  return (tree: Root) => {
    for (const block of tree.children) {
      if (block.type !== 'element') continue;
      const pins = eventPins(block, eventOfClaim);
      if (pins.length > 0) block.children.push(h('span', { className: ['event-pins'] }, pins));
    }
  };
}

function eventPins(block: Element, eventOfClaim: ReadonlyMap<string, EventLink>): ElementContent[] {
  const events = new Map<string, { event: EventLink; checked: boolean }>();
  visit(block, 'element', (node) => {
    if (!isClaimMarker(node)) return;
    const event = eventOfClaim.get(String(node.properties.dataClaim));
    if (!event) return;
    const checked = node.properties.dataVerdict !== undefined;
    const seen = events.get(event.id);
    events.set(event.id, { event, checked: checked || (seen?.checked ?? false) });
  });
  return [...events.values()].map(({ event, checked }) =>
    h('a', {
      className: ['event-pin'],
      href: event.href,
      dataEvent: event.id,
      dataTitle: event.title,
      dataChecked: checked ? '' : undefined,
      tabIndex: -1,
      ariaLabel: `Timeline: ${event.title}`,
    }),
  );
}

function isClaimMarker(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'a' && Array.isArray(classes) && classes.includes('claim-marker') && node.properties.dataClaim !== undefined;
}
