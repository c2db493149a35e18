import { describe, expect, it } from 'vitest';
import { buildWithEditedContent, editFile, replaceOnce } from '../support/fixture-site';

const ECONOMIST = 'content/articles/economist-uses-of-terror.md';
const POST = 'content/articles/washington-post-enemy-of-all.md';
const POST_CLAIMS = 'content/claims/washington-post-enemy-of-all.yaml';
const EVENTS = 'content/events.yaml';

describe('bad content fails the build and says what to fix', () => {
  it('a missing field names the file, the field and what is expected', async () => {
    const result = await buildWithEditedContent(editFile(ECONOMIST, (text) => replaceOnce(text, /^headline: .*\n/m, '')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(ECONOMIST);
    expect(result.output).toContain('headline: expected a headline as text');
  });

  it('an unknown kind lists the kinds allowed', async () => {
    const result = await buildWithEditedContent(editFile(POST, (text) => replaceOnce(text, 'kind: editorial', 'kind: op-ed')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(POST);
    expect(result.output).toContain('kind: expected kind to be one of: analysis, editorial (not "op-ed")');
  });

  it('an impossible date and an unquoted date are both refused', async () => {
    const result = await buildWithEditedContent(
      editFile(ECONOMIST, (text) => replaceOnce(replaceOnce(text, 'date: "2024-03-30"', 'date: "2024-02-31"'), 'date: "2024-03-27"', 'date: 2024-03-27')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(ECONOMIST);
    expect(result.output).toContain('dates.1.date: expected a real calendar date');
    expect(result.output).toContain('dates.0.date: expected a date in quotes');
  });

  it('malformed frontmatter names the file', async () => {
    const result = await buildWithEditedContent(editFile(POST, (text) => replaceOnce(text, 'outlet: The Washington Post', 'outlet: [The Washington Post')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('washington-post-enemy-of-all.md');
  });

  it('two articles with one id name both files', async () => {
    const result = await buildWithEditedContent(editFile(POST, (text) => replaceOnce(text, 'id: washington-post-enemy-of-all', 'id: economist-uses-of-terror')));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/id "economist-uses-of-terror" is already used by content\/articles\/(economist-uses-of-terror|washington-post-enemy-of-all)\.md/);
  });

  it('an editorial note whose passage is gone fails with the closest passage', async () => {
    const result = await buildWithEditedContent(editFile(POST, (text) => replaceOnce(text, 'quote: unleased', 'quote: unleashed')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(POST);
    expect(result.output).toContain('editorial note "unleased-kept": the quote “unleashed” is not in the article.');
    expect(result.output).toContain('Closest passage: “unleased”');
  });

  it('a claim that refers to an unknown event names the claims file, the claim and the id', async () => {
    const result = await buildWithEditedContent(
      editFile(POST_CLAIMS, (text) => replaceOnce(text, /(- id: post-kerman-84\n[\s\S]*?events: \[)kerman-bombings\]/, '$1kerman-bombing]')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${POST_CLAIMS}: entry "post-kerman-84", events: there is no event with the id "kerman-bombing".`);
  });

  it('an event no claim refers to names the events file and the event', async () => {
    const unlinked = [
      '- id: moscow-concert-cancelled',
      '  title: A concert is cancelled',
      '  date: "2024-03-08"',
      '  precision: day',
      '  category: warning',
      '  summary: A concert in Moscow is cancelled.',
      '  sources: [rt-593951]',
    ].join('\n');
    const result = await buildWithEditedContent(editFile(EVENTS, (text) => `${text.trimEnd()}\n\n${unlinked}\n`));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${EVENTS}: entry "moscow-concert-cancelled": no claim refers to this event.`);
  });
});
