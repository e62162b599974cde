// Anchors for candidate search: hashes of `anchorSize`-character grams, thinned by winnowing
// (Schleimer, Wilkerson & Aiken 2003): in every window of `window` consecutive grams the smallest
// hash is kept. Any common substring of at least anchorSize + window − 1 characters therefore
// shares at least one kept anchor, while only about 2 / (window + 1) of the grams are stored.

const BASE = 0x01000193;
let hashes = new Uint32Array(1024);
let picked = new Uint32Array(1024);

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Sorted, distinct winnowed anchor hashes of a normalised string. */
export function winnowAnchors(chars: string, anchorSize: number, window: number): Uint32Array {
  const grams = chars.length - anchorSize + 1;
  if (grams <= 0) return new Uint32Array(0);
  if (hashes.length < grams) {
    hashes = new Uint32Array(grams * 2);
    picked = new Uint32Array(grams * 2);
  }
  // Polynomial rolling hash mod 2^32 (exact with Math.imul), then a mixing finaliser.
  let top = 1;
  for (let u = 1; u < anchorSize; u += 1) top = Math.imul(top, BASE);
  let h = 0;
  for (let u = 0; u < anchorSize; u += 1) h = (Math.imul(h, BASE) + chars.charCodeAt(u)) | 0;
  hashes[0] = finalize(h);
  for (let i = 1; i < grams; i += 1) {
    h = (h - Math.imul(chars.charCodeAt(i - 1), top)) | 0;
    h = (Math.imul(h, BASE) + chars.charCodeAt(i + anchorSize - 1)) | 0;
    hashes[i] = finalize(h);
  }
  let n = 0;
  let last = -1;
  const w = Math.min(window, grams);
  for (let start = 0; start + w <= grams; start += 1) {
    let best = start;
    // Rightmost minimum, so an unchanged minimum is not picked twice.
    for (let i = start + 1; i < start + w; i += 1) if (hashes[i]! <= hashes[best]!) best = i;
    if (best !== last) {
      picked[n++] = hashes[best]!;
      last = best;
    }
  }
  const out = picked.slice(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i += 1) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i]!;
  return out.subarray(0, m);
}
