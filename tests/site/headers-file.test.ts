import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file';

const FILE = `# Every response
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/claims/:id/
  X-Claim: one
/claims/:id/
  x-claim: two
`;

describe('_headers files', () => {
  const rules = parseHeadersFile(FILE);

  it('reads blocks of a path and its indented headers, skipping comments and blank lines', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/claims/:id/', '/claims/:id/']);
    expect(rules[0]!.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "frame-ancestors 'none'"],
    ]);
  });

  it('applies every block whose pattern matches: a splat matches slashes, a placeholder one segment', () => {
    expect(headersFor(rules, '/')).toEqual({ 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'" });
    expect(headersFor(rules, '/_astro/a/b.js')).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable' });
    expect(headersFor(rules, '/_astro')).not.toHaveProperty('cache-control');
    expect(headersFor(rules, '/claims/x/')).toMatchObject({ 'x-claim': 'one, two' });
    expect(headersFor(rules, '/claims/x/y/')).not.toHaveProperty('x-claim');
  });

  it('takes dots and other characters in a pattern literally', () => {
    const literal = parseHeadersFile('/feed.xml\n  X-Feed: yes\n');
    expect(headersFor(literal, '/feed.xml')).toEqual({ 'x-feed': 'yes' });
    expect(headersFor(literal, '/feedaxml')).toEqual({});
  });

  it('refuses a header before any path, a line that is not "Name: value", and a path without a leading slash', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1: a header before any path');
    expect(() => parseHeadersFile('/*\n  just words\n')).toThrow('_headers line 2: expected "Name: value", found "just words"');
    expect(() => parseHeadersFile('/*\n  X-Empty:\n')).toThrow('_headers line 2');
    expect(() => parseHeadersFile('*.html\n  X-A: b\n')).toThrow('_headers line 1: expected a path starting with "/"');
  });
});
