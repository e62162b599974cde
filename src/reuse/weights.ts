// Boilerplate down-weighting: a shingle found in many documents ("医养结合机构", "按规定享受")
// says little about copying. Smoothed inverse document frequency, scaled into (0, 1]:
// 1 for a shingle in one document, falling towards log 2 / log(D + 1) for one in every document.
// It never reaches 0, so even a five-document corpus keeps text that all five share.

export function shingleWeight(documentFrequency: number, documentCount: number): number {
  const df = Math.max(1, documentFrequency);
  const d = Math.max(1, documentCount);
  if (d === 1) return 1;
  return Math.log(1 + d / df) / Math.log(1 + d);
}
