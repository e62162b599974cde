// The methodology page's account of what ingestion set aside. Its size must not grow with the corpus:
// counts per document structure for the whole corpus, and the documents themselves listed only up to
// a fixed number (those with the most artefacts first); every document page lists its own artefacts.
import type { PolicyDocument } from '../schemas/corpus.ts';

export const ARTEFACT_DOCUMENTS_LISTED = 20;

export interface StructureCount {
  structure: string;
  documents: number;
  provisions: number;
  artefacts: number;
}

export interface ArtefactSummary {
  byStructure: StructureCount[];
  /** The documents listed by name: all of them when they fit, else those with the most artefacts. */
  listed: PolicyDocument[];
  total: number;
}

export function artefactSummary(documents: readonly PolicyDocument[], limit: number = ARTEFACT_DOCUMENTS_LISTED): ArtefactSummary {
  const counts = new Map<string, StructureCount>();
  for (const d of documents) {
    const c = counts.get(d.structure) ?? { structure: d.structure, documents: 0, provisions: 0, artefacts: 0 };
    c.documents += 1;
    c.provisions += d.provisionCount;
    c.artefacts += d.artefacts.length;
    counts.set(d.structure, c);
  }
  const listed =
    documents.length <= limit
      ? [...documents]
      : [...documents].sort((a, b) => b.artefacts.length - a.artefacts.length || (a.id < b.id ? -1 : 1)).slice(0, limit);
  return { byStructure: [...counts.values()].sort((a, b) => b.documents - a.documents || a.structure.localeCompare(b.structure)), listed, total: documents.length };
}
