// The slice of Pagefind's browser API the search page uses, loaded from the site itself
// (<base>/pagefind/pagefind.js, written at build time). It yields candidate documents only, as
// Pagefind's page ids, which name the documents' search data files (src/search/docData.ts): no
// Pagefind fragment is ever loaded.
import { href } from '../lib/href.ts';
import { mergeRanked } from '../search/candidates.ts';
import { shardDir } from '../search/shards.ts';
import type { FacetKey } from '../search/facets.ts';
import type { SortKey } from '../search/searchState.ts';

interface PagefindResult {
  id: string;
  score: number;
}

interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

let api: Promise<PagefindApi> | null = null;

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ href('/pagefind/pagefind.js')) as Promise<PagefindApi>).then(async (pf) => {
    // A large corpus is indexed in shards; the page says how many (src/search/shards.ts).
    const shards = Number(document.querySelector<HTMLElement>('[data-pagefind-shards]')?.dataset.pagefindShards ?? '1');
    for (let k = 1; k < shards; k++) await pf.mergeIndex(href(`/${shardDir(k)}/`));
    await pf.init();
    return pf;
  });
  api.catch(() => {
    api = null;
  });
  return api;
}

/**
 * Documents Pagefind returns for any of the queries (null: filters only), merged (see mergeRanked).
 * Filters are applied by Pagefind on the document's union of clause facets; the page checks
 * them again per clause.
 */
export async function documentCandidates(queries: readonly (string | null)[], filters: Partial<Record<FacetKey, string>>, sort: SortKey): Promise<string[]> {
  const pf = await loadPagefind();
  const order = sort === 'relevance' ? {} : { sort: { date: sort === 'date-asc' ? ('asc' as const) : ('desc' as const) } };
  const searches = await Promise.all(queries.map((q) => pf.search(q, { filters: { ...filters }, ...order })));
  return mergeRanked(searches.map((s) => s?.results ?? []), sort === 'relevance').map((r) => r.id);
}
