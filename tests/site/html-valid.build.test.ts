import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { expect, it } from 'vitest';
import { builtFiles } from '../support/built-site';
import { DIST } from '../support/project';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = (await builtFiles()).filter((file) => file.endsWith('.html'));

// Rules come from .htmlvalidate.json at the project root, found from each file's folder. It turns
// long-title off: page titles are headlines and claim summaries, not shortened to fit a search result.
it.each(pages)('%s is valid HTML (html-validate, recommended rules)', async (page) => {
  const report = await validator.validateFile(join(DIST, page));
  const problems = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
  expect(problems).toEqual([]);
});

