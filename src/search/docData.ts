// The search data of one document, /search/docs/<key>.json: what the search page needs to verify,
// filter, cite and show that document's clauses. Pagefind finds documents; the page then loads
// only the files of the documents it looks at (about 10 KB gzip each), never the whole corpus.
// In a build the key is the document's Pagefind page id (the name of its fragment), so the page goes
// straight from a Pagefind result to this file without loading the fragment (one request and
// about 4 KB less per document); in `astro dev`, which has no index, the key is the document id.
// Document-level fields are stored once and copied back onto every clause by unpackDocument.
import type { SearchEntry } from './entries.ts';
import type { Facets } from './facets.ts';

export const DOC_DATA_DIR = 'search/docs';
/** The keys of every document's file, in corpus order: used only when Pagefind cannot be loaded (dev). */
export const DOC_LIST_PATH = `${DOC_DATA_DIR}/index.json`;

export const docDataPath = (key: string): string => `${DOC_DATA_DIR}/${key}.json`;

export interface PackedClause {
  id: string;
  url: string;
  anchor: string;
  label: string;
  headingPath: string[];
  text: string;
  citation: string;
  theme: string[];
  lead: string[];
}

export interface DocSearchData {
  version: 2;
  docId: string;
  title: string;
  jurisdiction: string;
  docNumber: string | null;
  date: string | null;
  /** The facets every clause of the document shares (all but theme and lead). */
  facets: Omit<Facets, 'theme' | 'lead'>;
  clauses: PackedClause[];
}

export interface DocList {
  version: 2;
  files: string[];
}

/** Packs one document's entries (all with the same docId, in order). */
export function packDocument(entries: readonly SearchEntry[]): DocSearchData {
  const first = entries[0];
  if (!first) throw new Error('search: a document without provisions has no search data');
  const { theme: _theme, lead: _lead, ...shared } = first.facets;
  return {
    version: 2,
    docId: first.docId,
    title: first.title,
    jurisdiction: first.jurisdiction,
    docNumber: first.docNumber,
    date: first.date,
    facets: shared,
    clauses: entries.map((e) => {
      if (e.docId !== first.docId) throw new Error(`search: ${e.id} packed with document ${first.docId}`);
      return { id: e.id, url: e.url, anchor: e.anchor, label: e.label, headingPath: e.headingPath, text: e.text, citation: e.citation, theme: e.facets.theme, lead: e.facets.lead };
    }),
  };
}

export function unpackDocument(data: DocSearchData): SearchEntry[] {
  return data.clauses.map((c) => ({
    id: c.id,
    docId: data.docId,
    url: c.url,
    anchor: c.anchor,
    label: c.label,
    title: data.title,
    jurisdiction: data.jurisdiction,
    docNumber: data.docNumber,
    date: data.date,
    headingPath: c.headingPath,
    text: c.text,
    citation: c.citation,
    facets: { ...data.facets, theme: c.theme, lead: c.lead },
  }));
}
