import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { PROJECT_ROOT } from '../support/project';

/**
 * The overview at the top of /timeline/, the "as of" view, compact cards and the
 * find box, at a phone's width and a desktop's. Expectations are worked out here
 * from content/ (events.yaml and the articles' frontmatter), not read from the page.
 */

interface ContentEvent {
  id: string;
  date: string;
  endDate?: string;
  precision: 'day' | 'month' | 'year';
}

interface ArticleDate {
  date: string;
  meaning: string;
}

const events = parse(await readFile(join(PROJECT_ROOT, 'content/events.yaml'), 'utf8')) as ContentEvent[];
const articles = await Promise.all(
  (await readdir(join(PROJECT_ROOT, 'content/articles'))).map(async (file) => {
    const text = await readFile(join(PROJECT_ROOT, 'content/articles', file), 'utf8');
    const front = parse(text.split(/^---$/m)[1]!) as { outlet: string; dates: ArticleDate[] };
    return { id: file.replace(/\.md$/, ''), ...front };
  }),
);

/** The first day an event may have happened on. */
const firstDay = (event: ContentEvent) => (event.precision === 'year' ? `${event.date.slice(0, 4)}-01-01` : event.precision === 'month' ? `${event.date.slice(0, 7)}-01` : event.date);

/** The day after which an article's authors could not know: written, else published, else reprinted. */
function knowledgeLine(dates: ArticleDate[]): string {
  const earliest = (meanings: string[]) => dates.filter((entry) => meanings.includes(entry.meaning)).map((entry) => entry.date).sort()[0];
  return earliest(['written']) ?? earliest(['published-online', 'print-edition']) ?? earliest(['reprinted'])!;
}

