import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { builtPages } from '../support/built-site';
import { describeInBrowser, newContext, openPage, useChromium } from '../support/chromium';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core can check automatically. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const paths = (await builtPages()).map((page) => page.path);

describeInBrowser('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const browser = useChromium();

  it.each(paths.flatMap((path) => [[path, 'light'] as const, [path, 'dark'] as const]))('%s in %s mode has no violations', async (path, colorScheme) => {
    const context = await newContext(browser(), { colorScheme });
    const { page } = await openPage(context, path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
    expect(violations).toEqual([]);
    await context.close();
  });
});
