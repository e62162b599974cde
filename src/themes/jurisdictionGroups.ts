// Documents grouped by the jurisdiction that issued them: one comparison column per jurisdiction,
// with a stable id for its anchor (#col-<id>) and for the column state kept in the URL.
import type { Jurisdiction, PolicyDocument } from '../schemas/corpus.ts';

export interface JurisdictionGroup {
  /** Lowercase ASCII id: the English name as a slug, or the first document's id when that name has no Latin letters. */
  id: string;
  jurisdiction: Jurisdiction;
  /** In the order given (the site's document order). */
  documents: PolicyDocument[];
}

/** "Wangyi District (Tongchuan)" → "wangyi-district-tongchuan"; "" when nothing ASCII is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

// The same name in another province or at another level is another place.
const keyOf = (j: Jurisdiction) => `${j.level}\u0000${j.province ?? ''}\u0000${j.name}`;

/** Groups in order of each jurisdiction's first document; ids are unique. */
export function groupByJurisdiction(documents: readonly PolicyDocument[]): JurisdictionGroup[] {
  const groups = new Map<string, JurisdictionGroup>();
  const used = new Set<string>();
  for (const doc of documents) {
    const key = keyOf(doc.jurisdiction);
    const existing = groups.get(key);
    if (existing) {
      existing.documents.push(doc);
      continue;
    }
    const base = slugify(doc.jurisdiction.nameEn) || doc.id;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    groups.set(key, { id, jurisdiction: doc.jurisdiction, documents: [doc] });
  }
  return [...groups.values()];
}
