// Merges the document lists Pagefind returns for the variants of one query (the typed words and
// each synonym substitution) into one list of distinct documents.
export interface Ranked {
  id: string;
  score: number;
}

/**
 * By relevance: each document once, at its best score, best first (ties keep first-seen order).
 * By date: Pagefind already returned each list in date order, and without the documents' dates
 * (which would cost a request each) the lists are interleaved, so each keeps its order.
 */
export function mergeRanked<T extends Ranked>(lists: readonly (readonly T[])[], byScore: boolean): T[] {
  const best = new Map<string, T>();
  if (byScore) {
    for (const list of lists) {
      for (const r of list) {
        const seen = best.get(r.id);
        if (!seen || r.score > seen.score) best.set(r.id, r);
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const r = list[i];
      if (r && !best.has(r.id)) best.set(r.id, r);
    }
  }
  return [...best.values()];
}
