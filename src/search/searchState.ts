// The search as it lives in the URL (?q=…&jurisdiction=…&sort=…), so a search can be shared,
// bookmarked and restored with the back button. Unknown parameters are ignored; values are kept
// as plain strings and only ever compared or shown as text.
import { FACET_KEYS, type FacetKey } from './facets.ts';
import { MAX_QUERY_LENGTH } from './queryPlan.ts';

export const SORT_KEYS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string>>;
  sort: SortKey;
}

const MAX_VALUE_LENGTH = 100;

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FacetKey, string>> = {};
  for (const key of FACET_KEYS) {
    const value = params.get(key)?.trim().slice(0, MAX_VALUE_LENGTH);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'relevance',
  };
}

/** Only what differs from the defaults, in a stable order. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}
