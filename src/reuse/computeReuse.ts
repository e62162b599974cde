// The entry point the site calls: provisions in, shared-text records out (pairs with aligned spans,
// counterparts per provision, clusters). Pure: the same input always gives the same output.
import { clusterPairs, type ReuseCluster } from './clusters.ts';
import { findSharedText, type SharedTextGraph } from './findSharedText.ts';
import { normalizeWithOffsets, type NormalizedText } from './normalizeText.ts';
import type { ReuseParams } from './params.ts';
import { prepareCorpus, type ReuseItem } from './prepareCorpus.ts';
import { toTextSpan, type TextSpan } from './textSpans.ts';

export interface ReusePair {
  a: string;
  b: string;
  /** Weighted containment of the shorter text, 0–1. */
  score: number;
  /** Share of each side's letters and digits inside the shared spans, 0–1. */
  coverageA: number;
  coverageB: number;
  /** Aligned shared spans: spansA[i] in a's text is the same wording as spansB[i] in b's. */
  spansA: TextSpan[];
  spansB: TextSpan[];
}

/** One counterpart as seen from a provision ("this" side first). */
export interface Counterpart {
  id: string;
  docId: string;
  score: number;
  coverage: number;
  otherCoverage: number;
  /** Shared spans in this provision's text, aligned with otherSpans in the counterpart's. */
  spans: TextSpan[];
  otherSpans: TextSpan[];
}

export interface ReuseResult {
  params: ReuseParams;
  pairs: ReusePair[];
  /** Every provision with at least one counterpart → its counterparts, best first. */
  byProvision: Map<string, Counterpart[]>;
  clusters: ReuseCluster[];
  stats: { provisions: number; documents: number; candidates: number; pairs: number };
}

/** Provisions in any order; `documentOrder` (document ids) fixes how clusters list their members. */
export function computeReuse(
  provisions: readonly ReuseItem[],
  documents: readonly { id: string }[] = [],
  params: Partial<ReuseParams> = {},
): ReuseResult {
  const ranked = new Map(documents.map((d, i) => [d.id, i]));
  const items = [...provisions].sort((x, y) =>
    (ranked.get(x.docId) ?? Infinity) - (ranked.get(y.docId) ?? Infinity),
  );
  const corpus = prepareCorpus(items, params);
  return materialize(findSharedText(corpus), items);
}

/** Turns the typed graph into records with spans as offsets into each provision's text. */
export function materialize(graph: SharedTextGraph, items: readonly ReuseItem[]): ReuseResult {
  const c = graph.corpus;
  const { pairCount, pairA, pairB, pairScore, spanStart, spanData } = graph;
  const spansA: TextSpan[][] = Array.from({ length: pairCount }, () => []);
  const spansB: TextSpan[][] = Array.from({ length: pairCount }, () => []);
  const covA = new Float64Array(pairCount);
  const covB = new Float64Array(pairCount);
  // Normalise each involved item once, converting all of its pairs' spans while its offsets are at hand.
  const touchStart = new Int32Array(c.size + 1);
  for (let e = 0; e < pairCount; e += 1) {
    touchStart[pairA[e]! + 1] = touchStart[pairA[e]! + 1]! + 1;
    touchStart[pairB[e]! + 1] = touchStart[pairB[e]! + 1]! + 1;
  }
  for (let i = 0; i < c.size; i += 1) touchStart[i + 1] = touchStart[i + 1]! + touchStart[i]!;
  const fill = touchStart.slice(0, c.size);
  const touching = new Int32Array(pairCount * 2);
  for (let e = 0; e < pairCount; e += 1) {
    touching[fill[pairA[e]!]!++] = e;
    touching[fill[pairB[e]!]!++] = e;
  }
  for (let i = 0; i < c.size; i += 1) {
    if (touchStart[i] === touchStart[i + 1]) continue;
    const norm: NormalizedText = normalizeWithOffsets(items[i]!.text);
    for (let t = touchStart[i]!; t < touchStart[i + 1]!; t += 1) {
      const e = touching[t]!;
      const asA = pairA[e] === i;
      const out = asA ? spansA[e]! : spansB[e]!;
      let covered = 0;
      for (let s = spanStart[e]!; s < spanStart[e + 1]!; s += 1) {
        const start = spanData[3 * s + (asA ? 0 : 1)]!;
        const length = spanData[3 * s + 2]!;
        out.push(toTextSpan(norm, start, length));
        covered += length;
      }
      const share = norm.chars.length > 0 ? covered / norm.chars.length : 0;
      if (asA) covA[e] = share;
      else covB[e] = share;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const pairs: ReusePair[] = [];
  for (let e = 0; e < pairCount; e += 1) {
    pairs.push({
      a: c.ids[pairA[e]!]!,
      b: c.ids[pairB[e]!]!,
      score: round(pairScore[e]!),
      coverageA: round(covA[e]!),
      coverageB: round(covB[e]!),
      spansA: spansA[e]!,
      spansB: spansB[e]!,
    });
  }
  const byProvision = new Map<string, Counterpart[]>();
  for (let i = 0; i < c.size; i += 1) {
    const from = graph.neighbourStart[i]!;
    const to = graph.neighbourStart[i + 1]!;
    if (from === to) continue;
    const list: Counterpart[] = [];
    for (let k = from; k < to; k += 1) {
      const pair = pairs[graph.neighbourPairs[k]!]!;
      const asA = pair.a === c.ids[i];
      const other = asA ? pair.b : pair.a;
      list.push({
        id: other,
        docId: items[asA ? pairB[graph.neighbourPairs[k]!]! : pairA[graph.neighbourPairs[k]!]!]!.docId,
        score: pair.score,
        coverage: asA ? pair.coverageA : pair.coverageB,
        otherCoverage: asA ? pair.coverageB : pair.coverageA,
        spans: asA ? pair.spansA : pair.spansB,
        otherSpans: asA ? pair.spansB : pair.spansA,
      });
    }
    byProvision.set(c.ids[i]!, list);
  }
  const order = new Map(c.ids.map((id, i) => [id, i]));
  const docOf = new Map(items.map((it) => [it.id, it.docId]));
  const clusters = clusterPairs(pairs, c.params.clusterMinScore, order, (id) => docOf.get(id) ?? '');
  return {
    params: c.params,
    pairs,
    byProvision,
    clusters,
    stats: { provisions: c.size, documents: c.docIds.length, candidates: graph.candidates, pairs: pairCount },
  };
}
