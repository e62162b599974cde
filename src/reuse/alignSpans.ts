// Shared passages between two normalised texts, as aligned spans. Works on per-position shingle ids:
// equal ids at a[i] and b[j] mean the same `shingleSize` characters start there, so a run of r equal
// ids is a common substring of r + shingleSize − 1 characters. Every left-maximal run is extended to
// its full length, then runs are taken longest first without reusing a character on either side
// (a repeated phrase is paired once). Order is not required to match: clauses get reordered.

export interface AlignedSpan {
  /** Start in the first text's normalised characters. */
  a: number;
  /** Start in the second text's normalised characters. */
  b: number;
  /** Length in normalised characters. */
  length: number;
}

/** Reusable scratch memory, sized to the longest texts and the largest shingle id seen. */
export class AlignScratch {
  /** head[id] = first position of `id` in b, −1 when absent; reset after every call. */
  head = new Int32Array(0);
  next = new Int32Array(0);
  coverA = new Uint8Array(0);
  coverB = new Uint8Array(0);
  runA = new Int32Array(64);
  runB = new Int32Array(64);
  runLength = new Int32Array(64);

  ensure(vocabulary: number, lengthA: number, lengthB: number): void {
    if (this.head.length < vocabulary) {
      const head = new Int32Array(Math.max(vocabulary, this.head.length * 2)).fill(-1);
      this.head = head;
    }
    if (this.next.length < lengthB) this.next = new Int32Array(lengthB * 2);
    if (this.coverA.length < lengthA) this.coverA = new Uint8Array(lengthA * 2);
    if (this.coverB.length < lengthB) this.coverB = new Uint8Array(lengthB * 2);
  }

  pushRun(n: number, a: number, b: number, length: number): void {
    if (n === this.runA.length) {
      const grow = (old: Int32Array) => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.runA = grow(this.runA);
      this.runB = grow(this.runB);
      this.runLength = grow(this.runLength);
    }
    this.runA[n] = a;
    this.runB[n] = b;
    this.runLength[n] = length;
  }
}

const shared = new AlignScratch();

/**
 * Aligned spans of at least `minSpan` characters, sorted by position in the first text.
 * Negative ids (shingles unknown to the corpus) never match anything.
 * `budget` caps the comparisons, so pathological repetition cannot stall a page.
 */
export function alignSpans(
  aIds: Int32Array,
  bIds: Int32Array,
  shingleSize: number,
  minSpan: number,
  budget = 2_000_000,
  scratch: AlignScratch = shared,
): AlignedSpan[] {
  const na = aIds.length;
  const nb = bIds.length;
  if (na === 0 || nb === 0) return [];
  let vocabulary = 0;
  for (let j = 0; j < nb; j += 1) if (bIds[j]! >= vocabulary) vocabulary = bIds[j]! + 1;
  scratch.ensure(vocabulary, na + shingleSize, nb + shingleSize);
  const { head, next } = scratch;
  // Chains of b's positions per id, first position first.
  for (let j = nb - 1; j >= 0; j -= 1) {
    const id = bIds[j]!;
    if (id < 0) continue;
    next[j] = head[id]!;
    head[id] = j;
  }
  const minRun = Math.max(1, minSpan - shingleSize + 1);
  let runs = 0;
  let work = 0;
  outer: for (let i = 0; i < na; i += 1) {
    const id = aIds[i]!;
    if (id < 0) continue;
    if (id >= vocabulary) continue;
    for (let j = head[id]!; j !== -1; j = next[j]!) {
      work += 1;
      // Only left-maximal runs: a run that extends to the left was found from its true start.
      if (i > 0 && j > 0 && aIds[i - 1] === bIds[j - 1] && aIds[i - 1]! >= 0) continue;
      let r = 1;
      while (i + r < na && j + r < nb && aIds[i + r] === bIds[j + r] && aIds[i + r]! >= 0) r += 1;
      work += r;
      if (r >= minRun) scratch.pushRun(runs++, i, j, r + shingleSize - 1);
      if (work > budget) break outer;
    }
  }
  for (let j = 0; j < nb; j += 1) if (bIds[j]! >= 0) head[bIds[j]!] = -1;
  if (runs === 0) return [];

  const { runA, runB, runLength } = scratch;
  // Longest first (then by position): insertion sort, as there are seldom more than a few runs.
  const order = new Int32Array(runs);
  for (let k = 0; k < runs; k += 1) {
    let at = k;
    while (at > 0) {
      const o = order[at - 1]!;
      const before = runLength[o]! > runLength[k]! || (runLength[o] === runLength[k] && (runA[o]! < runA[k]! || (runA[o] === runA[k] && runB[o]! < runB[k]!)));
      if (before) break;
      order[at] = o;
      at -= 1;
    }
    order[at] = k;
  }
  const coverA = scratch.coverA.fill(0, 0, na + shingleSize);
  const coverB = scratch.coverB.fill(0, 0, nb + shingleSize);
  const accepted: AlignedSpan[] = [];
  for (const k of order) {
    const a = runA[k]!;
    const b = runB[k]!;
    const length = runLength[k]!;
    // The longest stretch of this run whose characters are still free on both sides.
    let bestStart = 0;
    let bestLength = 0;
    let start = 0;
    for (let t = 0; t <= length; t += 1) {
      if (t < length && coverA[a + t] === 0 && coverB[b + t] === 0) continue;
      if (t - start > bestLength) {
        bestLength = t - start;
        bestStart = start;
      }
      start = t + 1;
    }
    if (bestLength < minSpan) continue;
    const span = { a: a + bestStart, b: b + bestStart, length: bestLength };
    coverA.fill(1, span.a, span.a + span.length);
    coverB.fill(1, span.b, span.b + span.length);
    accepted.push(span);
  }
  return accepted.sort((x, y) => x.a - y.a);
}
