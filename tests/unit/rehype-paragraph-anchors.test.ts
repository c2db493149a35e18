import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeParagraphAnchors from '../../src/markdown/rehype-paragraph-anchors';

async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphAnchors)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehypeParagraphAnchors', () => {
  it('gives each paragraph an id from its words and a permalink with no text of its own', async () => {
    const html = await render('Few Russian leaders *apart* from Stalin.\n\nThree days later gunmen attacked.');
    expect(html).toBe(
      '<p id="p-few-russian-leaders-apart-from-stalin"><a class="paragraph-permalink" href="#p-few-russian-leaders-apart-from-stalin" aria-label="Link to this paragraph"></a>Few Russian leaders <em>apart</em> from Stalin.</p>\n' +
        '<p id="p-three-days-later-gunmen-attacked"><a class="paragraph-permalink" href="#p-three-days-later-gunmen-attacked" aria-label="Link to this paragraph"></a>Three days later gunmen attacked.</p>',
    );
  });

  it('keeps ids unique on the page and stable when a paragraph is inserted before', async () => {
    const original = await render('One two three four five six seven.\n\nOne two three four five six eight.');
    const edited = await render('A brand new opening.\n\nOne two three four five six seven.\n\nOne two three four five six eight.');
    const ids = (html: string) => [...html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(original)).toEqual(['p-one-two-three-four-five-six-seven', 'p-one-two-three-four-five-six-eight']);
    expect(ids(edited).slice(1)).toEqual(ids(original));
  });
});
