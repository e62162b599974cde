// One search entry per provision: results are clauses, each with its own anchor, filters (theme,
// lead agency) and citation. Pagefind indexes documents (documentRecord); the entries of the
// documents it returns, loaded per document, are what the page verifies and shows.
import { plainCitation } from '../lib/citation.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { documentDate, provisionFacets, type Canonical, type Facets } from './facets.ts';
import { documentContent } from './segment.ts';

/**
 * The Pagefind index language. The content is segmented by us (src/search/segment.ts), so the index
 * must not segment again: `und` (no language) splits on spaces only. The zh-CN pages still use this
 * index: Pagefind falls back to the language with the most pages when none matches the page's.
 */
export const INDEX_LANGUAGE = 'und';

export interface SearchEntry {
  /** Provision id, `<slug>/<key>`. */
  id: string;
  docId: string;
  /** The provision's own site path with its anchor, without the base (long documents span pages). */
  url: string;
  anchor: string;
  label: string;
  title: string;
  jurisdiction: string;
  docNumber: string | null;
  date: string | null;
  headingPath: string[];
  /** What is searched: heading path, clause text and the responsible agencies, as printed. */
  text: string;
  /** The plain citation, precomputed so results can copy it in one click. */
  citation: string;
  facets: Facets;
}

/** Agencies named by the provision, when its text does not already contain them. */
function agencyText(p: Provision): string {
  if (p.agencyNote && !p.text.includes(p.agencyNote)) return p.agencyNote;
  return [...p.leadAgencies, ...p.partnerAgencies].filter((a) => !p.text.includes(a)).join('、');
}

export function searchableText(p: Provision): string {
  return [p.headingPath.join(' '), p.text, agencyText(p)].filter((s) => s !== '').join('\n');
}

export function searchEntry(doc: PolicyDocument, p: Provision, canonical: Canonical): SearchEntry {
  return {
    id: p.id,
    docId: doc.id,
    url: p.url,
    anchor: p.anchor,
    label: p.label,
    title: doc.title,
    jurisdiction: doc.jurisdiction.name,
    docNumber: doc.docNumber,
    date: documentDate(doc),
    headingPath: p.headingPath,
    text: searchableText(p),
    citation: plainCitation(doc, p),
    facets: provisionFacets(doc, p, canonical),
  };
}

export function searchEntries(documents: readonly PolicyDocument[], provisions: readonly Provision[], canonical: Canonical): SearchEntry[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return provisions.map((p) => {
    const doc = byId.get(p.docId);
    if (!doc) throw new Error(`search: provision ${p.id} has no document ${p.docId}`);
    return searchEntry(doc, p, canonical);
  });
}

/** The shape pagefind's addCustomRecord takes (kept local so this module stays free of Node APIs). */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * One Pagefind record per document, not per provision: 53× fewer records made Pagefind's memory,
 * time and the pf_meta every first search loads shrink in proportion (scripts/bench/findings.md §2).
 * Pagefind only has to find candidate documents; the page verifies and ranks their clauses from
 * the document's own search data (src/search/docData.ts). Filters are the union over the
 * document's clauses, so Pagefind never drops a document that has a matching clause; the page
 * checks the filters again per clause. The content is left empty here: see documentRecord.
 */
export function recordShell(entries: readonly SearchEntry[]): PagefindRecord {
  const first = entries[0];
  if (!first) throw new Error('search: a document without provisions has no record');
  const filters: Record<string, string[]> = {};
  for (const e of entries) {
    for (const [key, values] of Object.entries(e.facets)) {
      if (values.length > 0) filters[key] = [...new Set([...(filters[key] ?? []), ...values])];
    }
  }
  return {
    // Site-relative: Pagefind prefixes its own base URL, which follows the site's base path.
    url: first.url.split('#')[0]!,
    content: '',
    language: INDEX_LANGUAGE,
    // Only the id: the page reads everything else from the document's search data.
    meta: { id: first.docId },
    filters,
    // Every record needs the key, or Pagefind leaves it out of date-sorted results.
    sort: { date: first.date ?? '0000' },
  };
}

/** The document's record with its content: its tokens (src/search/segment.ts) less the common words. */
export function documentRecord(entries: readonly SearchEntry[], leaveOut: ReadonlySet<string> = new Set()): PagefindRecord {
  return { ...recordShell(entries), content: documentContent(entries.map((e) => e.text), leaveOut) };
}
