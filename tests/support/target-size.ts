import type { Page } from 'playwright-core';

/** What SC 2.5.8 (Target Size, Minimum) asks, in CSS pixels. */
export const MINIMUM_TARGET = 24;

export interface TargetCheck {
  /** Targets that are neither 24×24 nor spaced, nor excepted: "<tag.class> “text” w×h". */
  failing: string[];
  /** How many targets were measured, and how many the inline exception covered. */
  measured: number;
  inline: number;
  /** The smallest side of any target not in running text, and which one it is. */
  smallest: { size: number; target: string };
}

/**
 * Checks every pointer target on the page against WCAG 2.2 SC 2.5.8, run in the page.
 * A target passes when its box is at least 24×24; an undersized one passes when a
 * 24 px circle centred on its box meets no other target's box and no other undersized
 * target's circle (the spacing exception); a target in running text passes when it
 * is an inline box in a line of text that is not its own (the inline exception: a
 * link in a sentence). A label that holds its control is one target with it. No
 * other exception (equivalent, user agent, essential) is claimed.
 */
export function checkTargetSize(page: Page): Promise<TargetCheck> {
  return page.evaluate((minimum) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"]), label:has(input)';
    const name = (element: Element, box: DOMRect) =>
      `<${element.tagName.toLowerCase()}${[...element.classList].map((value) => `.${value}`).join('')}> “${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`;
    const candidates = [...document.querySelectorAll(selector)].filter(
      (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && !(element.matches('input') && element.closest('label')),
    );
    const blockOf = (element: Element) => {
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return block;
    };
    /** In a sentence: an inline box whose block has words that are not its own. */
    const inRunningText = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      const block = blockOf(element);
      if (!block) return false;
      const own = (element.textContent ?? '').replace(/\s+/g, '');
      const all = (block.textContent ?? '').replace(/\s+/g, '');
      return all.length > own.length;
    };
    const targets = candidates
      .map((element) => ({ element, box: element.getBoundingClientRect(), inline: inRunningText(element) }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const undersized = (box: DOMRect) => box.width < minimum - 0.01 || box.height < minimum - 0.01;
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const circleMeetsBox = (point: { x: number; y: number }, box: DOMRect) => {
      const dx = Math.max(box.left - point.x, 0, point.x - box.right);
      const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
      return Math.hypot(dx, dy) < minimum / 2;
    };
    const failing: string[] = [];
    let smallest = { size: Infinity, target: '' };
    for (const target of targets) {
      if (target.inline) continue;
      const side = Math.min(target.box.width, target.box.height);
      if (side < smallest.size) smallest = { size: Math.round(side * 10) / 10, target: name(target.element, target.box) };
      if (!undersized(target.box)) continue;
      const point = centre(target.box);
      const crowded = targets.some(
        (other) =>
          other !== target &&
          !other.element.contains(target.element) &&
          !target.element.contains(other.element) &&
          (circleMeetsBox(point, other.box) || (undersized(other.box) && Math.hypot(centre(other.box).x - point.x, centre(other.box).y - point.y) < minimum)),
      );
      if (crowded) failing.push(name(target.element, target.box));
    }
    return { failing, measured: targets.length, inline: targets.filter((target) => target.inline).length, smallest };
  }, MINIMUM_TARGET);
}
