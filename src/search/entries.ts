// One search entry per provision. The design decision: the search index holds provisions, not pages.
// A document page holds dozens of clauses from one jurisdiction, and filters (theme, lead agency)
// belong to single clauses, so each provision becomes its own Pagefind custom record whose URL is the
// provision's anchor; document pages are not indexed at all, so no page-level duplicate competes
// with its own clauses. The same entries, as JSON, let the search page verify every Pagefind hit
// and find phrases Pagefind's word segmentation misses.
import { plainCitation } from '../lib/citation.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { documentDate, provisionFacets, type Canonical, type Facets } from './facets.ts';

/** Pages are lang="zh-CN"; Pagefind picks the index by the page's language, lower-cased. */
export const INDEX_LANGUAGE = 'zh-cn';

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

export function pagefindRecord(entry: SearchEntry): PagefindRecord {
  const filters = Object.fromEntries(Object.entries(entry.facets).filter(([, values]) => values.length > 0));
  return {
    // Site-relative: Pagefind prefixes its own base URL, which follows the site's base path.
    url: entry.url,
    content: entry.text,
    language: INDEX_LANGUAGE,
    meta: {
      title: `${entry.jurisdiction} ${entry.label}`,
      id: entry.id,
      document: entry.title,
      jurisdiction: entry.jurisdiction,
      label: entry.label,
      docNumber: entry.docNumber ?? '',
      date: entry.date ?? '',
      citation: entry.citation,
    },
    filters,
    // Every record needs the key, or Pagefind leaves it out of date-sorted results.
    sort: { date: entry.date ?? '0000' },
  };
}

/** The compact JSON the search page loads: entries in corpus order. */
export interface SearchData {
  version: 1;
  entries: SearchEntry[];
}
