// The /search/ page: reads the search from the URL, asks Pagefind for candidate documents, loads
// the search data of a few of them at a time, shows the clauses that contain the query (20 per
// step, "more" for the next), and keeps the URL in step with the form. See src/search/session.ts.
import { ui } from '../i18n/ui.ts';
import { href } from '../lib/href.ts';
import { docDataPath, DOC_LIST_PATH, unpackDocument, type DocList, type DocSearchData } from '../search/docData.ts';
import { fold } from '../search/fold.ts';
import { planQuery, type QueryPlan } from '../search/queryPlan.ts';
import { prepareEntries, type ScanEntry } from '../search/rankResults.ts';
import { characterQuery, words } from '../search/segment.ts';
import { FIRST_BATCH, RESULTS_PER_PAGE, SearchSession, type CandidateTier } from '../search/session.ts';
import { hasFilters, readSearchState, searchStateParams, type SearchState } from '../search/searchState.ts';
import { FACET_KEYS } from '../search/facets.ts';
import { documentCandidates, loadPagefind, preloadCandidates } from './searchPagefind.ts';
import { renderResults } from './searchRender.ts';
import './copyCitation.ts';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const results = document.getElementById('search-results') as HTMLElement;
const synonymGroups = JSON.parse(form.dataset.synonyms ?? '[]') as string[][];
const baseTitle = document.title;

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(href(path));
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json() as Promise<T>;
}

// Loaded documents stay for the page's life: a warm search over the same documents costs nothing.
const documents = new Map<string, Promise<ScanEntry[]>>();
function loadDocument(key: string): Promise<ScanEntry[]> {
  let loaded = documents.get(key);
  if (!loaded) {
    loaded = getJson<DocSearchData>(`/${docDataPath(key)}`).then((d) => prepareEntries(unpackDocument(d)));
    loaded.catch(() => documents.delete(key));
    documents.set(key, loaded);
  }
  return loaded;
}

/** Without an index (astro dev, or Pagefind failed to load): every document, in corpus order. */
async function everyDocument(): Promise<string[]> {
  return (await getJson<DocList>(`/${DOC_LIST_PATH}`)).files;
}

/**
 * Pagefind queries as token lists: the query's words as our segmenter splits them (the index was
 * split the same way), the typed spelling first, then one per synonym substitution.
 */
function wordQueries(plan: QueryPlan): string[][] {
  const lists = new Map(plan.queries.map((q) => words(q)).map((w) => [w.join(' '), w]));
  return [...lists.values()].filter((w) => w.length > 0);
}

function characterQueries(plan: QueryPlan): string[][] {
  const lists = new Map(plan.queries.map((q) => characterQuery(fold(q))).map((c) => [c, c.split(' ')]));
  return [...lists.entries()].filter(([c]) => c !== '').map(([, list]) => list);
}

function select(key: string): HTMLSelectElement | null {
  const s = form.elements.namedItem(key);
  return s instanceof HTMLSelectElement ? s : null;
}

/** A filter typed as text: offered when the list of values would be too long (search.astro). */
function textFilter(key: string): HTMLInputElement | null {
  const s = form.elements.namedItem(key);
  return s instanceof HTMLInputElement && s.type === 'text' ? s : null;
}

