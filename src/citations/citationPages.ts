// Bounding /citations/: every 文号 of a large corpus is thousands of entries and the graph
// thousands of nodes. The graph draws the GRAPH_NODES most connected documents (every one when
// there are fewer); the list keeps on its first page every entry other pages link to (links to
// /citations/#<slug> must land: see linkTargets), and puts the rest (documents' own numbers, which
// their own pages show) on further pages of ENTRIES_PER_PAGE. The first page therefore grows with
// the number of distinct cited numbers and forwarding-chain layers, not with the documents.
// Inside an entry, the lists of related documents are cut to RELATED_SHOWN with the total.
import { chunk } from '../lib/pagination.ts';
import type { CitationEdge, CitationIndex, CitationNode, Mention } from './citationIndex.ts';

export const GRAPH_NODES = 40;
export const ENTRIES_PER_PAGE = 150;
export const RELATED_SHOWN = 20;

/** The graph's part of the index: at most `limit` linked nodes, the most edges first, and the edges between them. */
export function graphSubset(index: CitationIndex, limit = GRAPH_NODES): { index: CitationIndex; linked: number } {
  const degree = new Map<string, number>();
  for (const e of index.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  if (degree.size <= limit) return { index, linked: degree.size };
  const order = new Map(index.nodes.map((n, i) => [n.key, i]));
  const kept = new Set([...degree].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!).slice(0, limit).map(([key]) => key));
  const edges = index.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
  // A kept node whose edges all lead to nodes left out is not drawn either: count only what is drawn.
  const drawn = new Set(edges.flatMap((e) => [e.from, e.to]));
  return {
    index: { nodes: index.nodes.filter((n) => drawn.has(n.key)), edges, mentions: index.mentions.filter((m) => drawn.has(m.key)) },
    linked: degree.size,
  };
}

/**
 * Keys of the nodes whose entries other pages link to as /citations/#<slug>: every 文号 a document
 * prints (DocumentMeta), every abolished one, and the far end of a relation printed in a document
 * when that end is not another corpus document (DocumentLinksList: e.g. the layers of a
 * forwarding chain). Same rule as documentLinks().
 */
export function linkTargets(index: CitationIndex): Set<string> {
  const keys = new Set(index.mentions.map((m) => m.key));
  for (const n of index.nodes) if (n.abolishedBy.length > 0) keys.add(n.key);
  const byKey = new Map(index.nodes.map((n) => [n.key, n]));
  for (const e of index.edges) {
    const other = e.relation === 'abolishes' ? byKey.get(e.to)! : byKey.get(e.from)!;
    const self = e.relation === 'abolishes' ? byKey.get(e.from)! : byKey.get(e.to)!;
    if (self.docId === e.docId && (other.docId === null || other.docId === e.docId)) keys.add(other.key);
  }
  return keys;
}

/** `ordered` (in list order) in pages: every link target on page 1, filled up with the others; each page in list order. */
export function citationListPages(ordered: readonly CitationNode[], targetKeys: ReadonlySet<string>, perPage = ENTRIES_PER_PAGE): CitationNode[][] {
  const targets = ordered.filter((n) => targetKeys.has(n.key));
  const rest = ordered.filter((n) => !targetKeys.has(n.key));
  const room = Math.max(0, perPage - targets.length);
  const first = new Set([...targets, ...rest.slice(0, room)]);
  return [ordered.filter((n) => first.has(n)), ...(rest.length > room ? chunk(rest.slice(room), perPage) : [])];
}

/** Edges and mentions per node, grouped once (a filter over all edges per entry is quadratic). */
export function relationsByNode(index: CitationIndex): {
  from: Map<string, CitationEdge[]>;
  to: Map<string, CitationEdge[]>;
  mentions: Map<string, Mention[]>;
} {
  return {
    from: Map.groupBy(index.edges, (e) => e.from),
    to: Map.groupBy(index.edges, (e) => e.to),
    mentions: Map.groupBy(index.mentions.filter((m) => m.relation !== 'self'), (m) => m.key),
  };
}
