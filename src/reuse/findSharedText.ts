// The similarity step on prepared typed arrays: candidates → exact weighted containment score →
// alignment of shared spans → the best `maxCounterparts` per provision. Output stays in flat typed
// arrays (memory-lean at 150,000 provisions); computeReuse turns it into records for the site.
import { AlignScratch, alignSpans } from './alignSpans.ts';
import { forEachCandidatePair } from './candidatePairs.ts';
import { GrowableInt32 } from './growable.ts';
import { containmentScore, sharedWeight } from './overlap.ts';
import type { PreparedCorpus } from './prepareCorpus.ts';

export interface SharedTextGraph {
  corpus: PreparedCorpus;
  candidates: number;
  /** Kept pairs e = 0 … pairCount − 1: items pairA[e] < pairB[e], score pairScore[e]. */
  pairCount: number;
  pairA: Int32Array;
  pairB: Int32Array;
  pairScore: Float32Array;
  /** Spans of pair e as (aStart, bStart, length) triples in normalised characters: spanData[3·spanStart[e] … 3·spanStart[e + 1]). */
  spanStart: Int32Array;
  spanData: Int32Array;
  /** Pairs of item i, best first: neighbourPairs[neighbourStart[i] … neighbourStart[i + 1]). */
  neighbourStart: Int32Array;
  neighbourPairs: Int32Array;
  /** Wall time of each phase, for the benchmark. */
  timings: { scoreMs: number; rankMs: number; alignMs: number };
}

export function findSharedText(c: PreparedCorpus): SharedTextGraph {
  const { params, setIds, setStart, weights, totals, posIds, posStart, size } = c;
  const t0 = performance.now();
  // 1. Score every candidate pair exactly; keep those above the threshold.
  const confA = new GrowableInt32(size * 4);
  const confB = new GrowableInt32(size * 4);
  let confScore = new Float32Array(size * 4 + 16);
  const candidates = forEachCandidatePair(c, (p, q) => {
    const shared = sharedWeight(setIds, setStart[p]!, setStart[p + 1]!, setIds, setStart[q]!, setStart[q + 1]!, weights);
    const score = containmentScore(shared, totals[p]!, totals[q]!);
    if (score < params.minScore) return;
    if (confA.length === confScore.length) {
      const grown = new Float32Array(confScore.length * 2);
      grown.set(confScore);
      confScore = grown;
    }
    confScore[confA.length] = score;
    confA.push(p);
    confB.push(q);
  });
  const edges = confA.length;
  const ea = confA.toArray();
  const eb = confB.toArray();

  const t1 = performance.now();
  // 2. Each item's confirmed pairs, best first (ties: lower item index first, for determinism).
  const degStart = new Int32Array(size + 1);
  for (let e = 0; e < edges; e += 1) {
    degStart[ea[e]! + 1] = degStart[ea[e]! + 1]! + 1;
    degStart[eb[e]! + 1] = degStart[eb[e]! + 1]! + 1;
  }
  for (let i = 0; i < size; i += 1) degStart[i + 1] = degStart[i + 1]! + degStart[i]!;
  const fill = degStart.slice(0, size);
  const incident = new Int32Array(edges * 2);
  for (let e = 0; e < edges; e += 1) {
    incident[fill[ea[e]!]!++] = e;
    incident[fill[eb[e]!]!++] = e;
  }
  let order: number[] = [];
  for (let i = 0; i < size; i += 1) {
    const from = degStart[i]!;
    const to = degStart[i + 1]!;
    if (to - from < 2) continue;
    order = Array.from(incident.subarray(from, to));
    const other = (e: number) => (ea[e] === i ? eb[e]! : ea[e]!);
    order.sort((x, y) => confScore[y]! - confScore[x]! || other(x) - other(y));
    incident.set(order, from);
  }

  const t2 = performance.now();
  // 3. Walk each item's list, aligning lazily, until maxCounterparts pairs with a passage of
  //    minMatch characters are found. Spans of aligned pairs go to one flat triple array.
  const alignedAt = new Int32Array(edges).fill(-1); // first triple of edge e, or −2 when rejected
  const alignedCount = new Int32Array(edges);
  const triples = new GrowableInt32(size * 24);
  const kept = new Uint8Array(edges);
  const scratch = new AlignScratch();
  const ids = (i: number) => posIds.subarray(posStart[i]!, posStart[i + 1]!);
  const neighbourStart = new Int32Array(size + 1);
  const neighbours = new GrowableInt32(size * 4);
  for (let i = 0; i < size; i += 1) {
    neighbourStart[i] = neighbours.length;
    let found = 0;
    for (let s = degStart[i]!; s < degStart[i + 1]! && found < params.maxCounterparts; s += 1) {
      const e = incident[s]!;
      if (alignedAt[e] === -1) {
        const spans = alignSpans(ids(ea[e]!), ids(eb[e]!), params.shingleSize, params.minSpan, params.alignBudget, scratch);
        if (spans.some((sp) => sp.length >= params.minMatch)) {
          alignedAt[e] = triples.length / 3;
          alignedCount[e] = spans.length;
          for (const sp of spans) {
            triples.push(sp.a);
            triples.push(sp.b);
            triples.push(sp.length);
          }
        } else alignedAt[e] = -2;
      }
      if (alignedAt[e]! < 0) continue;
      kept[e] = 1;
      neighbours.push(e);
      found += 1;
    }
  }
  neighbourStart[size] = neighbours.length;
  const allTriples = triples.toArray();

  // 4. Renumber kept pairs densely, in a stable order (by first item, then second).
  const keptEdges: number[] = [];
  for (let e = 0; e < edges; e += 1) if (kept[e]) keptEdges.push(e);
  keptEdges.sort((x, y) => ea[x]! - ea[y]! || eb[x]! - eb[y]!);
  const renumber = new Int32Array(edges).fill(-1);
  const pairCount = keptEdges.length;
  const pairA = new Int32Array(pairCount);
  const pairB = new Int32Array(pairCount);
  const pairScore = new Float32Array(pairCount);
  const spanStart = new Int32Array(pairCount + 1);
  let spanTotal = 0;
  keptEdges.forEach((e) => (spanTotal += alignedCount[e]!));
  const spanData = new Int32Array(spanTotal * 3);
  let at = 0;
  keptEdges.forEach((e, n) => {
    renumber[e] = n;
    pairA[n] = ea[e]!;
    pairB[n] = eb[e]!;
    pairScore[n] = confScore[e]!;
    spanStart[n] = at;
    const from = alignedAt[e]! * 3;
    spanData.set(allTriples.subarray(from, from + alignedCount[e]! * 3), at * 3);
    at += alignedCount[e]!;
  });
  spanStart[pairCount] = at;
  const neighbourPairs = neighbours.toArray().map((e) => renumber[e]!);
  const t3 = performance.now();
  const timings = { scoreMs: t1 - t0, rankMs: t2 - t1, alignMs: t3 - t2 };
  return { corpus: c, candidates, pairCount, pairA, pairB, pairScore, spanStart, spanData, neighbourStart, neighbourPairs, timings };
}
