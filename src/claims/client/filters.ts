import { queryParam } from '../../routes';
import { CLAIM_FACETS } from '../filters';

/**
 * The claims index filters by CSS alone; this keeps the choices in the URL (so a
 * filtered list can be shared, and Back/Forward work) and says how many claims
 * are shown.
 */
export function enhanceClaimFilters(): void {
  const filters = document.querySelector<HTMLElement>('.claim-filters');
  const status = filters?.querySelector<HTMLElement>('.claim-filters__status');
  if (!filters || !status) return;
  const selects = CLAIM_FACETS.flatMap((facet) => [...filters.querySelectorAll<HTMLSelectElement>(`select[name="${facet}"]`)]);
  const rows = [...document.querySelectorAll<HTMLElement>('.claim-row')];
  const groups = [...document.querySelectorAll<HTMLElement>('.claim-group')];

  const readUrl = () => {
    const params = new URLSearchParams(window.location.search);
    for (const select of selects) {
      const wanted = queryParam(params, select.name) ?? '';
      // An unknown value in a shared URL falls back to "all" rather than hiding everything.
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
  };

  const report = () => {
    const shown = rows.filter((row) => row.checkVisibility()).length;
    status.textContent = shown === rows.length ? `${rows.length} claims in all` : `${shown} of ${rows.length} claims shown`;
    for (const group of groups) {
      const anyShown = [...group.querySelectorAll<HTMLElement>('.claim-row')].some((row) => row.checkVisibility());
      group.classList.toggle('is-empty', !anyShown);
    }
  };

  filters.addEventListener('change', () => {
    const params = new URLSearchParams(window.location.search);
    for (const select of selects) {
      params.delete(select.name);
      if (select.value) params.set(select.name, select.value);
    }
    const query = params.toString();
    history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    report();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    report();
  });
  readUrl();
  report();
}
