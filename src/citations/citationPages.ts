// Bounding /citations/: every 文号 of a large corpus is thousands of entries and the graph
// thousands of nodes. The graph draws the GRAPH_NODES most connected documents (every one when
// there are fewer); the list is split into pages of ENTRIES_PER_PAGE, and every link to an entry
// (from another page of the list or from a document page) names the page that holds it
// (citationListing's pageOf / pageOfSlug). Inside an entry, the lists of related documents are cut
// to RELATED_SHOWN with the total.
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

/** Graph rows by level, to order the list as the graph reads (national first). */
type RowOf = (n: CitationNode) => number;

/**
 * The list in order (numbered entries by level row, year and number; then the unnumbered) in pages
 * of at most `perPage`, with the page of every entry by key and by slug, so that any page can link
 * to an entry where it is (document pages included).
 */
export function citationListing(index: CitationIndex, rowOf: RowOf, yearOf: (docNumber: string) => number, perPage = ENTRIES_PER_PAGE) {
  const numbered = index.nodes
    .filter((n) => n.docNumber !== null)
    .sort((a, b) => rowOf(a) - rowOf(b) || yearOf(a.docNumber!) - yearOf(b.docNumber!) || a.docNumber!.localeCompare(b.docNumber!, 'zh'));
  const unnumbered = index.nodes.filter((n) => n.docNumber === null);
  const pages = chunk([...numbered, ...unnumbered], perPage);
  const pageOf = new Map(pages.flatMap((list, i) => list.map((n) => [n.key, i + 1] as const)));
  const pageOfSlug = new Map(pages.flatMap((list, i) => list.map((n) => [n.slug, i + 1] as const)));
  return { pages, pageOf, pageOfSlug, numberedCount: numbered.length };
}
export type CitationListing = ReturnType<typeof citationListing>;

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
