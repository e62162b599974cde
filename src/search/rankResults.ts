// Honest results: a clause is shown as a match only when its text contains every term of the query
// (or a synonym). Pagefind's hits that fail this check are kept apart as low-relevance results
// (Pagefind can return unrelated pages for a query that matches nothing, upstream issue #1237),
// and clauses that contain the phrase but that Pagefind missed (a phrase crossing a word boundary,
// issue #987) are added from a substring scan over every entry.
import type { FacetKey } from './facets.ts';
import { fold } from './fold.ts';
import { matchedVariants, type QueryPlan } from './queryPlan.ts';
import type { SearchEntry } from './entries.ts';
import type { SortKey } from './searchState.ts';

export interface Hit {
  entry: SearchEntry;
  /** Folded spellings of the query found in the entry (for highlighting); empty when unverified. */
  matched: string[];
  /** Whether Pagefind returned it (false: found by the substring scan only). */
  fromIndex: boolean;
}

export interface RankedResults {
  /** Clauses that contain the query. */
  verified: Hit[];
  /** Pagefind hits that do not contain the query. */
  unverified: Hit[];
}

/** An entry prepared once for scanning: its folded text. */
export interface ScanEntry {
  entry: SearchEntry;
  folded: string;
}

export function prepareEntries(entries: readonly SearchEntry[]): ScanEntry[] {
  return entries.map((entry) => ({ entry, folded: fold(entry.text) }));
}

export function matchesFilters(entry: SearchEntry, filters: Partial<Record<FacetKey, string>>): boolean {
  return Object.entries(filters).every(([key, value]) => entry.facets[key as FacetKey].includes(value));
}

function byDate(direction: 1 | -1) {
  // Undated entries go last in either direction.
  return (a: Hit, b: Hit): number => {
    const x = a.entry.date;
    const y = b.entry.date;
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -direction : direction;
  };
}

export function sortHits(hits: Hit[], sort: SortKey): Hit[] {
  if (sort === 'relevance') return hits;
  return [...hits].sort(byDate(sort === 'date-asc' ? 1 : -1));
}

/**
 * Merges Pagefind's hits (ids in Pagefind's order) with a scan of every entry.
 * Verified: Pagefind's verified hits in its order, then scan-only matches in corpus order.
 * With an empty plan (no query) every entry that passes the filters is a verified result.
 */
export function rankResults(options: {
  scan: readonly ScanEntry[];
  plan: QueryPlan;
  indexIds: readonly string[];
  filters: Partial<Record<FacetKey, string>>;
  sort: SortKey;
}): RankedResults {
  const { scan, plan, indexIds, filters, sort } = options;
  const byId = new Map(scan.map((s) => [s.entry.id, s]));
  const verified: Hit[] = [];
  const unverified: Hit[] = [];
  const seen = new Set<string>();
  for (const id of indexIds) {
    const s = byId.get(id);
    if (!s || seen.has(id) || !matchesFilters(s.entry, filters)) continue;
    seen.add(id);
    const matched = matchedVariants(s.folded, plan);
    if (matched) verified.push({ entry: s.entry, matched, fromIndex: true });
    else unverified.push({ entry: s.entry, matched: [], fromIndex: true });
  }
  for (const s of scan) {
    if (seen.has(s.entry.id) || !matchesFilters(s.entry, filters)) continue;
    const matched = matchedVariants(s.folded, plan);
    if (matched) verified.push({ entry: s.entry, matched, fromIndex: false });
  }
  return { verified: sortHits(verified, sort), unverified: sortHits(unverified, sort) };
}
