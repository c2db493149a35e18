/**
 * Hostile addresses, as someone could share them: markup and script, attribute
 * breakouts, `javascript:` URLs, text directives with junk, malformed or overlong
 * percent-encoding, NUL, control, right-to-left and invisible characters, prototype
 * keys, sheer length and sheer number. Each value is written as it appears in a
 * URL: percent sequences are sent as they are, malformed ones included.
 *
 * Every payload that could run sets `window.__pwned` or opens a dialog, so a test
 * sees it run even where the page's CSP would not have stopped it.
 */
export const HOSTILE_VALUES: readonly { name: string; value: string }[] = [
  { name: 'script element', value: '<script>window.__pwned=1;alert(1)</script>' },
  { name: 'encoded script element', value: '%3Cscript%3Ewindow.__pwned%3D1%3Balert(1)%3C%2Fscript%3E' },
  { name: 'double-encoded script element', value: '%253Cscript%253Ealert(1)%253C%252Fscript%253E' },
  { name: 'image with onerror', value: '<img src=x onerror="window.__pwned=1;alert(1)">' },
  { name: 'attribute breakout to svg onload', value: '"><svg onload="window.__pwned=1;alert(1)">' },
  { name: 'single-quote breakout', value: "'><script>window.__pwned=1</script>" },
  { name: 'closing a mark', value: '</mark><b id=injected>x</b><mark>' },
  { name: 'iframe with javascript URL', value: '<iframe src="javascript:window.top.__pwned=1"></iframe>' },
  { name: 'javascript URL', value: 'javascript:window.__pwned=1;alert(1)' },
  { name: 'javascript URL with case and white space', value: '%20%09JaVaScRiPt:alert(1)' },
  { name: 'data URL with HTML', value: 'data:text/html,<script>alert(1)</script>' },
  { name: 'base element', value: '<base href="https://attacker.invalid/">' },
  { name: 'meta refresh', value: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'template and expression syntax', value: "${alert(1)}{{constructor.constructor('alert(1)')()}}" },
  { name: 'CSS selector breakout', value: '"]),*,[x="' },
  { name: 'backslashes and quotes', value: '\\"\\\'\\\\' },
  { name: 'prototype keys', value: '__proto__' },
  { name: 'text directive with markup', value: ':~:text=<script>alert(1)</script>' },
  { name: 'text directive, malformed', value: ':~:text=%E0%A4%A,-,,,-' },
  { name: 'text directive, many', value: ':~:text=a&text=b&text=c&text=-,x,-&text='.repeat(50) },
  { name: 'lone percent sign', value: '%' },
  { name: 'truncated UTF-8', value: '%E0%A4%A' },
  { name: 'invalid hex', value: '%zz%G0%' },
  { name: 'overlong UTF-8', value: '%C0%AF%C0%BC' },
  { name: 'encoded lone surrogate', value: '%ED%A0%80' },
  { name: 'invalid byte', value: '%FF%FE' },
  { name: 'percent-u escape', value: '%u003Cscript%u003E' },
  { name: 'NUL characters', value: 'a%00b%00%00' },
  { name: 'control characters', value: '%01%07%1B[31m%7F' },
  { name: 'right-to-left override', value: '%E2%80%AEcilbup%E2%80%AC' },
  { name: 'zero-width and byte-order marks', value: 'a%E2%80%8Bb%E2%80%8Dc%EF%BB%BF' },
  { name: 'combining marks', value: 'Z%CC%B4%CC%A1%CC%9Ba%CC%B7l%CC%B5g%CC%B7o' },
  { name: 'emoji', value: '%F0%9F%94%A5%F0%9F%87%B7%F0%9F%87%BA' },
  { name: '10,000 letters', value: 'a'.repeat(10_000) },
  { name: '10,000 angle brackets', value: '<'.repeat(10_000) },
  { name: '10,000 percent escapes', value: '%41'.repeat(3_334) },
];

/** Parameters scripts read that no form on the page names: the deep-link passage fallback (issue 6). */
export const PARAMETERS_WITHOUT_FORMS = ['quote', 'prefix', 'suffix'];

export interface HostileCase {
  name: string;
  /** Site path with query and fragment, exactly as it is to be requested. */
  url: string;
  /** The fragment alone, also set after load to reach hashchange handlers. */
  hash: string;
}

/**
 * The hostile addresses for one page: each value at once in every parameter the
 * page reads, in parameters it does not know (a hostile name among them, and one
 * parameter repeated a thousand times), in the fragment alone and after the id
 * of an element on the page.
 */
export function hostileCases(path: string, parameters: readonly string[], someId: string | undefined): HostileCase[] {
  return HOSTILE_VALUES.map(({ name, value }) => {
    const known = [...new Set([...parameters, ...PARAMETERS_WITHOUT_FORMS])].map((parameter) => `${parameter}=${value}`);
    const unknown = [`utm_source=${value}`, `${value}=1`, ...Array.from({ length: 1000 }, () => `n=${value.slice(0, 8)}`)];
    const hash = `#${someId ?? ''}${value}`;
    return { name, url: `${path}?${[...known, ...unknown].join('&')}${hash}`, hash };
  });
}
