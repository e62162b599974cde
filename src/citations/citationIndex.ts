// Who cites, forwards and abolishes what: every 文号 of the corpus (each document's own number, its
// forwarding-chain layers, the numbers it cites and the ones it abolishes) as nodes, and the
// relations between them as edges. Documents without a 文号 that cite one are nodes too.
import type { Level, PolicyDocument, Provision } from '../schemas/corpus.ts';
import { docNumberSlug, normalizeDocNumber } from './docNumber.ts';
import { docNumberIssuer, titleIssuerLevel } from './docNumberIssuer.ts';
import { issuerJurisdiction, type Place } from './issuerJurisdiction.ts';

export type Relation = 'forwards' | 'cites' | 'abolishes';

export interface CitationNode {
  /** `n:<文号>` for a numbered document, `d:<document id>` for a corpus document without one. */
  key: string;
  docNumber: string | null;
  /** Anchor on /citations/ (numbered nodes) — also the node's id in the graph. */
  slug: string;
  /** Titles printed with the number, distinct, in first-seen order. */
  titles: string[];
  level: Level | null;
  place: string | null;
  /** corpus: the document (or its chain layer) is in the corpus; issuer: read from the 文号's issuer code; title: from the cited title. */
  levelSource: 'corpus' | 'issuer' | 'title' | null;
  /** The corpus document that is this document or contains it as a forwarding layer. */
  docId: string | null;
  /** Set when a corpus document abolishes it. */
  abolishedBy: { docId: string; byKey: string; line: number; label: string }[];
}

/** One place a 文号 is printed in another document. */
export interface Mention {
  key: string;
  docId: string;
  /** The node (document or chain layer) whose text prints it. */
  byKey: string;
  line: number;
  title: string | null;
  relation: Relation | 'self';
  /** The provision the line belongs to, when it is inside one (else the mention is in front/back matter). */
  provisionId: string | null;
  anchor: string | null;
  /** Site path of that provision (without the base), or null. */
  url: string | null;
}

export interface CitationEdge {
  /** Arrow from → to: the earlier or higher document to the one that builds on it; for abolishes, abolisher → abolished. */
  from: string;
  to: string;
  relation: Relation;
  docId: string;
  line: number;
}

export interface CitationIndex {
  nodes: CitationNode[];
  edges: CitationEdge[];
  mentions: Mention[];
}

const nodeKey = (docNumber: string) => `n:${docNumber}`;
const docKey = (docId: string) => `d:${docId}`;

