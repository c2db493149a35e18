import { describe, expect, it } from 'vitest';
import { renderNote } from '../../src/annotate/render-note';

describe('renderNote', () => {
  it('renders Markdown emphasis, links and paragraphs', () => {
    expect(renderNote('The toll *rose*.\n\nSee [the timeline](/timeline/).')).toBe(
      '<p>The toll <em>rose</em>.</p>\n<p>See <a href="/timeline/">the timeline</a>.</p>',
    );
  });

  it('drops raw HTML instead of passing it through', () => {
    const html = renderNote('Safe <script>alert(1)</script> text <img src=x onerror=alert(1)>');
    expect(html).toBe('<p>Safe alert(1) text </p>');
    expect(html).not.toMatch(/<script|<img|onerror/);
  });
});
