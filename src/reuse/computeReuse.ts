// The entry point the site calls: provisions in, shared-text records out (pairs with aligned spans,
// counterparts per provision, clusters). Pure: the same input always gives the same output.
import { clusterPairs, type ReuseCluster } from './clusters.ts';
import { findSharedText, type SharedTextGraph } from './findSharedText.ts';
import { normalizeWithOffsets, type NormalizedText } from './normalizeText.ts';
import type { ReuseParams } from './params.ts';
import { prepareCorpus, type PreparedCorpus, type ReuseItem } from './prepareCorpus.ts';
import { toTextSpan, type TextSpan } from './textSpans.ts';

export interface ReusePair {
  readonly a: string;
  readonly b: string;
  /** Weighted containment of the shorter text, 0–1. */
  readonly score: number;
  /** Share of each side's letters and digits inside the shared spans, 0–1. */
  readonly coverageA: number;
  readonly coverageB: number;
  /** Aligned shared spans: spansA[i] in a's text is the same wording as spansB[i] in b's (new arrays on each read). */
  readonly spansA: TextSpan[];
  readonly spansB: TextSpan[];
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

/**
 * Every pair's spans in one typed array (start and end in a's text, then in b's: 4 numbers a span)
 * instead of a small array per span: at 2,850 documents that was 5.8 million arrays, about 300 MB
 * of heap the build's garbage collector walked again and again (scripts/bench/findings.md).
 */
class PairSpans {
  /** Spans of pair e: data[4 * start[e] … 4 * start[e + 1]). */
  private readonly start: Int32Array;
  private readonly data: Int32Array;

  constructor(start: Int32Array, data: Int32Array) {
    this.start = start;
    this.data = data;
  }

  side(e: number, b: boolean): TextSpan[] {
    const out: TextSpan[] = [];
    const k = b ? 2 : 0;
    for (let s = this.start[e]!; s < this.start[e + 1]!; s += 1) out.push([this.data[4 * s + k]!, this.data[4 * s + k + 1]!]);
    return out;
  }
}

class PairRecord implements ReusePair {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly coverageA: number;
  readonly coverageB: number;
  private readonly spans: PairSpans;
  private readonly index: number;

  constructor(a: string, b: string, score: number, coverageA: number, coverageB: number, spans: PairSpans, index: number) {
    this.a = a;
    this.b = b;
    this.score = score;
    this.coverageA = coverageA;
    this.coverageB = coverageB;
    this.spans = spans;
    this.index = index;
  }

  get spansA(): TextSpan[] {
    return this.spans.side(this.index, false);
  }

  get spansB(): TextSpan[] {
    return this.spans.side(this.index, true);
  }
}

/**
 * Provision id → its counterparts, best first, built when asked (a document page asks once per
 * provision) from the graph's neighbour lists rather than kept as 1.5 million objects.
 */
export class CounterpartIndex implements Iterable<[string, Counterpart[]]> {
  /** Provisions with at least one counterpart. */
  readonly size: number;
  /** Every provision id → its index in the graph. */
  private readonly indexOf: ReadonlyMap<string, number>;
  private readonly docIds: readonly string[];
  private readonly neighbourStart: Int32Array;
  private readonly neighbourPairs: Int32Array;
  private readonly pairs: readonly ReusePair[];

  constructor(indexOf: ReadonlyMap<string, number>, docIds: readonly string[], neighbourStart: Int32Array, neighbourPairs: Int32Array, pairs: readonly ReusePair[]) {
    this.indexOf = indexOf;
    this.docIds = docIds;
    this.neighbourStart = neighbourStart;
    this.neighbourPairs = neighbourPairs;
    this.pairs = pairs;
    let n = 0;
    for (let i = 0; i + 1 < neighbourStart.length; i += 1) if (neighbourStart[i] !== neighbourStart[i + 1]) n += 1;
    this.size = n;
  }

