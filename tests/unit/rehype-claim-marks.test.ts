import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeClaimMarks, { type ClaimToMark } from '../../src/markdown/rehype-claim-marks';
import rehypeParagraphAnchors from '../../src/markdown/rehype-paragraph-anchors';

const TEXT = [
  'Nevertheless, on March 19th Mr Putin blasted the American warnings as “blackmail” intended to “intimidate and destabilise our society”.',
  'Three days later gunmen attacked a show by the rock group *Piknik*, mowing down spectators.',
].join('\n\n');

const claim = (id: string, quote: string, extra: Partial<ClaimToMark> = {}): ClaimToMark => ({
  id,
  quote,
  type: 'factual',
  typeLabel: 'Factual statement',
  summary: `Summary of ${id}.`,
  ...extra,
});

async function render(claims: ClaimToMark[], markdown = TEXT) {
  const file = new VFile(markdown);
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeParagraphAnchors)
      .use(rehypeClaimMarks, { claims, source: 'content/claims/test.yaml' })
      .use(rehypeStringify)
      .process(file),
  );
  return { html, anchors: file.data.claimAnchors ?? [] };
}

describe('rehypeClaimMarks', () => {
  it('marks a quote typed with straight quotes, links it to its note and records W3C selector data', async () => {
    const { html, anchors } = await render([claim('blackmail', 'the American warnings as "blackmail"', { type: 'attributed', typeLabel: 'Attributed statement' })]);
    expect(html).toContain(
      '<mark class="claim" id="claim-blackmail" data-claim="blackmail" data-type="attributed" aria-details="note-blackmail">the American warnings as “blackmail”</mark><a class="claim-marker" href="#note-blackmail" data-claim="blackmail" data-type="attributed" data-number="1" aria-label="Attributed statement: Summary of blackmail."></a> intended',
    );
    expect(anchors).toEqual([
      {
        id: 'blackmail',
        block: 'p-nevertheless-on-march-19th-mr-putin',
        range: { start: 45, end: 81 },
        exact: 'the American warnings as “blackmail”',
        prefix: ' on March 19th Mr Putin blasted ',
        suffix: ' intended to “intimidate and des',
      },
    ]);
  });

  it('splits a quote that crosses inline markup into segments, with one id and one marker', async () => {
    const { html } = await render([claim('piknik', 'show by the rock group Piknik, mowing')]);
    expect(html).toContain(
      '<mark class="claim" id="claim-piknik" data-claim="piknik" data-type="factual" aria-details="note-piknik">show by the rock group <em>Piknik</em>, mowing</mark>',
    );
    const partial = await render([claim('rock', 'the rock group Piknik')], 'A show by the rock group *Piknik and friends*.');
    expect(partial.html).toContain(
      '<mark class="claim" id="claim-rock" data-claim="rock" data-type="factual" aria-details="note-rock">the rock group </mark><em><mark class="claim" data-claim="rock" data-type="factual">Piknik</mark><a class="claim-marker"',
    );
  });

  it('nests a claim inside another', async () => {
    const { html } = await render([claim('inner', '“blackmail”'), claim('outer', 'blasted the American warnings as “blackmail” intended')]);
    expect(html).toMatch(/<mark[^>]*id="claim-outer"[^>]*>blasted the American warnings as <mark[^>]*id="claim-inner"[^>]*>“blackmail”<\/mark><a[^>]*#note-inner[^>]*><\/a> intended<\/mark><a[^>]*#note-outer/);
    // Numbered in reading order, by where each claim starts: the outer one comes first.
    expect(html).toMatch(/href="#note-inner"[^>]*data-number="2"/);
    expect(html).toMatch(/href="#note-outer"[^>]*data-number="1"/);
  });

  it('fails, naming the file and the claim, with the closest passage, when a quote is not found', async () => {
    await expect(render([claim('typo', 'Mr Putin criticised the American warnings')])).rejects.toThrow(
      /content\/claims\/test\.yaml: a passage could not be anchored\.\n\nclaim "typo": the quote “Mr Putin criticised the American warnings” is not in the article\.\n {2}Closest passage: “Mr Putin blasted the American warnings”\n {2}- “criticised” in the quote is “blasted” in the text/,
    );
  });

  it('fails when a quote occurs twice and nothing says which, and a prefix settles it', async () => {
    await expect(render([claim('twice', 'the American')], 'See the American view. Later the American view.')).rejects.toThrow(/claim "twice": the quote “the American” occurs 2 times/);
    const { html, anchors } = await render([claim('twice', 'the American', { prefix: 'Later' })], 'See the American view. Later the American view.');
    expect(html).toContain('See the American view. Later <mark class="claim" id="claim-twice"');
    expect(anchors[0]!.range).toEqual({ start: 29, end: 41 });
  });

  it('sets the marker after closing punctuation, like a footnote call, without changing the text', async () => {
    const { html, anchors } = await render([claim('society', 'destabilise our society”')]);
    expect(html).toContain('destabilise our society”</mark>.<a class="claim-marker" href="#note-society"');
    expect(html).toMatch(/<\/a><\/p>/);
    expect(anchors[0]!.exact).toBe('destabilise our society”');
  });

  it('fails when two claims partly overlap, naming both', async () => {
    await expect(render([claim('first', 'Mr Putin blasted the American'), claim('second', 'the American warnings as')])).rejects.toThrow(
      /claim "first" and claim "second" overlap partly/,
    );
  });

  it('reports every problem at once', async () => {
    await expect(render([claim('missing-one', 'no such words'), claim('missing-two', 'nor these')])).rejects.toThrow(/2 passages could not be anchored/);
  });
});