/** Drops filter values the form does not offer (a hand-edited or stale URL); typed filters keep any value. */
function offered(state: SearchState): SearchState {
  const filters = Object.fromEntries(
    Object.entries(state.filters).filter(([key, value]) => textFilter(key) !== null || [...(select(key)?.options ?? [])].some((o) => o.value === value && !o.disabled)),
  );
  return { ...state, filters };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const key of FACET_KEYS) {
    const control = select(key) ?? textFilter(key);
    if (control) control.value = state.filters[key] ?? '';
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
/** The search on screen: its session, how many verified results are shown, and whether the index failed to load. */
interface CurrentSearch {
  session: SearchSession;
  plan: QueryPlan;
  state: SearchState;
  index: { missing: boolean };
  shown: number;
}
let current: CurrentSearch | null = null;

/**
 * Draws the current search. `partial`: while its documents are still loading, the results found so
 * far, without the "more" button (the step is not over) and without a status, so a screen reader
 * announces the count once, when the step is done; nothing until there is a result to show.
 */
function render(partial = false): void {
  if (!current) return;
  const { session, plan, state, index, shown } = current;
  if (partial && session.verified.length === 0) return;
  const summary = renderResults(results, {
    verified: session.verified.slice(0, shown),
    found: session.verified.length,
    unverified: session.unverified,
    exact: !partial && session.complete,
    more: !partial && (!session.complete || session.verified.length > shown),
    checked: session.checked,
  }, plan, state.q);
  if (!partial) status.textContent = index.missing ? `${ui.search.indexUnavailable} ${summary}` : summary;
}

/** While a step runs, what it has found is drawn at most this often: each drawing redraws the list. */
const PARTIAL_DRAW_INTERVAL_MS = 100;

/**
 * Runs `step` for the current search, drawing what it has found while it runs (in the next frame,
 * then at most every PARTIAL_DRAW_INTERVAL_MS); ignores the outcome if another search started meanwhile.
 * `settle` is called once the results are on screen, before the state says so (see run).
 */
async function step(ticket: number, work: (progress: () => void) => Promise<void>, settle?: () => void): Promise<void> {
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  let frame = 0;
  let later: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  let drawnAt = -Infinity;
  const draw = () => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (over || ticket !== latest) return;
      drawnAt = performance.now();
      render(true);
    });
  };
  const progress = () => {
    if (over || frame !== 0 || later !== undefined || ticket !== latest) return;
    const wait = drawnAt + PARTIAL_DRAW_INTERVAL_MS - performance.now();
    if (wait <= 0) draw();
    else
      later = setTimeout(() => {
        later = undefined;
        if (!over) draw();
      }, wait);
  };
  try {
    await work(progress);
    if (ticket === latest) render();
  } catch {
    if (ticket === latest) status.textContent = ui.search.dataUnavailable;
  } finally {
    over = true;
    cancelAnimationFrame(frame);
    clearTimeout(later);
    if (ticket === latest) {
      settle?.();
      results.removeAttribute('aria-busy');
      // 'done' tells scripts and tests that the results on screen belong to the current URL.
      results.dataset.state = 'done';
    }
  }
}

/**
 * Runs a search. `url`: the address of one the reader submitted. The page's title and address name
 * the search once its results are on screen, so a search replaced before then never joins the
 * history. Pushed at Enter, the new history entry kept Chromium's browser process busy (session
 * history, the favicon asked again) while the search's documents were on their way: in interleaved
 * runs of 80 warm searches at 2,850 documents, setting it here lowered the 90th percentile by 6–26 ms
 * in six comparisons of seven (scripts/bench/findings.md). The title goes with it, also a
 * browser-process update.
 */
async function run(state: SearchState, url: string | null = null): Promise<void> {
  const ticket = ++latest;
  const title = state.q ? `${ui.search.pageTitle(state.q)} · ${baseTitle}` : baseTitle;
  const settle = () => {
    document.title = title;
    if (url !== null) pushUrl(url);
  };
  if (!state.q && !hasFilters(state)) {
    settle();
    current = null;
    results.replaceChildren();
    status.textContent = ui.search.idle;
    results.dataset.state = 'idle';
    return;
  }
  status.textContent = ui.search.loading;
  const plan = planQuery(state.q, synonymGroups);
  const browsing = plan.terms.length === 0;
  const index = { missing: false };
  // Index-backed tiers; without an index, the first returns every document and the rest nothing.
  const fromIndex = (queries: readonly (readonly string[] | null)[]) => async () => (index.missing ? [] : documentCandidates(queries, state.filters, state.sort));
  // A query of punctuation only has no words: no index candidates (as Pagefind would find none).
  const [first, ...synonymQueries] = browsing ? [null] : wordQueries(plan);
  const tiers: CandidateTier[] = [
    {
      find: async () => {
        try {
          return first === undefined ? [] : await documentCandidates([first], state.filters, state.sort);
        } catch {
          index.missing = true;
          return everyDocument();
        }
      },
      listUnverified: true,
    },
  ];
  if (synonymQueries.length > 0) tiers.push({ find: fromIndex(synonymQueries), listUnverified: true });
  if (!browsing) tiers.push({ find: fromIndex(characterQueries(plan)), listUnverified: false });
  const session = new SearchSession(
    { tiers, load: loadDocument },
    plan,
    state.filters,
    state.sort,
  );
  current = { session, plan, state, index, shown: RESULTS_PER_PAGE };
  await step(ticket, (progress) => session.more(undefined, progress), settle);
}

