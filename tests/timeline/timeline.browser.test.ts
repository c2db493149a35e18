import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';

const POST = 'washington-post-enemy-of-all';
const ECONOMIST = 'economist-uses-of-terror';

/** The events the list shows, with what they are filtered on. */
function shownEvents(page: Page) {
  return page.locator('.timeline-event').evaluateAll((items) =>
    items
      .filter((item) => item.checkVisibility())
      .map((item) => ({ id: (item as HTMLElement).dataset.event!, category: (item as HTMLElement).dataset.category!, articles: (item as HTMLElement).dataset.articles!.split(' ') })),
  );
}

const query = (page: Page) => new URL(page.url()).search;

/** Opens the kinds of event (a disclosure in the filter row), to reach their checkboxes. */
async function showKinds(page: Page) {
  const kinds = page.locator('details[data-kinds]');
  if (!(await kinds.evaluate((details) => (details as HTMLDetailsElement).open))) await kinds.locator('summary').click();
}

/** Waits for the script: it takes over the status line. */
async function openTimeline(page: Page) {
  await page.locator('[data-timeline-status]', { hasText: 'Showing' }).waitFor();
}

describeInBrowser('the timeline', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('reads without JavaScript: every event in date order, in era lists with headings, tied to its passages', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/timeline/');
    const eras = await page.locator('section.timeline-era > h2').evaluateAll((headings) => headings.map((heading) => heading.firstChild!.textContent!.trim()));
    expect(eras).toEqual(['Background', 'March 2024', 'Aftermath']);
    const events = await page.locator('ol.timeline > li.timeline-event').evaluateAll((items) =>
      items.map((item) => ({
        date: item.querySelector('h3 time')!.getAttribute('datetime')!,
        heading: item.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim(),
        passages: [...item.querySelectorAll('.event-article__passages a')].map((link) => link.getAttribute('href')!),
      })),
    );
    expect(events.length).toBeGreaterThanOrEqual(20);
    expect(events.map((event) => event.date)).toEqual([...events.map((event) => event.date)].sort());
    for (const event of events) {
      expect(event.heading).toMatch(/^(\d{1,2}(–\d{1,2})? )?[A-Z][a-z]+( –)?.* \d{4} [A-Z“]/);
      expect(event.passages.length, event.heading).toBeGreaterThan(0);
      for (const passage of event.passages) expect(passage).toMatch(new RegExp(`^/articles/(${POST}|${ECONOMIST})/#claim-[a-z0-9-]+$`));
    }
    await expect(page.locator('[data-timeline-status]').innerText()).resolves.toBe(`${events.length} events on the timeline.`);
  });

  it('filters without JavaScript too', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/timeline/');
    const all = (await shownEvents(page)).length;
    await showKinds(page);
    await page.getByRole('checkbox', { name: /^Attack/ }).check();
    await page.getByRole('checkbox', { name: /^Warning/ }).check();
    const shown = await shownEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((event) => ['attack', 'warning'].includes(event.category))).toBe(true);
    await page.getByLabel('Referred to by').selectOption({ label: 'Both pieces' });
    expect((await shownEvents(page)).length).toBeGreaterThan(0);
    expect((await shownEvents(page)).every((event) => event.articles.includes(POST) && event.articles.includes(ECONOMIST))).toBe(true);
    await page.getByRole('checkbox', { name: /^Attack/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Warning/ }).uncheck();
    await page.getByLabel('Referred to by').selectOption({ label: 'Either piece' });
    expect((await shownEvents(page)).length).toBe(all);
    await expect(page.getByRole('button', { name: 'Show all' }).isVisible()).resolves.toBe(false);
  });

  it('marks events that came after what each piece could know: the Post’s writing, The Economist’s publication', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/timeline/');
    const verdict = page.locator('#event-verdict-2026');
    // In the card's details, closed with script: read as text.
    const notes = await verdict.locator('.publication-timing[data-timing="after"]').allTextContents();
    expect(notes).toEqual([
      'After The Washington Post’s editorial was written (about 23 March 2024): its authors could not have known it.',
      'After The Economist’s analysis was published (27 March 2024): its authors could not have known it.',
    ]);
    await expect(page.locator('#event-crocus-attack .publication-timing').count()).resolves.toBe(0);
    const count144 = await page.locator('#event-official-count-144 .event-article').evaluateAll((pieces) =>
      pieces.map((piece) => [(piece as HTMLElement).dataset.article, piece.querySelector('.publication-timing')?.getAttribute('data-timing')]),
    );
    expect(count144).toEqual([
      [POST, 'after'],
      [ECONOMIST, 'after'],
    ]);
  });

  it('filters by category and article, keeps the filter in the URL, and steps back and forward through it', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, '/timeline/');
    await openTimeline(page);
    const all = (await shownEvents(page)).length;
    const status = page.locator('[data-timeline-status]');

    await showKinds(page);
    await page.getByRole('checkbox', { name: /^Attack/ }).check();
    expect(query(page)).toBe('?category=attack');
    const attacks = await shownEvents(page);
    expect(attacks.length).toBeGreaterThan(0);
    expect(attacks.every((event) => event.category === 'attack')).toBe(true);
    await expect(status.innerText()).resolves.toBe(`Showing ${attacks.length} of ${all} events.`);
    await expect(status.getAttribute('role')).resolves.toBe('status');

    await page.getByRole('checkbox', { name: /^Warning/ }).check();
    expect(query(page)).toBe('?category=warning&category=attack');
    await page.getByLabel('Referred to by').selectOption({ label: 'The Economist' });
    expect(query(page)).toBe(`?category=warning&category=attack&article=${ECONOMIST}`);
    const filtered = await shownEvents(page);
    expect(filtered.every((event) => ['warning', 'attack'].includes(event.category) && event.articles.includes(ECONOMIST))).toBe(true);
    expect(filtered.length).toBeGreaterThan(0);
    // An era with nothing left to show goes too, heading and all.
    await expect(page.locator('section.timeline-era[data-era="aftermath"]').isVisible()).resolves.toBe(false);

    await page.goBack();
    expect(query(page)).toBe('?category=warning&category=attack');
    await expect(page.getByLabel('Referred to by').inputValue()).resolves.toBe('');
    await page.goBack();
    expect(query(page)).toBe('?category=attack');
    await expect(page.getByRole('checkbox', { name: /^Warning/ }).isChecked()).resolves.toBe(false);
    expect(await shownEvents(page)).toEqual(attacks);
    await page.goForward();
    expect(query(page)).toBe('?category=warning&category=attack');
    await expect(page.getByRole('checkbox', { name: /^Warning/ }).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Show all' }).click();
    expect(query(page)).toBe('');
    expect((await shownEvents(page)).length).toBe(all);
    await expect(status.innerText()).resolves.toBe(`Showing all ${all} events.`);
    expect(errors).toEqual([]);
  });

  it('opens a shared filtered URL as it was shared (under the names it had then, too), and “both pieces” shows what both refer to', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/timeline/?category=statement&piece=both');
    await openTimeline(page);
    await showKinds(page);
    await expect(page.getByRole('checkbox', { name: /^Official statement/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Referred to by').inputValue()).resolves.toBe('all');
    const shown = await shownEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((event) => event.category === 'statement' && event.articles.includes(POST) && event.articles.includes(ECONOMIST))).toBe(true);
  });

  it('shrugs off a hostile query: nothing runs, nothing throws, everything shows', async () => {
    const context = await contextFor();
    let dialogs = 0;
    context.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const { page, errors } = await openPage(context, '/timeline/?category=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&piece=%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E#event-%E0%A4%A');
    await openTimeline(page);
    await expect(page.locator('[data-timeline-status]').innerText()).resolves.toMatch(/^Showing all \d+ events\.$/);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lands an #event- link on its event, highlighted and in view, even when a filter would hide it', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const context = await contextFor(options);
      const { page } = await openPage(context, '/timeline/?category=attack#event-us-embassy-alert');
      await openTimeline(page);
      const target = page.locator('#event-us-embassy-alert');
      await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      await expect(target.isVisible()).resolves.toBe(true);
      const inView = () => target.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight);
      await expect.poll(inView).toBe(true);
      const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
      const other = await page.locator('#event-crocus-attack').evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).not.toBe(other);
      const shown = await shownEvents(page);
      expect(shown.filter((event) => event.category !== 'attack').map((event) => event.id)).toEqual(['us-embassy-alert']);
      expect(shown.length).toBeGreaterThan(1);
    }
  });

  it('drops the #event- link from the URL when a new filter hides its event', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/timeline/#event-us-embassy-alert');
    await openTimeline(page);
    await showKinds(page);
    await page.getByRole('checkbox', { name: /^Attack/ }).check();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.locator('#event-us-embassy-alert').isVisible()).resolves.toBe(false);
    await page.goBack();
    expect(new URL(page.url()).hash).toBe('#event-us-embassy-alert');
    await expect(page.locator('#event-us-embassy-alert').isVisible()).resolves.toBe(true);
  });

  it('takes a reader from an event to its passage, and from the pin of the passage’s paragraph to its event', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/timeline/');
    await page.locator('#event-putin-fsb-board details > summary').click();
    await page.locator(`#event-putin-fsb-board .event-article[data-article="${POST}"] a`).first().click();
    await page.waitForURL(`**/articles/${POST}/#claim-*`);
    const claimId = new URL(page.url()).hash.slice('#claim-'.length);
    await expect(page.locator(`#claim-${claimId}`).evaluate((mark) => mark.matches(':target'))).resolves.toBe(true);
    const pin = page.locator('#article-body > p', { has: page.locator(`#claim-${claimId}`) }).locator('.event-pin').first();
    const target = (await pin.getAttribute('href'))!;
    const label = await pin.getAttribute('aria-label');
    await pin.click();
    await page.waitForURL(`**${target}`);
    const event = page.locator(new URL(target, page.url()).hash);
    await expect(event.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await expect(event.locator('.timeline-event__name').innerText()).resolves.toBe(label!.replace(/^Timeline: /, ''));
  });

  it('draws the figures that moved as SVG charts with the publication dates marked, and the same figures as tables', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/timeline/#figure-crocus-death-toll');
    const section = page.locator('#figure-crocus-death-toll');
    const chart = section.getByRole('img', { name: /Death toll of the Crocus City Hall attack/ });
    await expect(chart.count()).resolves.toBe(1);
    const description = await chart.evaluate((svg) => svg.querySelector('desc')!.textContent);
    expect(description).toContain('The Washington Post’s editorial was written about 23 March 2024; the last figure it could have had was 133 (on 23 March 2024).');
    expect(description).toContain('The Economist’s analysis was published on 27 March 2024; the last figure it could have had was 139 (on 25 March 2024).');
    await expect(chart.locator('.figure-chart__marker text').allTextContents()).resolves.toEqual(['The Washington Post', 'The Economist']);
    const dots = await chart.locator('.figure-chart__points circle').count();
    const rows = await section.locator('table tbody tr').evaluateAll((cells) => cells.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
    expect(rows.filter((row) => row.length === 4)).toHaveLength(dots);
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(['133', '137', '139', '143', '144', '140', '149', 'The Washington Post’s editorial was written', 'The Economist’s analysis was published']));
    await expect(section.locator('table caption').textContent()).resolves.toContain('Death toll of the Crocus City Hall attack');
    // The chart fits the screen it is on, its text at a readable size.
    for (const width of [375, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const fit = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect()).filter((text) => text.width > 0);
        return { inside: texts.every((text) => text.left >= box.left - 1 && text.right <= box.right + 1), size: parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize) };
      });
      expect(fit, `at ${width} px`).toEqual({ inside: true, size: 12 });
    }
    await expect(page.locator('[style]').count()).resolves.toBe(0);
  });

  it('reads on a phone without sideways scrolling', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, '/timeline/');
    await openTimeline(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describeInBrowser('the timeline on the article pages', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each([POST, ECONOMIST])('%s lists the events it refers to, and pins them to its paragraphs out of the running text', async (article) => {
    const context = await contextFor();
    const { page } = await openPage(context, `/articles/${article}/`);
    const listed = await page.locator('.article-events li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const link of listed) expect(link).toMatch(/^\/timeline\/#event-[a-z0-9-]+$/);
    const pins = () =>
      page.locator('#article-body .event-pin').evaluateAll((links) =>
        links
          .filter((link) => link.checkVisibility())
          .map((link) => {
            const paragraph = link.closest('p')!;
            const box = link.getBoundingClientRect();
            const words = document.createRange();
            words.selectNodeContents(paragraph);
            words.setEndBefore(link.parentElement!);
            const lastLine = [...words.getClientRects()].at(-1)!;
            return {
              href: link.getAttribute('href')!,
              label: link.getAttribute('aria-label')!,
              text: link.textContent,
              lastInParagraph: link.parentElement!.classList.contains('event-pins') && paragraph.lastElementChild === link.parentElement,
              size: [Math.round(box.width), Math.round(box.height)],
              leftOfText: box.right <= paragraph.getBoundingClientRect().left,
              belowText: box.top >= lastLine.bottom - 1,
              title: getComputedStyle(link, '::after').content,
            };
          }),
      );
    const wide = await pins();
    expect(wide.length).toBeGreaterThan(0);
    for (const pin of wide) {
      expect(listed).toContain(pin.href);
      expect(pin.label).toMatch(/^Timeline: \S/);
      expect(pin.text).toBe('');
      expect(pin).toMatchObject({ lastInParagraph: true, size: [24, 24], leftOfText: true, title: 'none' });
    }
    // On a phone, a row under the paragraph, each pin with its event's title.
    await page.setViewportSize({ width: 375, height: 740 });
    const narrow = await pins();
    expect(narrow.length).toBe(wide.length);
    for (const pin of narrow) {
      expect(pin).toMatchObject({ lastInParagraph: true, leftOfText: false, belowText: true });
      expect(pin.title).toBe(`"${pin.label.replace(/^Timeline: /, '')}"`);
      expect(pin.size[1]).toBeGreaterThanOrEqual(24);
    }
  });

  it('a note on a figure that moved links to its chart', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, `/articles/${ECONOMIST}/`);
    const link = page.locator('#note-economist-toll-139 a', { hasText: 'How this figure changed' });
    await expect(link.getAttribute('href')).resolves.toBe('/timeline/#figure-crocus-death-toll');
  });
});
