// Normalisation for text-reuse matching: NFKC (full-width digits and letters fold to ASCII), lower case,
// and only letters and digits kept, so punctuation, spacing and line breaks never break a match.
// Each kept character remembers the UTF-16 range of the original text it came from, so spans found on
// the normalised text can be highlighted in the text as published.

export interface NormalizedText {
  /** Letters and digits only, NFKC, lower-cased. */
  chars: string;
  /** UTF-16 offset in the original text where chars[i] starts. */
  starts: Int32Array;
  /** UTF-16 offset in the original text where chars[i] ends (exclusive). */
  ends: Int32Array;
}

const KEEP = /[\p{L}\p{N}]/u;

// What one code point folds to (possibly nothing): punctuation and full-width forms repeat endlessly,
// so the slow path (String.normalize + a Unicode regex) runs once per distinct code point.
const folded = new Map<number, string>();
const FOLD_CACHE_LIMIT = 20_000;

function fold(cp: number): string {
  let kept = folded.get(cp);
  if (kept !== undefined) return kept;
  kept = '';
  for (const ch of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) if (KEEP.test(ch)) kept += ch;
  if (folded.size < FOLD_CACHE_LIMIT) folded.set(cp, kept);
  return kept;
}

let codes = new Uint16Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
const decoder = new TextDecoder('utf-16le');

function ensure(n: number): void {
  if (codes.length >= n) return;
  const size = Math.max(n, codes.length * 2);
  const grow = <T extends Uint16Array | Int32Array>(old: T, make: (n: number) => T): T => {
    const next = make(size);
    next.set(old);
    return next;
  };
  codes = grow(codes, (k) => new Uint16Array(k));
  starts = grow(starts, (k) => new Int32Array(k));
  ends = grow(ends, (k) => new Int32Array(k));
}

/** Normalises into the module's scratch buffers; returns the number of characters kept. */
function normalizeInto(text: string): number {
  ensure(text.length + 16);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Fast paths: CJK unified ideographs and ASCII letters/digits are already NFKC.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      codes[n] = c;
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      codes[n] = c + 32;
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kept = fold(cp);
    if (kept.length > 0) {
      ensure(n + kept.length + (text.length - i) + 16);
      for (let u = 0; u < kept.length; u += 1) {
        codes[n] = kept.charCodeAt(u);
        starts[n] = i;
        ends[n] = i + width;
        n += 1;
      }
    }
    i += width;
  }
  return n;
}

function decode(n: number): string {
  return n === 0 ? '' : decoder.decode(codes.subarray(0, n));
}

export function normalizeWithOffsets(text: string): NormalizedText {
  const n = normalizeInto(text);
  return { chars: decode(n), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** Letters and digits only: the normalised form without offsets. */
export function normalizeForReuse(text: string): string {
  return decode(normalizeInto(text));
}
