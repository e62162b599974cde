// For each corpus document: the 文号 it cites, forwards and abolishes, and the corpus documents that
// cite it. A link points at the other corpus document when there is one, else at /citations/#<slug>.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { citationIndex, type CitationIndex, type Relation } from './citationIndex.ts';

export interface DocumentLink {
  relation: Relation;
  docNumber: string | null;
  /** Anchor on /citations/. */
  slug: string;
  title: string | null;
  /** The corpus document on the other side, when the other side is in the corpus (and is another document). */
  otherDocId: string | null;
  /** Where the link is printed: the line, and the provision when the line is inside one. */
  line: number;
  anchor: string | null;
  /** Site path of that provision (without the base), or null when the line is outside any provision. */
  url: string | null;
}

export interface DocumentLinks {
  /** What this document cites / forwards / abolishes. */
  outgoing: DocumentLink[];
  /** Other corpus documents that cite, forward or abolish this one (their line and provision). */
  incoming: (DocumentLink & { fromDocId: string })[];
}

/**
 * Links per document id; every corpus document has an entry (possibly empty). Pass the full
 * citationIndex(documents, provisions, gazetteer) to get provision anchors (url) and levels; without
 * it, links point at documents only.
 */
export function documentLinks(documents: readonly PolicyDocument[], index: CitationIndex = citationIndex(documents, [], [])): Record<string, DocumentLinks> {
  const out: Record<string, DocumentLinks> = Object.fromEntries(documents.map((d) => [d.id, { outgoing: [], incoming: [] }]));
  const byKey = new Map(index.nodes.map((n) => [n.key, n]));
  const mentionAt = (docId: string, key: string, line: number) =>
    index.mentions.find((m) => m.docId === docId && m.key === key && m.line === line) ?? index.mentions.find((m) => m.docId === docId && m.key === key);
  for (const e of index.edges) {
    const from = byKey.get(e.from)!;
    const to = byKey.get(e.to)!;
    // The document the edge is printed in refers to the node on the other side.
    const printedIn = e.docId;
    const other = e.relation === 'cites' ? from : e.relation === 'abolishes' ? to : from;
    const self = e.relation === 'cites' ? to : e.relation === 'abolishes' ? from : to;
    if (self.docId !== printedIn) continue;
    const m = mentionAt(printedIn, other.key, e.line);
    const link: DocumentLink = {
      relation: e.relation,
      docNumber: other.docNumber,
      slug: other.slug,
      title: m?.title ?? other.titles[0] ?? null,
      otherDocId: other.docId !== null && other.docId !== printedIn ? other.docId : null,
      line: m?.line ?? e.line,
      anchor: m?.anchor ?? null,
      url: m?.url ?? null,
    };
    out[printedIn]?.outgoing.push(link);
    if (link.otherDocId) out[link.otherDocId]?.incoming.push({ ...link, docNumber: self.docNumber, slug: self.slug, title: self.titles[0] ?? null, fromDocId: printedIn, otherDocId: printedIn });
  }
  return out;
}

/** The provision a line of a document belongs to, or null for front and back matter. */
export function provisionAtLine(provisions: readonly Provision[], docId: string, line: number): Provision | null {
  return provisions.find((p) => p.docId === docId && p.lines[0] <= line && line <= p.lines[1]) ?? null;
}
