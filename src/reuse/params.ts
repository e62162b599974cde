// Every tunable number of the shared-text method in one place, so METHOD.md, the build and the
// browser's draft checker cannot drift apart. Lengths count normalised characters (letters and digits).
export const REUSE_PARAMS = {
  /** Shingle length for scoring: character 3-grams (Chinese words are mostly 2–4 characters). */
  shingleSize: 3,
  /** Length of the anchor k-grams used only to find candidate pairs. */
  anchorSize: 6,
  /** Shortest shared passage that is highlighted. */
  minSpan: 8,
  /** A pair needs at least one shared passage this long; winnowing guarantees such passages are found. */
  minMatch: 12,
  /** Pairs below this weighted containment score are dropped. */
  minScore: 0.25,
  /** Counterparts kept per provision (best first); bounds output on heavily copied corpora. */
  maxCounterparts: 6,
  /** Each provision meets at most this many following holders of each anchor (sliding window). */
  neighbourWindow: 8,
  /** At most this many candidates per provision are scored: those sharing the most anchors. */
  candidateBudget: 16,
  /** Pairs scoring at least this join a cluster of shared clauses. */
  clusterMinScore: 0.4,
  /** Work budget of one alignment (inner comparisons), against pathological repetition. */
  alignBudget: 2_000_000,
} as const;

export type ReuseParams = { -readonly [K in keyof typeof REUSE_PARAMS]: number };

/** Winnowing window: every common substring of `minMatch` characters contains one selected anchor. */
export const winnowWindow = (p: Pick<ReuseParams, 'minMatch' | 'anchorSize'>): number => Math.max(1, p.minMatch - p.anchorSize + 1);
