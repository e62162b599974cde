import type { ParsedDocument } from './types.ts';

/** A parse result with nothing in it yet: every parser starts from this. */
export function emptyDocument(structure: ParsedDocument['structure']): ParsedDocument {
  return { structure, provisions: [], metadataText: [], artefacts: [], forwardingChain: [], abolishedDocuments: [], ledger: [], warnings: [] };
}
