import { describe, expect, it } from 'vitest';
import { reportLink } from '../../src/claims/report-link';

describe('reportLink', () => {
  const claim = {
    id: 'economist-toll-139',
    summary: 'The death toll stood at 139 & rising?',
    pageUrl: 'https://reader.test/claims/economist-toll-139/',
    passageUrl: 'https://reader.test/articles/economist-uses-of-terror/#claim-economist-toll-139',
  };

  it('writes to the configured address, with the claim and both its addresses filled in', () => {
    const link = new URL(reportLink('corrections@reader.test', claim));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('corrections@reader.test');
    expect(link.searchParams.get('subject')).toBe('Problem with claim economist-toll-139');
    const body = link.searchParams.get('body')!;
    expect(body).toContain('Claim: The death toll stood at 139 & rising?');
    expect(body).toContain(`Claim page: ${claim.pageUrl}`);
    expect(body).toContain(`In the text: ${claim.passageUrl}`);
  });

  it('keeps what the claim says from breaking the link: & ? # and line breaks are encoded', () => {
    const link = reportLink('corrections@reader.test', { ...claim, summary: 'a & b ? c # d\nsubject=spoofed' });
    expect(link.split('?')).toHaveLength(2);
    expect(link).not.toContain('#');
    expect(new URL(link).searchParams.get('subject')).toBe('Problem with claim economist-toll-139');
  });
});
