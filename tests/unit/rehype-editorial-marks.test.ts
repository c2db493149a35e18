import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeEditorialMarks, { type EditorialMarkOptions } from '../../src/markdown/rehype-editorial-marks';

function render(markdown: string, notes: EditorialMarkOptions['notes']) {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeEditorialMarks, { notes, source: 'content/articles/test.md' })
    .use(rehypeStringify)
    .process(markdown)
    .then(String);
}

describe('rehypeEditorialMarks', () => {
  it('wraps restored words in <ins> with a link to the note, and leaves start and end notes alone', async () => {
    const html = await render('As \\[The Economist\\] went to press.', [
      { id: 'restored-name', change: 'restored', at: { quote: '[The Economist]', prefix: 'As' } },
      { id: 'dropped-credit', change: 'removed', at: 'end' },
    ]);
    expect(html).toBe(
      '<p>As <ins class="editorial-mark" data-change="restored" data-edit="restored-name">[The Economist]</ins><a class="editorial-marker" href="#edit-restored-name" aria-label="Editorial note"></a> went to press.</p>',
    );
  });

  it('fails naming the file and the note when a passage is missing', async () => {
    await expect(render('Russia unleashed missiles.', [{ id: 'typo-kept', change: 'sic', at: { quote: 'unleased' } }])).rejects.toThrow(
      /content\/articles\/test\.md: a passage could not be anchored\.\n\neditorial note "typo-kept": the quote “unleased” is not in the article/,
    );
  });
});
