import type { ToolbarAppEventTarget } from 'astro/runtime/client/dev-toolbar/helpers.js';
import type { ArticleState, ClaimResponse, UnanchoredClaim } from '../api';
import { claimForm, button } from './claim-form';
import { claimView } from './claim-view';
import { readSelection, selectPassage, type PageSelection } from './page-selection';
import { paragraph, problemsView } from './problems-view';
import { articleState, openInEditor, sendReanchor } from './requests';
import styles from './annotation-panel.css?inline';

/**
 * The Annotate app's panel: what the selection can become (a new claim, the
 * claim it already is, or why not), the new claim's form, and the article's
 * problems. State is explicit: the article as the dev server has it, the judged
 * selection, and which view is shown.
 */

interface PanelState {
  article: ArticleState | undefined;
  selection: PageSelection | undefined;
  view: 'overview' | 'form';
  /** The last thing done, announced in the status line. */
  status: string;
}

/** A message carried across the reload that shows a saved claim. */
const AFTER_RELOAD = 'crocus-reader:annotate:after-reload';
const SETTLE_MS = 150;

export function startAnnotationPanel(canvas: ShadowRoot, app: ToolbarAppEventTarget): void {
  const style = document.createElement('style');
  style.textContent = styles;
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('aria-label', 'Annotate');
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const content = document.createElement('div');
  panel.append(status, content);
  canvas.append(style, panel);
  // Pressing a button must not drop the selection in the text it acts on.
  panel.addEventListener('mousedown', (event) => {
    if (event.target instanceof HTMLButtonElement) event.preventDefault();
  });

  const afterReload = takeAfterReload();
  const state: PanelState = { article: undefined, selection: undefined, view: 'overview', status: afterReload?.message ?? '' };
  const body = () => document.getElementById('article-body');

  const render = () => {
    status.textContent = state.status;
    content.replaceChildren(...(state.view === 'form' ? formView() : overview()));
  };
  const load = async () => {
    state.article = await articleState(location.pathname).catch((error: unknown) => {
      state.status = String(error instanceof Error ? error.message : error);
      return undefined;
    });
    app.toggleNotification(state.article && state.article.problems.length > 0 ? { state: true, level: 'error' } : { state: false });
    render();
  };
  const done = (response: Extract<ClaimResponse, { status: 'ok' }>, what: string) => {
    sessionStorage.setItem(AFTER_RELOAD, JSON.stringify({ message: `${what} “${response.id}” in ${response.file}.`, claim: response.id }));
    location.reload();
  };

  const overview = (): HTMLElement[] => {
    const article = state.article;
    const element = body();
    if (!article || !element) return [paragraph('Open an article page to annotate it: select words of its text, then choose “New claim”.')];
    return [selectionView(article), problemsView(article.problems, problemActions(article, element))];
  };

  const selectionView = (article: ArticleState): HTMLElement => {
    const selection = state.selection;
    if (selection?.kind === 'existing') {
      const claim = article.claims.find((candidate) => candidate.id === selection.claim)!;
      return claimView(claim, article.article.claimsFile, () => openInEditor(article.article.claimsFile, claim.line));
    }
    const section = document.createElement('section');
    section.className = 'selection';
    const create = button('New claim', 'button');
    create.disabled = selection?.kind !== 'new';
    create.addEventListener('click', () => {
      state.view = 'form';
      state.status = '';
      render();
      content.querySelector<HTMLElement>('h2')?.focus();
    });
    const message = !selection
      ? 'Select the words of the text a claim quotes, then choose “New claim”.'
      : selection.kind === 'refused'
        ? selection.reason
        : `Selected: “${selection.quote}”`;
    const note = paragraph(message);
    if (selection?.kind === 'refused') note.className = 'refusal';
    section.append(note, create);
    return section;
  };

  const formView = (): HTMLElement[] => {
    const selection = state.selection;
    if (!state.article || selection?.kind !== 'new') return overview();
    const passage = { start: selection.range.start, end: selection.range.end, quote: selection.quote! };
    const back = () => {
      state.view = 'overview';
      render();
    };
    return [claimForm({ state: state.article, passage, paragraph: selection.paragraph, within: selection.within, saved: (response) => done(response, 'Saved the claim'), cancelled: back })];
  };

  const problemActions = (article: ArticleState, element: HTMLElement) => ({
    selectClosest: (problem: UnanchoredClaim) => problem.closest && selectPassage(element, problem.closest.range.start, problem.closest.range.end),
    open: (problem: UnanchoredClaim) => openInEditor(article.article.claimsFile, problem.line),
    selectedWords: () => (state.selection?.kind === 'new' ? state.selection.quote : undefined),
    reanchor: async (problem: UnanchoredClaim) => {
      const selection = state.selection;
      if (selection?.kind !== 'new') return;
      const passage = { start: selection.range.start, end: selection.range.end, quote: selection.quote! };
      const response = await sendReanchor({ article: article.article.id, claim: problem.id, passage });
      if (response.status === 'ok') done(response, 'Re-anchored the claim');
      else {
        state.status = response.status === 'refused' ? response.message : response.issues.map((issue) => issue.message).join('; ');
        render();
      }
    },
  });

  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const element = body();
      if (!state.article || !element || state.view === 'form') return;
      const next = readSelection(element, state.article);
      const anchor = document.getSelection()?.anchorNode;
      // A selection in the panel (its own fields) leaves the text's selection as it was.
      if (next === undefined && !(anchor && element.contains(anchor))) return;
      state.selection = next;
      state.status = '';
      render();
    }, SETTLE_MS);
  });
  app.onToggled(({ state: open }) => {
    if (open) void load();
  });
  if (afterReload) {
    app.toggleState({ state: true });
    document.querySelector(`mark.claim[data-claim="${CSS.escape(afterReload.claim)}"]`)?.scrollIntoView({ block: 'center' });
  }
}

function takeAfterReload(): { message: string; claim: string } | undefined {
  const saved = sessionStorage.getItem(AFTER_RELOAD);
  sessionStorage.removeItem(AFTER_RELOAD);
  return saved ? (JSON.parse(saved) as { message: string; claim: string }) : undefined;
}
