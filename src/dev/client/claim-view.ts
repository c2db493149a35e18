import type { MarkedClaim } from '../api';
import { button } from './claim-form';
import { paragraph } from './problems-view';

/** The claim that already quotes the selected words, as its file has it. */
export function claimView(claim: MarkedClaim, claimsFile: string, open: () => void): HTMLElement {
  const section = document.createElement('section');
  section.className = 'existing-claim';
  const heading = document.createElement('h2');
  heading.textContent = `Claim “${claim.id}”`;
  heading.tabIndex = -1;
  const facts = document.createElement('dl');
  for (const [term, detail] of [
    ['Quote', claim.quote],
    ['Type', claim.type],
    ['Claimant', claim.claimant],
    ['Summary', claim.summary],
  ] as const) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = detail;
    facts.append(dt, dd);
  }
  const edit = button('Open in editor', 'button');
  edit.addEventListener('click', open);
  section.append(heading, paragraph(`These words already carry a claim, at line ${claim.line} of ${claimsFile}.`), facts, edit);
  return section;
}