export function citationIndex(documents: readonly PolicyDocument[], provisions: readonly Provision[], gazetteer: readonly Place[]): CitationIndex {
  const nodes = new Map<string, CitationNode>();
  const edges: CitationEdge[] = [];
  const mentions: Mention[] = [];

  const node = (key: string, docNumber: string | null, fallbackSlug: string): CitationNode => {
    let n = nodes.get(key);
    if (!n) {
      n = { key, docNumber, slug: docNumber ? docNumberSlug(docNumber) : fallbackSlug, titles: [], level: null, place: null, levelSource: null, docId: null, abolishedBy: [] };
      nodes.set(key, n);
    }
    return n;
  };
  const setCorpus = (n: CitationNode, place: Place, docId: string) => {
    n.level = place.level;
    n.place = place.name;
    n.levelSource = 'corpus';
    n.docId = docId;
  };
  const addTitle = (n: CitationNode, title: string | null) => {
    const t = title?.replace(/\s+/gu, '') ?? '';
    if (t !== '' && !n.titles.includes(t)) n.titles.push(t);
  };
  // A set of seen edges, not a scan of all edges per new one (quadratic in the corpus).
  const seenEdges = new Set<string>();
  const edge = (e: CitationEdge) => {
    const key = `${e.from}\u0000${e.to}\u0000${e.relation}`;
    if (seenEdges.has(key)) return;
    seenEdges.add(key);
    edges.push(e);
  };
  const byDoc = Map.groupBy(provisions, (p) => p.docId);

  for (const doc of documents) {
    const own = byDoc.get(doc.id) ?? [];
    const provisionAt = (line: number) => own.find((p) => p.lines[0] <= line && line <= p.lines[1]) ?? null;
    // The document's own nodes, outermost first, with the first line each one's text starts at.
    const layers: { key: string; line: number }[] = [];
    doc.forwardingChain.forEach((layer, i) => {
      const number = layer.docNumber ? normalizeDocNumber(layer.docNumber) : null;
      const key = number ? nodeKey(number) : `${docKey(doc.id)}:${i + 1}`;
      const n = node(key, number, `${doc.id}-layer-${i + 1}`);
      setCorpus(n, issuerJurisdiction(layer.issuers, gazetteer) ?? doc.jurisdiction, doc.id);
      addTitle(n, layer.title);
      layers.push({ key, line: layer.line });
    });
    const ownNumber = doc.docNumber ? normalizeDocNumber(doc.docNumber) : null;
    if (layers.length === 0 || (ownNumber && !layers.some((l) => l.key === nodeKey(ownNumber)))) {
      const key = ownNumber ? nodeKey(ownNumber) : docKey(doc.id);
      const n = node(key, ownNumber, `doc-${doc.id}`);
      setCorpus(n, doc.jurisdiction, doc.id);
      addTitle(n, doc.title);
      if (layers.length === 0) layers.push({ key, line: 1 });
    }
    for (let i = 0; i + 1 < layers.length; i++) {
      edge({ from: layers[i + 1]!.key, to: layers[i]!.key, relation: 'forwards', docId: doc.id, line: layers[i]!.line });
    }
    const layerAt = (line: number) => [...layers].reverse().find((l) => l.line <= line) ?? layers[0]!;

    const abolished = new Set<string>();
    for (const a of doc.abolishedDocuments) {
      const number = a.docNumber ? normalizeDocNumber(a.docNumber) : null;
      if (!number) continue;
      abolished.add(number);
      const n = node(nodeKey(number), number, '');
      addTitle(n, a.title);
      const by = layerAt(a.line).key;
      if (!n.abolishedBy.some((x) => x.docId === doc.id)) n.abolishedBy.push({ docId: doc.id, byKey: by, line: a.line, label: a.label });
      edge({ from: by, to: n.key, relation: 'abolishes', docId: doc.id, line: a.line });
    }

    for (const c of doc.citedDocuments) {
      const number = normalizeDocNumber(c.docNumber);
      if (!number) continue;
      const key = nodeKey(number);
      const by = layerAt(c.line);
      const layerIndex = layers.indexOf(by);
      const n = node(key, number, '');
      addTitle(n, c.title);
      let relation: Mention['relation'];
      if (key === by.key) relation = 'self';
      else if (layers[layerIndex + 1]?.key === key) relation = 'forwards';
      else if (abolished.has(number)) relation = 'abolishes';
      else {
        relation = 'cites';
        edge({ from: key, to: by.key, relation: 'cites', docId: doc.id, line: c.line });
      }
      const p = provisionAt(c.line);
      mentions.push({ key, docId: doc.id, byKey: by.key, line: c.line, title: c.title, relation, provisionId: p?.id ?? null, anchor: p?.anchor ?? null, url: p?.url ?? null });
    }
  }

  for (const n of nodes.values()) {
    if (n.levelSource !== null || !n.docNumber) continue;
    const issuer = docNumberIssuer(n.docNumber);
    if (issuer) {
      n.level = issuer.level;
      n.place = issuer.name;
      n.levelSource = 'issuer';
      continue;
    }
    const level = n.titles.map(titleIssuerLevel).find((l) => l !== null) ?? null;
    if (level) {
      n.level = level;
      n.levelSource = 'title';
    }
  }
  return { nodes: [...nodes.values()], edges, mentions };
}
