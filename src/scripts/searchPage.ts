// The /search/ page: reads the search from the URL, asks Pagefind, verifies every hit against the
// clause text, adds the clauses Pagefind missed, and keeps the URL in step with the form.
import { ui } from '../i18n/ui.ts';
import { href } from '../lib/href.ts';
import type { SearchData } from '../search/entries.ts';
import { planQuery } from '../search/queryPlan.ts';
import { prepareEntries, rankResults, type ScanEntry } from '../search/rankResults.ts';
import { hasFilters, readSearchState, searchStateParams, type SearchState } from '../search/searchState.ts';
import { FACET_KEYS } from '../search/facets.ts';
import { indexSearch } from './searchPagefind.ts';
import { renderResults } from './searchRender.ts';
import './copyCitation.ts';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const results = document.getElementById('search-results') as HTMLElement;
const synonymGroups = JSON.parse(form.dataset.synonyms ?? '[]') as string[][];
const baseTitle = document.title;

let entries: Promise<ScanEntry[]> | null = null;
function loadEntries(): Promise<ScanEntry[]> {
  entries ??= fetch(href('/search/provisions.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<SearchData>;
    })
    .then((d) => prepareEntries(d.entries));
  entries.catch(() => {
    entries = null;
  });
  return entries;
}

function select(key: string): HTMLSelectElement | null {
  const s = form.elements.namedItem(key);
  return s instanceof HTMLSelectElement ? s : null;
}

/** Drops filter values the form does not offer (a hand-edited or stale URL). */
function offered(state: SearchState): SearchState {
  const filters = Object.fromEntries(
    Object.entries(state.filters).filter(([key, value]) => [...(select(key)?.options ?? [])].some((o) => o.value === value && !o.disabled)),
  );
  return { ...state, filters };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const key of FACET_KEYS) {
    const s = select(key);
    if (s) s.value = state.filters[key] ?? '';
  }
  const sort = select('sort');
  if (sort) sort.value = state.sort;
}

function formState(): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.append(k, v);
  return offered(readSearchState(params));
}

let latest = 0;
async function run(state: SearchState): Promise<void> {
  const ticket = ++latest;
  document.title = state.q ? `${ui.search.pageTitle(state.q)} · ${baseTitle}` : baseTitle;
  if (!state.q && !hasFilters(state)) {
    results.replaceChildren();
    status.textContent = ui.search.idle;
    results.dataset.state = 'idle';
    return;
  }
  status.textContent = ui.search.loading;
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  try {
    const plan = planQuery(state.q, synonymGroups);
    let scan: ScanEntry[];
    try {
      scan = await loadEntries();
    } catch {
      if (ticket === latest) status.textContent = ui.search.dataUnavailable;
      return;
    }
    let indexIds: string[] = [];
    let indexMissing = false;
    if (plan.terms.length > 0) {
      try {
        indexIds = await indexSearch(plan.queries, state.filters);
      } catch {
        indexMissing = true;
      }
    }
    if (ticket !== latest) return;
    const ranked = rankResults({ scan, plan, indexIds, filters: state.filters, sort: state.sort });
    const summary = renderResults(results, ranked, plan, state.q);
    status.textContent = indexMissing ? `${ui.search.indexUnavailable} ${summary}` : summary;
  } finally {
    if (ticket === latest) {
      results.removeAttribute('aria-busy');
      // 'done' tells scripts and tests that the results on screen belong to the current URL.
      results.dataset.state = 'done';
    }
  }
}

function show(state: SearchState, push: boolean): void {
  const query = searchStateParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show(formState(), true);
});
// A changed filter or order applies at once; the query field waits for Enter or the button.
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) show(formState(), true);
});
window.addEventListener('popstate', () => {
  const state = offered(readSearchState(new URLSearchParams(location.search)));
  fillForm(state);
  void run(state);
});

const initial = offered(readSearchState(new URLSearchParams(location.search)));
fillForm(initial);
void run(initial);
