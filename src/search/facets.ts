// The filters a provision can be narrowed by. Pagefind records and the site's own substring scan
// both take their filter values from here, so the two can never disagree.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { fold } from './fold.ts';

export const FACET_KEYS = ['jurisdiction', 'province', 'level', 'kind', 'theme', 'lead', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export type Facets = Record<FacetKey, string[]>;

/** Maps a folded synonym to its group's preferred term. */
export type Canonical = ReadonlyMap<string, string>;

export function canonicalMap(groups: readonly { terms: readonly string[] }[]): Canonical {
  return new Map(groups.flatMap((g) => g.terms.map((t) => [fold(t), g.terms[0]!] as const)));
}

/**
 * One lead agency as a filter value: 县卫健局, 卫健局 and 区卫计局 all become 卫生健康局, so a filter
 * finds every county's health bureau. The county/district prefix is dropped only from bureaus (…局),
 * so 县委组织部 keeps its 县 (县委 is the county party committee).
 */
export function agencyKey(name: string, canonical: Canonical): string {
  const plain = name.normalize('NFKC').replace(/\s+/gu, '');
  const local = /^[县区].{2,}局$/u.test(plain) ? plain.slice(1) : plain;
  return canonical.get(fold(local)) ?? local;
}

/** The date a document is sorted by: issued, else printed, else the first planned year. */
export function documentDate(doc: PolicyDocument): string | null {
  return doc.dates.issued ?? doc.dates.printed ?? (doc.period ? `${doc.period.from}` : null);
}

export function provisionFacets(doc: PolicyDocument, p: Provision, canonical: Canonical): Facets {
  const date = documentDate(doc);
  const j = doc.jurisdiction;
  return {
    jurisdiction: [j.name],
    province: j.province ? [j.province] : [],
    level: [j.level],
    kind: [doc.kind],
    theme: [...new Set(p.themes.map((t) => t.theme))],
    lead: [...new Set(p.leadAgencies.map((a) => agencyKey(a, canonical)))],
    year: date ? [date.slice(0, 4)] : [],
  };
}
