// The draft checker: a pasted clause against every provision, in the browser. Same normalisation,
// shingles, weights, score and alignment as the build, on an inverted index (shingle id → provisions)
// so a query touches only provisions that share at least one shingle with it.
import { alignSpans } from './alignSpans.ts';
import { normalizeWithOffsets } from './normalizeText.ts';
import { containmentScore } from './overlap.ts';
import type { ReuseParams } from './params.ts';
import { prepareCorpus, type PreparedCorpus, type ReuseItem } from './prepareCorpus.ts';
import { packShingle } from './shingleTable.ts';
import { toTextSpan, type TextSpan } from './textSpans.ts';

export interface DraftIndex {
  corpus: PreparedCorpus;
  /** Provisions holding shingle id s: postings[postingStart[s] … postingStart[s + 1]). */
  postingStart: Int32Array;
  postings: Int32Array;
  texts: string[];
}

export interface DraftMatch {
  /** Position of the provision in the items the index was built from. */
  index: number;
  id: string;
  score: number;
  /** Share of the draft's, and of the provision's, letters and digits inside shared spans. */
  draftCoverage: number;
  coverage: number;
  /** Shared spans in the draft, aligned with spans in the provision's text. */
  draftSpans: TextSpan[];
  spans: TextSpan[];
}

export interface DraftSearchOptions {
  limit?: number;
  /** Lowest score listed; the draft checker shows weaker matches than the corpus pairs do. */
  minScore?: number;
}

/** Longest draft considered (characters): enough for a long clause, bounded so a paste cannot stall the page. */
export const MAX_DRAFT_LENGTH = 5000;

export function buildDraftIndex(items: readonly ReuseItem[], params: Partial<ReuseParams> = {}): DraftIndex {
  const corpus = prepareCorpus(items, params);
  const vocabulary = corpus.df.length;
  const postingStart = new Int32Array(vocabulary + 1);
  for (let k = 0; k < corpus.setIds.length; k += 1) postingStart[corpus.setIds[k]! + 1] = postingStart[corpus.setIds[k]! + 1]! + 1;
  for (let s = 0; s < vocabulary; s += 1) postingStart[s + 1] = postingStart[s + 1]! + postingStart[s]!;
  const fill = postingStart.slice(0, vocabulary);
  const postings = new Int32Array(corpus.setIds.length);
  for (let i = 0; i < corpus.size; i += 1) {
    for (let k = corpus.setStart[i]!; k < corpus.setStart[i + 1]!; k += 1) postings[fill[corpus.setIds[k]!]!++] = i;
  }
  return { corpus, postingStart, postings, texts: items.map((it) => it.text) };
}

export function searchDraft(index: DraftIndex, draft: string, options: DraftSearchOptions = {}): DraftMatch[] {
  const { corpus, postingStart, postings } = index;
  const { params, weights, totals, size } = corpus;
  const limit = options.limit ?? 10;
  const minScore = options.minScore ?? 0.2;
  const norm = normalizeWithOffsets(draft.slice(0, MAX_DRAFT_LENGTH));
  const k = params.shingleSize;
  const positions = Math.max(0, norm.chars.length - k + 1);
  // Shingles the corpus never saw get distinct negative ids: they count in the draft's total but match nothing.
  const ids = new Int32Array(positions);
  for (let i = 0; i < positions; i += 1) {
    const id = corpus.table.lookup(packShingle(norm.chars, i, k));
    ids[i] = id >= 0 && id < weights.length ? id : -1 - i;
  }
  const distinct = [...new Set(ids)];
  let draftTotal = 0;
  for (const id of distinct) draftTotal += id >= 0 ? weights[id]! : 1;
  const shared = new Float64Array(size);
  for (const id of distinct) {
    if (id < 0) continue;
    for (let t = postingStart[id]!; t < postingStart[id + 1]!; t += 1) shared[postings[t]!] = shared[postings[t]!]! + weights[id]!;
  }
  const ranked: { i: number; score: number; balance: number }[] = [];
  for (let i = 0; i < size; i += 1) {
    if (shared[i] === 0) continue;
    const score = containmentScore(shared[i]!, draftTotal, totals[i]!);
    if (score < minScore) continue;
    // Ties (a draft inside several longer clauses) go to the closest in length, then corpus order.
    ranked.push({ i, score, balance: shared[i]! / Math.max(draftTotal, totals[i]!) });
  }
  ranked.sort((x, y) => y.score - x.score || y.balance - x.balance || x.i - y.i);
  return ranked.slice(0, limit).map(({ i, score }) => {
    const text = index.texts[i]!;
    const other = normalizeWithOffsets(text);
    const otherIds = corpus.posIds.subarray(corpus.posStart[i]!, corpus.posStart[i + 1]!);
    const spans = alignSpans(ids, otherIds, k, params.minSpan, params.alignBudget);
    const covered = spans.reduce((n, sp) => n + sp.length, 0);
    return {
      index: i,
      id: corpus.ids[i]!,
      score: Math.round(score * 1000) / 1000,
      draftCoverage: norm.chars.length > 0 ? covered / norm.chars.length : 0,
      coverage: other.chars.length > 0 ? covered / other.chars.length : 0,
      draftSpans: spans.map((sp) => toTextSpan(norm, sp.a, sp.length)),
      spans: spans.map((sp) => toTextSpan(other, sp.b, sp.length)),
    };
  });
}
