// Citations for the downloads: what the integrator adds to corpus.json.
import type { CitationIndex } from './citationIndex.ts';
import type { DocumentLinks } from './documentLinks.ts';

/** Top-level `citations` block of corpus.json: every 文号 with its level and where it is printed, and the relations. */
export function citationsExport(index: CitationIndex) {
  return {
    documents: index.nodes.map((n) => ({
      docNumber: n.docNumber,
      slug: n.slug,
      titles: n.titles,
      level: n.level,
      place: n.place,
      levelSource: n.levelSource,
      docId: n.docId,
      abolishedBy: n.abolishedBy.map((a) => ({ docId: a.docId, line: a.line })),
      mentions: index.mentions.filter((m) => m.key === n.key).map((m) => ({ docId: m.docId, line: m.line, relation: m.relation, provisionId: m.provisionId })),
    })),
    relations: index.edges.map((e) => ({ from: e.from.replace(/^[nd]:/u, ''), to: e.to.replace(/^[nd]:/u, ''), relation: e.relation, docId: e.docId, line: e.line })),
  };
}

/** Per-document links for a document's entry in corpus.json. */
export function documentLinksExport(links: Record<string, DocumentLinks>, docId: string): DocumentLinks {
  return links[docId] ?? { outgoing: [], incoming: [] };
}
