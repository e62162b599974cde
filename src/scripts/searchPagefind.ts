// The slice of Pagefind's browser API the search page uses, loaded from the site itself
// (<base>/pagefind/pagefind.js, written at build time); it only yields provision ids.
import { href } from '../lib/href.ts';
import { shardDir } from '../search/shards.ts';
import type { FacetKey } from '../search/facets.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: Record<string, string> }>;
}

interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** More hits than this per search are not looked at (the corpus has a few hundred provisions). */
const MAX_RESULTS = 300;

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
 * Provision ids Pagefind returns for any of the queries (synonym variants), best score first.
 * Filters are applied by Pagefind itself; the page checks them again on its own data.
 */
export async function indexSearch(queries: readonly string[], filters: Partial<Record<FacetKey, string>>): Promise<string[]> {
  const pf = await loadPagefind();
  const searches = await Promise.all(queries.map((q) => pf.search(q, { filters: { ...filters } })));
  const best = new Map<string, PagefindResult>();
  for (const s of searches) {
    for (const r of s?.results ?? []) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  const data = await Promise.all(ranked.map((r) => r.data()));
  return data.map((d) => d.meta.id).filter((id): id is string => typeof id === 'string' && id !== '');
}
