import { describe, expect, it } from 'vitest';
import { arrivalNotice, searchHref, wordsOfAnchor } from '../../src/links/arrival-notice';

describe('the words an anchor carries', () => {
  it('are the id without its kind', () => {
    expect(wordsOfAnchor('p-few-russian-leaders-apart-from-stalin')).toBe('few russian leaders apart from stalin');
    expect(wordsOfAnchor('claim-economist-toll-139')).toBe('economist toll 139');
    expect(wordsOfAnchor('note-economist-toll-139')).toBe('economist toll 139');
    expect(wordsOfAnchor('event-crocus-attack')).toBe('crocus attack');
  });
});

describe('the notice for a passage that is not on the page', () => {
  it('offers a search for the words of an unknown id', () => {
    expect(arrivalNotice({ kind: 'anchor', id: 'p-few-russian-leaders' })).toEqual({
      message: 'The passage this link points to is not on this page. It may have been edited or removed since the link was shared.',
      search: { words: 'few russian leaders', href: '/search/?q=few+russian+leaders' },
    });
  });

  it('quotes the first words of a missing quote, and says when its paragraph is shown instead', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    const notice = arrivalNotice({ kind: 'quote', quote, fellBackTo: 'paragraph' });
    expect(notice.message).toBe(
      'The passage this link quotes, “one two three four five six seven eight nine ten …”, is not on this page word for word. ' +
        'It may have been edited since the link was shared. Below is the paragraph it was in.',
    );
    expect(notice.search.words).toBe('one two three four five six seven eight nine ten');
    expect(arrivalNotice({ kind: 'quote', quote: 'short one' }).message).toContain('“short one”, is not on this page word for word. It may have been edited since the link was shared.');
  });

  it('builds search links that carry any text safely', () => {
    expect(searchHref('a&b=c "d" <e>')).toBe('/search/?q=a%26b%3Dc+%22d%22+%3Ce%3E');
  });
});
