// Shared-text results in the shape of the downloadable data (/data/corpus.json): plain JSON values,
// provision ids and [start, end) UTF-16 offsets into each provision's `text`.
import type { Counterpart, ReuseResult } from './computeReuse.ts';
import type { TextSpan } from './textSpans.ts';

export interface SimilarProvisionJson {
  id: string;
  score: number;
  /** Shared spans in this provision's text, aligned one to one with `otherSpans` in the other's. */
  spans: TextSpan[];
  otherSpans: TextSpan[];
}

export interface ReuseJson {
  method: string;
  params: ReuseResult['params'];
  /**
   * Every pair once, without its spans: they are in each provision's `similar` list (both sides),
   * and repeating them here made the corpus-wide table 144 MB at 2,850 documents.
   */
  pairs: { a: string; b: string; score: number; coverageA: number; coverageB: number }[];
  clusters: { rank: number; members: string[]; documents: string[]; maxScore: number; meanScore: number }[];
}

/** The `similar` list for one provision (empty when it has no counterpart). */
export function similarProvisions(result: ReuseResult, provisionId: string): SimilarProvisionJson[] {
  return (result.byProvision.get(provisionId) ?? []).map((c: Counterpart) => ({ id: c.id, score: c.score, spans: c.spans, otherSpans: c.otherSpans }));
}

/** Corpus-level shared-text data: every pair and every cluster. */
export function reuseJson(result: ReuseResult): ReuseJson {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    method: 'Character 3-gram shingles (NFKC, letters and digits only), weighted by document frequency; candidates from winnowed anchors; weighted containment score; aligned shared spans. See the about page.',
    params: result.params,
    pairs: result.pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, coverageA: p.coverageA, coverageB: p.coverageB })),
    clusters: result.clusters.map((c) => ({ rank: c.rank, members: c.members, documents: c.documents, maxScore: round(c.maxScore), meanScore: round(c.meanScore) })),
  };
}
