// The draft checker's score: a pasted draft against a few candidate provisions, with the build's
// normalisation, shingles, weights (shingleWeight of each shingle's document frequency), weighted
// containment and alignment. Pure: the caller says which provisions and how frequent each shingle is.
import { alignSpans } from './alignSpans.ts';
import { normalizeWithOffsets, type NormalizedText } from './normalizeText.ts';
import { containmentScore } from './overlap.ts';
import type { ReuseParams } from './params.ts';
import { packShingle, ShingleTable } from './shingleTable.ts';
import { toTextSpan, type TextSpan } from './textSpans.ts';
import { shingleWeight } from './weights.ts';

export interface ScoredCandidate {
  /** The caller's number for the provision (ties go to the lower one). */
  number: number;
  score: number;
  /** Share of the draft's, and of the provision's, letters and digits inside shared spans. */
  draftCoverage: number;
  coverage: number;
  /** Shared spans in the draft, aligned with spans in the provision's text. */
  draftSpans: TextSpan[];
  spans: TextSpan[];
}

export interface DraftScoreOptions {
  limit?: number;
  /** Lowest score listed; the draft checker shows weaker matches than the corpus pairs do. */
  minScore?: number;
}

/** Longest draft considered (characters): enough for a long clause, bounded so a paste cannot stall the page. */
export const MAX_DRAFT_LENGTH = 5000;

/** The draft as the checker reads it: cut at MAX_DRAFT_LENGTH, normalised. */
export const normalizeDraft = (draft: string): NormalizedText => normalizeWithOffsets(draft.slice(0, MAX_DRAFT_LENGTH));

/** Distinct shingles of a normalised text, as strings. */
export function shingleSet(chars: string, size: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + size <= chars.length; i += 1) set.add(chars.slice(i, i + size));
  return set;
}

/**
 * `documentFrequency(s)`: documents holding shingle s, or undefined for one the corpus holds once or
 * never (weight 1, as in the build). Weights are rounded to float32 as the build stores them.
 */
export function scoreDraft(
  norm: NormalizedText,
  candidates: readonly { number: number; text: string }[],
  documentFrequency: (shingle: string) => number | undefined,
  documentCount: number,
  params: ReuseParams,
  options: DraftScoreOptions = {},
): ScoredCandidate[] {
  const limit = options.limit ?? 10;
  const minScore = options.minScore ?? 0.2;
  const k = params.shingleSize;
  const weight = (s: string) => Math.fround(shingleWeight(documentFrequency(s) ?? 1, documentCount));
  const draftSet = shingleSet(norm.chars, k);
  let draftTotal = 0;
  for (const s of draftSet) draftTotal += weight(s);

  const ranked: { c: { number: number; text: string }; other: NormalizedText; score: number; balance: number }[] = [];
  for (const c of candidates) {
    const other = normalizeWithOffsets(c.text);
    let total = 0;
    let shared = 0;
    for (const s of shingleSet(other.chars, k)) {
      const w = weight(s);
      total += w;
      if (draftSet.has(s)) shared += w;
    }
    if (shared === 0) continue;
    const score = containmentScore(shared, draftTotal, total);
    if (score < minScore) continue;
    // Ties (a draft inside several longer clauses) go to the closest in length, then the lower number.
    ranked.push({ c, other, score, balance: shared / Math.max(draftTotal, total) });
  }
  ranked.sort((x, y) => y.score - x.score || y.balance - x.balance || x.c.number - y.c.number);

  // Alignment works on shingle ids: one table for the draft and the listed provisions.
  const table = new ShingleTable(1024);
  const ids = (chars: string) => {
    const out = new Int32Array(Math.max(0, chars.length - k + 1));
    for (let i = 0; i < out.length; i += 1) out[i] = table.intern(packShingle(chars, i, k));
    return out;
  };
  const draftIds = ids(norm.chars);
  return ranked.slice(0, limit).map(({ c, other, score }) => {
    const spans = alignSpans(draftIds, ids(other.chars), k, params.minSpan, params.alignBudget);
    const covered = spans.reduce((n, sp) => n + sp.length, 0);
    return {
      number: c.number,
      score: Math.round(score * 1000) / 1000,
      draftCoverage: norm.chars.length > 0 ? covered / norm.chars.length : 0,
      coverage: other.chars.length > 0 ? covered / other.chars.length : 0,
      draftSpans: spans.map((sp) => toTextSpan(norm, sp.a, sp.length)),
      spans: spans.map((sp) => toTextSpan(other, sp.b, sp.length)),
    };
  });
}
