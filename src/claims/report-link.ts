/**
 * "Report a problem with this claim": a mailto link to the address the site is
 * configured with (REPORT_EMAIL, astro.config.mjs), its subject and body filled in
 * with the claim and its addresses, so a report always says which claim it is about.
 */

export interface ClaimToReport {
  id: string;
  summary: string;
  /** The absolute URL of the claim's page. */
  pageUrl: string;
  /** The absolute URL of its passage in the article. */
  passageUrl: string;
}

export function reportLink(email: string, claim: ClaimToReport): string {
  const subject = `Problem with claim ${claim.id}`;
  const body = [`Claim: ${claim.summary}`, `Claim page: ${claim.pageUrl}`, `In the text: ${claim.passageUrl}`, '', 'What is wrong, and the source that shows it:', ''].join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
