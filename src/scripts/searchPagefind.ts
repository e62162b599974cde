// The slice of Pagefind's browser API the search page uses, loaded from the site itself
// (<base>/pagefind/pagefind.js, written at build time). It yields candidate documents only, as
// Pagefind's page ids, which name the documents' search data files (src/search/docData.ts): no
// Pagefind fragment is ever loaded. Queries leave out the words the index left out
// (src/search/commonWords.ts).
import { href } from '../lib/href.ts';
import { mergeRanked } from '../search/candidates.ts';
import { COMMON_WORDS_PATH, indexQuery, type CommonWordsFile } from '../search/commonWords.ts';
import { shardDir } from '../search/shards.ts';
import type { FacetKey } from '../search/facets.ts';
import type { SortKey } from '../search/searchState.ts';

interface PagefindResult {
  id: string;
  score: number;
}

interface PagefindApi {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

let api: Promise<{ pf: PagefindApi; common: ReadonlySet<string> }> | null = null;

/** The words the index left out; none when the build wrote no list. */
async function commonWords(): Promise<ReadonlySet<string>> {
  const r = await fetch(href(`/${COMMON_WORDS_PATH}`));
  if (!r.ok) return new Set();
  return new Set(((await r.json()) as CommonWordsFile).words);
}

async function pagefindApi(): Promise<PagefindApi> {
  const pf = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as PagefindApi;
  // On this page's own thread, not in Pagefind's Web Worker (its default since 1.5): the page waits
  // for every answer anyway, and a search that ranks about 1,400 of 2,850 documents spent as long
  // handing its result list between threads as ranking it (median warm search 41–47 ms in the
  // worker, 23–24 ms here; scripts/bench/findings.md). The cost: loading the index's metadata, at
  // idle after the page has loaded, is then one task of 50–85 ms on this thread.
  await pf.options({ noWorker: true });
  // A large corpus is indexed in shards; the page says how many (src/search/shards.ts).
  const shards = Number(document.querySelector<HTMLElement>('[data-pagefind-shards]')?.dataset.pagefindShards ?? '1');
  for (let k = 1; k < shards; k++) await pf.mergeIndex(href(`/${shardDir(k)}/`));
  await pf.init();
  return pf;
}

/** Pagefind and the common-word list, loaded once (the page starts this before the first search). */
export function loadPagefind(): Promise<{ pf: PagefindApi; common: ReadonlySet<string> }> {
  api ??= Promise.all([pagefindApi(), commonWords()]).then(([pf, common]) => ({ pf, common }));
  api.catch(() => {
    api = null;
  });
  return api;
}

/** Filters and order → every document, in Pagefind's order (see documentCandidates). */
const everyDocumentFor = new Map<string, Promise<string[]>>();

/**
 * The last few word queries' answers (queries, filters and order → documents): the page asks
 * while the reader types (searchPage.ts), and Enter then finds the answer ready, or on its way.
 */
const recentAnswers = new Map<string, Promise<string[]>>();
const RECENT_ANSWERS = 8;

/** The answer kept under `key`, asked once (a failed one is forgotten); only the newest `limit` are kept. */
function askOnce(answers: Map<string, Promise<string[]>>, key: string, ask: () => Promise<string[]>, limit = Infinity): Promise<string[]> {
  let answer = answers.get(key);
  if (!answer) {
    answer = ask();
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
    for (const old of answers.keys()) {
      if (answers.size <= limit) break;
      answers.delete(old);
    }
  }
  return answer;
}

/**
 * Documents Pagefind returns for any of the queries, merged (see mergeRanked). A query is a list of
 * tokens (words or characters, as src/search/segment.ts splits them), or null for filters only.
 * A query whose tokens are all common asks for every document, as null does; a query without
 * tokens asks for nothing. Filters are applied by Pagefind on the document's union of clause
 * facets; the page checks them again per clause.
 */
export async function documentCandidates(queries: readonly (readonly string[] | null)[], filters: Partial<Record<FacetKey, string>>, sort: SortKey): Promise<string[]> {
  const { pf, common } = await loadPagefind();
  const asked = queries.map((q) => (q === null ? null : indexQuery(q, common))).filter((q) => q !== undefined);
  if (asked.length === 0) return [];
  const order = sort === 'relevance' ? {} : { sort: { date: sort === 'date-asc' ? ('asc' as const) : ('desc' as const) } };
  // Every document is a candidate for a null query, so the others add nothing; its answer depends
  // only on filters and order, and is kept (about 20 ms of Pagefind's time at 2,850 documents).
  if (asked.includes(null)) {
    return askOnce(everyDocumentFor, JSON.stringify([filters, sort]), () => pf.search(null, { filters: { ...filters }, ...order }).then((s) => (s?.results ?? []).map((r) => r.id)));
  }
  const distinct = [...new Set(asked)];
  return askOnce(
    recentAnswers,
    JSON.stringify([distinct, filters, sort]),
    () => Promise.all(distinct.map((q) => pf.search(q, { filters: { ...filters }, ...order }))).then((searches) => mergeRanked(searches.map((s) => s?.results ?? []), sort === 'relevance').map((r) => r.id)),
    RECENT_ANSWERS,
  );
}

/**
 * Fetches the index chunks a query's tokens will need (Pagefind's preload), so that a search
 * started later only runs: the page calls this while the reader types.
 */
export async function preloadCandidates(tokens: readonly string[]): Promise<void> {
  const { pf, common } = await loadPagefind();
  const query = indexQuery(tokens, common);
  if (typeof query === 'string') await pf.preload(query);
}
