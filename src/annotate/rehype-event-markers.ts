import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

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
 * Puts a small link to the timeline after the marker of each claim tied to an
 * event (run after rehype-claim-marks). The link has no text of its own: its
 * name is an `aria-label` and its sign is drawn by CSS, so the article's text
 * stays exactly the authors'.
 */
export default function rehypeEventMarkers({ eventOfClaim }: EventMarkerOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!isClaimMarker(node) || index === undefined || !parent) return;
      const event = eventOfClaim.get(String(node.properties.dataClaim));
      if (!event) return;
      parent.children.splice(
        index + 1,
        0,
        h('a', { className: ['event-marker'], href: event.href, dataEvent: event.id, ariaLabel: `Timeline: ${event.title}` }),
      );
      return [SKIP, index + 2];
    });
  };
}

function isClaimMarker(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'a' && Array.isArray(classes) && classes.includes('claim-marker') && node.properties.dataClaim !== undefined;
}