  get(id: string): Counterpart[] | undefined {
    const i = this.indexOf.get(id);
    if (i === undefined || this.neighbourStart[i] === this.neighbourStart[i + 1]) return undefined;
    const list: Counterpart[] = [];
    for (let k = this.neighbourStart[i]!; k < this.neighbourStart[i + 1]!; k += 1) {
      const pair = this.pairs[this.neighbourPairs[k]!]!;
      const asA = pair.a === id;
      const other = asA ? pair.b : pair.a;
      list.push({
        id: other,
        docId: this.docIds[this.indexOf.get(other)!]!,
        score: pair.score,
        coverage: asA ? pair.coverageA : pair.coverageB,
        otherCoverage: asA ? pair.coverageB : pair.coverageA,
        spans: asA ? pair.spansA : pair.spansB,
        otherSpans: asA ? pair.spansB : pair.spansA,
      });
    }
    return list;
  }

  *[Symbol.iterator](): Iterator<[string, Counterpart[]]> {
    for (const [id, i] of this.indexOf) if (this.neighbourStart[i] !== this.neighbourStart[i + 1]) yield [id, this.get(id)!];
  }
}

export interface ReuseResult {
  params: ReuseParams;
  pairs: ReusePair[];
  /** Every provision with at least one counterpart → its counterparts, best first. */
  byProvision: CounterpartIndex;
  clusters: ReuseCluster[];
  stats: { provisions: number; documents: number; candidates: number; pairs: number };
}

/** The provisions in the order the computation takes them: by document, in `documents` order. */
export function reuseOrder<T extends ReuseItem>(provisions: readonly T[], documents: readonly { id: string }[]): T[] {
  const ranked = new Map(documents.map((d, i) => [d.id, i]));
  return [...provisions].sort((x, y) => (ranked.get(x.docId) ?? Infinity) - (ranked.get(y.docId) ?? Infinity));
}

/** Provisions in any order; `documentOrder` (document ids) fixes how clusters list their members. */
export function computeReuse(
  provisions: readonly ReuseItem[],
  documents: readonly { id: string }[] = [],
  params: Partial<ReuseParams> = {},
): ReuseResult {
  const items = reuseOrder(provisions, documents);
  const corpus = prepareCorpus(items, params);
  return materialize(findSharedText(corpus), items);
}

/** What materialize reads of a shared-text graph (sharedTextWorker.ts sends no more). */
export type GraphForRecords = Omit<SharedTextGraph, 'corpus' | 'timings'> & { corpus: Pick<PreparedCorpus, 'params' | 'size' | 'ids' | 'docIds'> };

/** Turns the typed graph into records with spans as offsets into each provision's text. */
export function materialize(graph: GraphForRecords, items: readonly ReuseItem[]): ReuseResult {
  const c = graph.corpus;
  const { pairCount, pairA, pairB, pairScore, spanStart, spanData } = graph;
  // Spans in text offsets, 4 numbers a span: a's start and end, then b's.
  const textSpans = new Int32Array((spanData.length / 3) * 4);
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
      let covered = 0;
      for (let s = spanStart[e]!; s < spanStart[e + 1]!; s += 1) {
        const start = spanData[3 * s + (asA ? 0 : 1)]!;
        const length = spanData[3 * s + 2]!;
        const [from, to] = toTextSpan(norm, start, length);
        textSpans[4 * s + (asA ? 0 : 2)] = from;
        textSpans[4 * s + (asA ? 1 : 3)] = to;
        covered += length;
      }
      const share = norm.chars.length > 0 ? covered / norm.chars.length : 0;
      if (asA) covA[e] = share;
      else covB[e] = share;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const spans = new PairSpans(spanStart, textSpans);
  const pairs: ReusePair[] = [];
  for (let e = 0; e < pairCount; e += 1) {
    pairs.push(new PairRecord(c.ids[pairA[e]!]!, c.ids[pairB[e]!]!, round(pairScore[e]!), round(covA[e]!), round(covB[e]!), spans, e));
  }
  const order = new Map(c.ids.map((id, i) => [id, i]));
  const byProvision = new CounterpartIndex(order, items.map((it) => it.docId), graph.neighbourStart, graph.neighbourPairs, pairs);
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
