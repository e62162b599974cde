// The similarity score: weighted containment of the shorter text. Σ weight of the shingles two
// provisions share, divided by the smaller of their two totals. Containment (not Jaccard) so a short
// clause copied whole into a long one scores high; weights so shared boilerplate counts less.

/** Σ weights[id] over ids present in both sorted, distinct id ranges. */
export function sharedWeight(
  ids: Int32Array, aFrom: number, aTo: number,
  otherIds: Int32Array, bFrom: number, bTo: number,
  weights: Float32Array,
): number {
  let i = aFrom;
  let j = bFrom;
  let sum = 0;
  while (i < aTo && j < bTo) {
    const x = ids[i]!;
    const y = otherIds[j]!;
    if (x === y) {
      sum += weights[x]!;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

export function containmentScore(shared: number, totalA: number, totalB: number): number {
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? Math.min(1, shared / smaller) : 0;
}