/** The visible overview's marks, as the reader sees them: event, target box and shape box. */
function visibleMarks(page: Page) {
  return page.locator('.timeline-overview__chart').evaluateAll((charts) => {
    const chart = charts.find((candidate) => candidate.checkVisibility())!;
    return [...chart.querySelectorAll<SVGAElement>('a.overview-mark')]
      .filter((mark) => mark.checkVisibility())
      .map((mark) => {
        const box = (selector: string) => {
          const rect = mark.querySelector(selector)!.getBoundingClientRect();
          return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        return { event: mark.dataset.event!, label: mark.getAttribute('aria-label')!, href: mark.getAttribute('href')!, target: box('.overview-mark__target'), shape: box('.overview-mark__shape') };
      });
  });
}

const centre = (box: { left: number; right: number }) => (box.left + box.right) / 2;
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The cards shown, and of them those labelled "After this piece". */
function cards(page: Page) {
  return page.locator('.timeline-event').evaluateAll((items) =>
    items
      .filter((item) => item.checkVisibility())
      .map((item) => ({ event: (item as HTMLElement).dataset.event!, after: item.querySelector<HTMLElement>('.as-of-after')!.checkVisibility() })),
  );
}

/** Waits for the script: it takes over the status line. */
const ready = (page: Page) => page.locator('[data-timeline-status]', { hasText: 'Showing' }).waitFor({ timeout: 8000 });

const VIEWPORTS: [string, BrowserContextOptions][] = [
  ['phone (375 px)', PHONE],
  ['desktop (1366 px)', DESKTOP],
];

describeInBrowser('the timeline’s overview', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  describe.each(VIEWPORTS)('on a %s', (_, viewport) => {
    it('draws every event once, in date order, at its date, with no two marks overlapping', async () => {
      const { page } = await openPage(await contextFor(viewport), '/timeline/');
      const marks = await visibleMarks(page);
      expect(marks.map((mark) => mark.event).sort()).toEqual(events.map((event) => event.id).sort());
      const dateOf = new Map(events.map((event) => [event.id, firstDay(event)]));
      const byDate = [...marks].sort((a, b) => dateOf.get(a.event)!.localeCompare(dateOf.get(b.event)!));
      for (let index = 1; index < byDate.length; index++) {
        const [before, after] = [byDate[index - 1]!, byDate[index]!];
        const sameDay = dateOf.get(before.event) === dateOf.get(after.event);
        if (sameDay) expect(Math.abs(centre(before.shape) - centre(after.shape)), `${before.event} and ${after.event}`).toBeLessThan(0.5);
        else expect(centre(after.shape), `${after.event} after ${before.event}`).toBeGreaterThan(centre(before.shape));
      }
      for (const [index, mark] of marks.entries()) {
        for (const other of marks.slice(index + 1)) expect(overlap(mark.target, other.target), `${mark.event} and ${other.event}`).toBe(false);
        expect(mark.target.right - mark.target.left).toBeGreaterThanOrEqual(23.99);
      }
      // Every mark is inside the page: nothing scrolls sideways.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(viewport.viewport!.width);
    });

    it('draws a line at each date an article gives for itself, through the marks of that day', async () => {
      const { page } = await openPage(await contextFor(viewport), '/timeline/');
      const lines = await page.locator('.timeline-overview__chart').evaluateAll((charts) => {
        const chart = charts.find((candidate) => candidate.checkVisibility())!;
        return [...chart.querySelectorAll<SVGGElement>('.timeline-overview__line')].map((line) => ({
          article: line.dataset.article!,
          meaning: line.dataset.meaning!,
          x: line.querySelector('line')!.getBoundingClientRect().left,
        }));
      });
      const expected = articles.flatMap((article) => article.dates.map((entry) => ({ article: article.id, meaning: entry.meaning, date: entry.date }))).sort((a, b) => a.date.localeCompare(b.date));
      expect(lines.map(({ article, meaning }) => ({ article, meaning }))).toEqual(expected.map(({ article, meaning }) => ({ article, meaning })));
      const marks = await visibleMarks(page);
      for (const [index, line] of expected.entries()) {
        const sameDay = marks.filter((mark) => events.find((event) => event.id === mark.event)!.date === line.date && events.find((event) => event.id === mark.event)!.precision === 'day');
        for (const mark of sameDay) expect(Math.abs(centre(mark.shape) - lines[index]!.x), `${mark.event} on the line of ${line.date}`).toBeLessThan(1.5);
      }
      // The key says what each line is, with the date the frontmatter gives.
      const key = await page.locator('.timeline-overview__key li').allTextContents();
      expect(key).toHaveLength(expected.length);
      for (const [index, line] of expected.entries()) {
        const [year, month, day] = line.date.split('-').map(Number);
        const spelled = new Date(Date.UTC(year!, month! - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        expect(key[index]).toContain(articles.find((article) => article.id === line.article)!.outlet);
        expect(key[index]).toContain(spelled);
      }
    });

    it('takes a reader from each mark to its card, by pointer and by keyboard', async () => {
      const { page } = await openPage(await contextFor(viewport), '/timeline/');
      await ready(page);
      const marks = await visibleMarks(page);
      for (const mark of marks) {
        expect(mark.href).toBe(`#event-${mark.event}`);
        expect(mark.label).toMatch(/\d{4}: .+ \(.+\)$/);
      }
      const chart = page.locator('.timeline-overview__chart:visible');
      await chart.locator(`a[data-event="crocus-attack"]`).click();
      await page.waitForFunction(() => window.location.hash === '#event-crocus-attack');
      // Scrolled to (smoothly, unless the reader asks for reduced motion): the card's top ends up on screen.
      await page.waitForFunction(() => {
        const top = document.getElementById('event-crocus-attack')!.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight;
      });

      // Tab goes from mark to mark in date order; Enter follows the one focused.
      await chart.locator('a.overview-mark').first().focus();
      const order = [await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)];
      for (let step = 1; step < marks.length; step++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event));
      }
      const dateOf = new Map(events.map((event) => [event.id, firstDay(event)]));
      expect(order.map((id) => dateOf.get(id!))).toEqual([...order.map((id) => dateOf.get(id!))].sort());
      expect(new Set(order).size).toBe(marks.length);
      const last = order.at(-1)!;
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => window.location.hash === `#event-${id}`, last);
      await expect(page.evaluate((id) => document.getElementById(`event-${id}`)!.matches(':target'), last)).resolves.toBe(true);
    });

    it('shows the first event on the first screen', async () => {
      const { page } = await openPage(await contextFor(viewport), '/timeline/');
      await ready(page);
      const top = await page.locator('.timeline-event').first().evaluate((card) => card.getBoundingClientRect().top);
      // Its date and title at least, above the fold.
      expect(top + 40).toBeLessThanOrEqual(viewport.viewport!.height);
    });

    it.each(articles.map((article) => [article.id, article] as const))('as of %s: dims and labels exactly what came after it, in the cards and the marks', async (id, article) => {
      const { page, errors } = await openPage(await contextFor(viewport), `/timeline/?as-of=${id}`);
      await ready(page);
      const line = knowledgeLine(article.dates);
      const after = events.filter((event) => firstDay(event) > line).map((event) => event.id);
      expect(after.length).toBeGreaterThan(0);
      const shown = await cards(page);
      expect(shown.filter((card) => card.after).map((card) => card.event).sort()).toEqual([...after].sort());
      await expect(page.locator('.timeline-event .as-of-after:visible').first().innerText()).resolves.toBe('After this piece');
      const marks = await page.locator('.timeline-overview__chart:visible a.overview-mark').evaluateAll((links) =>
        links.map((link) => ({ event: (link as HTMLElement).dataset.event!, label: link.getAttribute('aria-label')!, opacity: Number(getComputedStyle(link).opacity) })),
      );
      for (const mark of marks) {
        const isAfter = after.includes(mark.event);
        expect(mark.opacity < 1, mark.event).toBe(isAfter);
        expect(mark.label.endsWith(', after this piece'), mark.event).toBe(isAfter);
      }
      await expect(page.getByLabel('As of').inputValue()).resolves.toBe(id);
      // The chart of a figure the article quotes picks out the figure it used.
      const used = page.locator(`.figure-chart__used[data-used-by="${id}"]`);
      await expect(used.count()).resolves.toBeGreaterThan(0);
      await expect(used.first().evaluate((element) => getComputedStyle(element).display)).resolves.not.toBe('none');
      await expect(page.locator('.figure-chart__used:not([data-used-by="' + id + '"])').evaluateAll((others) => others.every((element) => getComputedStyle(element).display === 'none'))).resolves.toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('changes the as-of view from the form, in the URL, and without JavaScript by the form alone', async () => {
    const [first, second] = articles;
    const { page } = await openPage(await contextFor(DESKTOP), '/timeline/');
    await ready(page);
    await expect(cards(page).then((shown) => shown.filter((card) => card.after).length)).resolves.toBe(0);
    await page.getByLabel('As of').selectOption(first!.id);
    expect(new URL(page.url()).search).toBe(`?as-of=${first!.id}`);
    await page.getByLabel('As of').selectOption(second!.id);
    await page.goBack();
    await expect(page.getByLabel('As of').inputValue()).resolves.toBe(first!.id);

    const { page: plain } = await openPage(await contextFor({ ...DESKTOP, javaScriptEnabled: false }), '/timeline/');
    await plain.getByLabel('As of').selectOption(first!.id);
    const line = knowledgeLine(first!.dates);
    const after = events.filter((event) => firstDay(event) > line).map((event) => event.id);
    expect((await cards(plain)).filter((card) => card.after).map((card) => card.event).sort()).toEqual([...after].sort());
  });

  it('links from an article page and a claim note to the timeline as that article knew it', async () => {
    const [article] = articles;
    const { page } = await openPage(await contextFor(DESKTOP), `/articles/${article!.id}/`);
    const links = await page.locator('a.as-of-link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(new RegExp(`^/timeline/\\?as-of=${article!.id}(#event-[a-z0-9-]+)?$`));
    const toEvent = links.find((link) => link.includes('#event-'))!;
    const { page: timeline } = await openPage(await contextFor(DESKTOP), toEvent);
    await ready(timeline);
    const id = toEvent.split('#')[1]!;
    await expect(timeline.evaluate((anchor) => document.getElementById(anchor)!.matches(':target'), id)).resolves.toBe(true);
    await expect(timeline.getByLabel('As of').inputValue()).resolves.toBe(article!.id);
  });

  describe.each(VIEWPORTS)('finding an event on a %s', (_, viewport) => {
    it('narrows the cards and the marks as you type, with the words in the URL, and a shared URL opens narrowed', async () => {
      const { page, errors } = await openPage(await contextFor(viewport), '/timeline/');
      await ready(page);
      const toggle = page.locator('.timeline-filters > summary');
      if (await toggle.isVisible()) await toggle.click();
      await page.getByRole('searchbox', { name: 'Find' }).pressSequentially('embassy', { delay: 20 });
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'embassy');
      await page.locator('[data-timeline-status][aria-busy="false"]', { hasText: /^Showing \d+ of/ }).waitFor({ timeout: 8000 });
      const shown = await cards(page);
      expect(shown.map((card) => card.event)).toContain('us-embassy-alert');
      expect(shown.length).toBeLessThan(events.length);
      const marks = (await visibleMarks(page)).map((mark) => mark.event);
      expect(marks.sort()).toEqual(shown.map((card) => card.event).sort());

      // Opened afresh from the URL, the timeline is narrowed as it was.
      await page.goto(new URL('/timeline/?q=embassy', page.url()).href);
      await page.locator('[data-timeline-status][aria-busy="false"]', { hasText: /^Showing \d+ of/ }).waitFor({ timeout: 8000 });
      expect((await cards(page)).map((card) => card.event).sort()).toEqual(shown.map((card) => card.event).sort());
      // (On a phone, the box is behind the closed disclosure: a role locator would not see it.)
      await expect(page.locator('#timeline-find').inputValue()).resolves.toBe('embassy');

      if (await toggle.isVisible()) await toggle.click();
      await page.getByRole('searchbox', { name: 'Find' }).fill('');
      await page.locator('[data-timeline-status][aria-busy="false"]', { hasText: /^Showing all/ }).waitFor({ timeout: 8000 });
      expect(new URL(page.url()).search).toBe('');
      expect((await cards(page)).length).toBe(events.length);
      expect(errors).toEqual([]);
    });
  });
});