/** "More results": shows the next page, looking at more documents if those found so far are not enough. */
results.addEventListener('click', (event) => {
  if (!(event.target instanceof HTMLElement) || !event.target.closest('#search-more') || !current) return;
  const search = current;
  search.shown += RESULTS_PER_PAGE;
  // Drawn when the step is over, not as it goes: the list above stays as it is, and so does the focus.
  void step(latest, () => search.session.more(search.shown)).then(() => {
    // Keyboard users continue at the first new result.
    results.querySelectorAll<HTMLElement>('#results-verified + ol > li')[search.shown - RESULTS_PER_PAGE]?.querySelector('a')?.focus();
  });
});

function pushUrl(url: string): void {
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
}

/** A search the reader submitted (Enter, the button, or a changed filter or order). */
function show(state: SearchState): void {
  const query = searchStateParams(state).toString();
  void run(state, `${location.pathname}${query ? `?${query}` : ''}`);
}

/** A pause in typing this long suggests the query is complete: its first documents are fetched. */
const PREFETCH_AFTER_MS = 300;
let typingPause: ReturnType<typeof setTimeout> | undefined;

// While the reader types, the page gets ready for Enter, asking first what the search will ask
// first (the typed spelling, with the form's filters and order). Pagefind fetches the index chunks
// of the words typed so far; once they are in and the text has not changed, it runs the search,
// which costs no bytes; after a pause, the first documents the search will look at are fetched.
// Enter then reuses all of it (searchPagefind.ts keeps recent answers; loaded documents are kept).
// Not during IME composition, whose intermediate text is not what will be searched.
input.addEventListener('input', (event) => {
  if ((event as InputEvent).isComposing) return;
  clearTimeout(typingPause);
  const typed = input.value;
  const [first] = wordQueries(planQuery(typed, synonymGroups));
  if (!first) return;
  const { filters, sort } = formState();
  const candidates = () => documentCandidates([first], filters, sort);
  void preloadCandidates(first)
    .then(() => (input.value === typed ? candidates() : undefined))
    .catch(() => undefined);
  typingPause = setTimeout(() => {
    if (input.value !== typed) return;
    void candidates()
      .then((keys) => keys.slice(0, FIRST_BATCH).forEach((key) => void loadDocument(key).catch(() => undefined)))
      .catch(() => undefined);
  }, PREFETCH_AFTER_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show(formState());
});
// A changed filter or order applies at once; the query field waits for Enter or the button.
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) show(formState());
});
window.addEventListener('popstate', () => {
  const state = offered(readSearchState(new URLSearchParams(location.search)));
  fillForm(state);
  void run(state);
});

const initial = offered(readSearchState(new URLSearchParams(location.search)));
fillForm(initial);
void run(initial);
// Load Pagefind (its script, wasm and the index's small metadata, about 90 KB) and the common-word
// list while the reader is still typing, so the first search only fetches the index chunks and documents it needs.
// Then Pagefind's answer for every document (what a query made only of common words asks, see
// src/search/commonWords.ts): no bytes, and 15–25 ms of Pagefind's time at 2,850 documents
// that the first such search would otherwise wait for.
if (!initial.q && !hasFilters(initial)) {
  const warm = () => void loadPagefind().then(() => documentCandidates([null], {}, 'relevance')).catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 500);
}
