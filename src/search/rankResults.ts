// Honest results: a clause is shown as a match only when its text contains every term of the query
// (or a synonym). Documents Pagefind returns without such a clause are kept apart as low-relevance
// results (Pagefind can return unrelated pages for a query that matches nothing, upstream issue
// #1237). The scan itself runs per document in src/search/session.ts.
import type { FacetKey } from './facets.ts';
import { fold } from './fold.ts';
import type { SearchEntry } from './entries.ts';
import type { SortKey } from './searchState.ts';

export interface Hit {
  entry: SearchEntry;
  /** Folded spellings of the query found in the entry (for highlighting); empty when unverified. */
  matched: string[];
  /** Whether Pagefind returned its document (false: found without the index). */
  fromIndex: boolean;
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
