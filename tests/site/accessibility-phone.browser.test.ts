import { checkEveryPage } from '../support/axe';
import { PHONE, describeInBrowser } from '../support/chromium';

describeInBrowser('axe-core, WCAG 2.2 AA: every page at phone width', () => {
  checkEveryPage(PHONE);
});
