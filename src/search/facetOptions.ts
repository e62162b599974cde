// The choices each filter offers, from the entries themselves: every value that occurs, with how many
// clauses carry it. Facets with a fixed order (level, kind) keep it; years run newest first;
// everything else is ordered by count, then by name.
import type { Provision } from '../schemas/corpus.ts';
import { agencyKey, FACET_KEYS, type Canonical, type FacetKey } from './facets.ts';
import type { SearchEntry } from './entries.ts';

/**
 * A filter with more values than this is a text field (type the exact value) instead of a list: at
 * thousands of jurisdictions the list alone would be hundreds of kilobytes on every visit.
 */
export const MAX_SELECT_OPTIONS = 80;

export interface FacetOption {
  value: string;
  count: number;
}

const FIXED_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  level: ['national', 'province', 'city', 'district', 'county'],
  kind: ['notice', 'plan', 'task-list'],
};

export function facetOptions(entries: readonly SearchEntry[], key: FacetKey): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of e.facets[key]) counts.set(v, (counts.get(v) ?? 0) + 1);
  const options = [...counts].map(([value, count]) => ({ value, count }));
  const fixed = FIXED_ORDER[key];
  if (fixed) return options.sort((a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value));
  if (key === 'year') return options.sort((a, b) => b.value.localeCompare(a.value));
  return options.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

export function allFacetOptions(entries: readonly SearchEntry[]): Record<FacetKey, FacetOption[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, facetOptions(entries, k)])) as Record<FacetKey, FacetOption[]>;
}

/** For each lead-agency filter value, the other spellings the documents use (卫生健康局 ← 县卫健局, 区卫计局 …). */
export function agencySpellings(provisions: readonly Provision[], canonical: Canonical): Map<string, string[]> {
  const spellings = new Map<string, Set<string>>();
  for (const p of provisions) {
    for (const a of p.leadAgencies) {
      const key = agencyKey(a, canonical);
      if (a === key) continue;
      const set = spellings.get(key) ?? new Set<string>();
      set.add(a);
      spellings.set(key, set);
    }
  }
  return new Map([...spellings].map(([k, set]) => [k, [...set].sort((x, y) => x.localeCompare(y, 'zh-CN'))]));
}
