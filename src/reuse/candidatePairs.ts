// Candidate pairs without comparing every pair: an inverted index from winnowed anchor to the
// provisions holding it, built by sorting (anchor, provision) keys. Two provisions of different
// documents that share an anchor become candidates. Heavily shared anchors (boilerplate, or a clause
// copied by hundreds of documents) are walked as a sliding window: each provision meets only the next
// `neighbourWindow` holders of each anchor. If a provision still has more than `candidateBudget`
// candidates, those sharing the most anchors with it are kept. Both bounds only bite when text is
// shared by more documents than a provision can list counterparts for; below that the search is exact.
import type { PreparedCorpus } from './prepareCorpus.ts';

/** Calls `emit(p, q)` once for every candidate pair, p < q, from different documents; returns the count. */
export function forEachCandidatePair(c: PreparedCorpus, emit: (p: number, q: number) => void): number {
  const { size, anchors, anchorStart, docOf } = c;
  const window = Math.max(1, c.params.neighbourWindow);
  const budget = Math.max(1, c.params.candidateBudget);
  let mult = 1;
  while (mult < size) mult *= 2;
  if (mult > 2 ** 21) throw new Error(`too many provisions for the candidate index: ${size} (at most ${2 ** 21})`);
  const m = anchors.length;
  const keys = new Float64Array(m);
  for (let i = 0; i < size; i += 1) {
    for (let k = anchorStart[i]!; k < anchorStart[i + 1]!; k += 1) keys[k] = anchors[k]! * mult + i;
  }
  keys.sort();
  const holder = new Int32Array(m);
  const runEnd = new Int32Array(m);
  const holderDoc = new Int32Array(m);
  for (let k = 0; k < m; k += 1) {
    holder[k] = keys[k]! % mult;
    holderDoc[k] = docOf[holder[k]!]!;
  }
  for (let k = m - 1; k >= 0; k -= 1) {
    const sameAsNext = k + 1 < m && Math.floor(keys[k]! / mult) === Math.floor(keys[k + 1]! / mult);
    runEnd[k] = sameAsNext ? runEnd[k + 1]! : k + 1;
  }
  // Where each provision's anchors sit in the sorted order (CSR by provision).
  const slotStart = new Int32Array(size + 1);
  for (let k = 0; k < m; k += 1) slotStart[holder[k]! + 1] = slotStart[holder[k]! + 1]! + 1;
  for (let i = 0; i < size; i += 1) slotStart[i + 1] = slotStart[i + 1]! + slotStart[i]!;
  const fill = slotStart.slice(0, size);
  const slots = new Int32Array(m);
  for (let k = 0; k < m; k += 1) slots[fill[holder[k]!]!++] = k;

  // tally[2q] = the last p that met q, tally[2q + 1] = anchors they share (side by side: one cache line).
  const tally = new Int32Array(size * 2).fill(-1);
  const found = new Int32Array(size);
  let histogram = new Int32Array(64);
  let emitted = 0;
  for (let p = 0; p < size; p += 1) {
    let n = 0;
    let most = 0;
    const doc = docOf[p]!;
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s += 1) {
      const k = slots[s]!;
      const last = Math.min(runEnd[k]!, k + 1 + window);
      for (let t = k + 1; t < last; t += 1) {
        if (holderDoc[t] === doc) continue;
        const q = holder[t]!;
        if (tally[2 * q] !== p) {
          tally[2 * q] = p;
          tally[2 * q + 1] = 0;
          found[n++] = q;
        }
        const count = (tally[2 * q + 1] = tally[2 * q + 1]! + 1);
        if (count > most) most = count;
      }
    }
    // Over budget: keep the candidates sharing the most anchors (a counting selection, no sort);
    // ties at the cut-off are taken in discovery order, which depends only on the data.
    let threshold = 0;
    let atThreshold = Infinity;
    if (n > budget) {
      if (histogram.length <= most) histogram = new Int32Array(most * 2);
      histogram.fill(0, 0, most + 1);
      for (let f = 0; f < n; f += 1) {
        const c = tally[2 * found[f]! + 1]!;
        histogram[c] = histogram[c]! + 1;
      }
      let above = 0;
      threshold = most;
      while (threshold > 1 && above + histogram[threshold]! < budget) above += histogram[threshold--]!;
      atThreshold = budget - above;
    }
    for (let f = 0; f < n; f += 1) {
      const q = found[f]!;
      const count = tally[2 * q + 1]!;
      if (count < threshold) continue;
      if (count === threshold) {
        if (atThreshold === 0) continue;
        atThreshold -= 1;
      }
      emit(p, q);
      emitted += 1;
    }
  }
  return emitted;
}
