import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';
import { chromiumAvailable, skippedBrowserTestsMessage } from './chromium';

function needsChromium(test: TestCase): boolean {
  for (let task: TestCase | TestSuite | TestModule = test; task.type !== 'module'; task = task.parent) {
    if (task.meta().needsChromium) return true;
  }
  return false;
}

/**
 * Ends a run without Chromium by saying how many browser tests it skipped and how to
 * install one: the warning at the start has scrolled away by then, and only collection
 * knows the count.
 */
export default class BrowserSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    if (chromiumAvailable) return;
    const skipped = testModules.flatMap((module) => [...module.children.allTests('skipped')]).filter(needsChromium);
    if (skipped.length === 0) return;
    const files = new Set(skipped.map((test) => test.module.moduleId)).size;
    console.warn(`\n⚠ ${skippedBrowserTestsMessage(skipped.length, files)}\n`);
  }
}
