import { describe, expect, it } from 'vitest';
import { buildWithEditedContent, editFile, replaceOnce } from '../support/fixture-site';

/** The sources policy, enforced by the build: each broken copy names the file, the entry and what to fix. */

const SOURCES = 'content/sources.yaml';
const POST_CLAIMS = 'content/claims/washington-post-enemy-of-all.yaml';
const EVENTS = 'content/events.yaml';

describe('the build enforces the sources policy', () => {
  it('a source without a kind names the file, the source and the kinds to choose from', async () => {
    const result = await buildWithEditedContent(editFile(SOURCES, (text) => replaceOnce(text, /(- id: interfax-952819\n(?:  .*\n)*?)  kind: wire\n/, '$1')));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(SOURCES);
    expect(result.output).toContain('interfax-952819');
    expect(result.output).toContain('kind: expected kind: one of primary, wire, independent, state-media, pro-government, aggregator');
  });

  it('an assessment with no source names the claims file, the claim and the field', async () => {
    const result = await buildWithEditedContent(
      editFile(POST_CLAIMS, (text) => replaceOnce(text, /(- id: post-beslan-330\n[\s\S]*?assessment:\n[\s\S]*?)    sources: \[rferl-beslan, rt-beslan-2007\]/, '$1    sources: []')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(POST_CLAIMS);
    expect(result.output).toContain('post-beslan-330');
    expect(result.output).toContain('assessment.sources: expected at least one source for the assessment');
  });

  it('an assessment, a note or an event citing either piece fails, each named with what to do', async () => {
    const result = await buildWithEditedContent(async (root) => {
      await editFile(POST_CLAIMS, (text) =>
        replaceOnce(
          replaceOnce(text, /(- id: post-beslan-330\n[\s\S]*?assessment:\n[\s\S]*?)    sources: \[rferl-beslan, rt-beslan-2007\]/, '$1    sources: [rferl-beslan, economist-2024-03-27]'),
          /(- id: post-kerman-84\n[\s\S]*?)  sources: \[xinhua-chinadaily-2024-01-04-kerman/,
          '$1  sources: [post-editorial-reprint, xinhua-chinadaily-2024-01-04-kerman',
        ),
      )(root);
      await editFile(EVENTS, (text) => replaceOnce(text, 'sources: [ap-citynews-2024-03-03-karabulak]', 'sources: [ap-citynews-2024-03-03-karabulak, post-editorial-reprint]'))(root);
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Content breaks the sources policy');
    expect(result.output).toContain(`${POST_CLAIMS}: entry "post-beslan-330", assessment.sources: "economist-2024-03-27" is the piece The Economist, “Vladimir Putin blames an Islamist attack on Ukraine and America” itself.`);
    expect(result.output).toContain(`${POST_CLAIMS}: entry "post-kerman-84", sources (the note’s support): "post-editorial-reprint" is the piece The Washington Post`);
    expect(result.output).toContain(`${EVENTS}: entry "karabulak-operation", sources: "post-editorial-reprint" is the piece`);
    expect(result.output).toContain('cite a source independent of both');
  });
});
