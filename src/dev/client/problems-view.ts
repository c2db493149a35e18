import type { UnanchoredClaim } from '../api';
import { button, listItem } from './claim-form';

/**
 * "Problems": every claim of the article whose quote no longer anchors in its
 * text, with the build's own diagnosis (the closest passage, the words that
 * differ), and the two steps that fix one: select the closest passage (then
 * adjust the selection), and re-anchor the claim on the selection.
 */

export interface ProblemActions {
  selectClosest(problem: UnanchoredClaim): void;
  reanchor(problem: UnanchoredClaim): void;
  open(problem: UnanchoredClaim): void;
  /** The words currently selected, when they could be a claim's passage. */
  selectedWords(): string | undefined;
}

export function problemsView(problems: readonly UnanchoredClaim[], actions: ProblemActions): HTMLElement {
  const section = document.createElement('section');
  section.className = 'problems';
  const heading = document.createElement('h2');
  heading.textContent = problems.length === 0 ? 'No problems' : `Problems (${problems.length})`;
  section.append(heading);
  if (problems.length === 0) {
    section.append(paragraph('Every claim’s quote anchors in the text.'));
    return section;
  }
  section.append(paragraph('These claims are not shown: their quotes no longer anchor in the text. A build would fail on them.'));
  const list = document.createElement('ol');
  list.append(...problems.map((problem) => problemItem(problem, actions)));
  section.append(list);
  return section;
}

function problemItem(problem: UnanchoredClaim, actions: ProblemActions): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'problem';
  item.dataset.claim = problem.id;
  const title = document.createElement('h3');
  title.textContent = problem.id;
  item.append(title, paragraph(`Quote: “${problem.quote}”`));
  if (problem.closest) {
    item.append(paragraph(`Closest passage: “${problem.closest.passage}”`));
    const differences = document.createElement('ul');
    differences.className = 'differences';
    differences.append(...problem.closest.differences.map(listItem));
    item.append(differences);
  } else {
    const message = document.createElement('pre');
    message.textContent = problem.message;
    item.append(message);
  }
  const row = document.createElement('div');
  row.className = 'actions';
  if (problem.closest) {
    const select = button('Select the closest passage', 'button');
    select.addEventListener('click', () => actions.selectClosest(problem));
    row.append(select);
  }
  const words = actions.selectedWords();
  const reanchor = button(words ? `Re-anchor here: “${words}”` : 'Re-anchor here', 'button');
  reanchor.classList.add('reanchor');
  reanchor.disabled = words === undefined;
  if (!words) reanchor.title = 'Select the words the claim should quote first.';
  reanchor.addEventListener('click', () => actions.reanchor(problem));
  const open = button('Open in editor', 'button');
  open.addEventListener('click', () => actions.open(problem));
  row.append(reanchor, open);
  item.append(row);
  return item;
}

export function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}
