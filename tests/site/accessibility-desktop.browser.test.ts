import { checkEveryPage } from '../support/axe';
import { DESKTOP, describeInBrowser } from '../support/chromium';

describeInBrowser('axe-core, WCAG 2.2 AA: every page at desktop width', () => {
  checkEveryPage(DESKTOP);
});
