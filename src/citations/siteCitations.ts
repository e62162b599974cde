// The /citations/ listing of this build, shared by the citations pages and by the document pages that
// link into them (so a link names the page that holds the entry). Not pure: reads the collections.
// The index is the export context's (one per build, as for the rest of the document pages' data); a
// production build computes the listing once, `astro dev` on every request.
import { exportContext } from '../data/exportContext.ts';
import { allDocuments, allProvisions } from '../lib/collections.ts';
import { listPageSize } from '../lib/listPageSize.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { GRAPH_ROWS } from './citationGraphLayout.ts';
import type { CitationIndex, CitationNode } from './citationIndex.ts';
import { citationListing, ENTRIES_PER_PAGE, type CitationListing } from './citationPages.ts';
import { docNumberParts } from './docNumber.ts';

export interface SiteCitations {
  index: CitationIndex;
  listing: CitationListing;
  documents: PolicyDocument[];
  provisions: Provision[];
}

async function compute(): Promise<SiteCitations> {
  // The export context already built the index from the same collections and gazetteer.
  const index = (await exportContext()).citations;
  const [documents, provisions] = [await allDocuments(), await allProvisions()];
  const rowOf = (n: CitationNode) => GRAPH_ROWS.findIndex((r) => r.levels.includes(n.level));
  const listing = citationListing(index, rowOf, (docNumber) => docNumberParts(docNumber)?.year ?? 0, listPageSize(ENTRIES_PER_PAGE));
  return { index, listing, documents, provisions };
}

let cached: Promise<SiteCitations> | null = null;
export function siteCitations(): Promise<SiteCitations> {
  if (!import.meta.env.PROD) return compute();
  cached ??= compute();
  return cached;
}
