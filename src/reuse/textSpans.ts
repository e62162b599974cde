// Spans as the UI uses them: [start, end) UTF-16 offsets into a provision's published text.
import type { NormalizedText } from './normalizeText.ts';

export type TextSpan = [start: number, end: number];

/** Maps a span of normalised characters back to the original text (punctuation inside it included). */
export function toTextSpan(norm: NormalizedText, start: number, length: number): TextSpan {
  return [norm.starts[start]!, norm.ends[start + length - 1]!];
}

/** Sorted, non-overlapping union of spans (touching spans merge). */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: TextSpan[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const LETTER = /[\p{L}\p{N}]/u;

/** LETTER's answer for each other UTF-16 unit, asked once: 0 not yet asked, 1 letter or digit, 2 not. */
const otherUnits = new Uint8Array(0x10000);

/**
 * Whether the UTF-16 unit at i is a letter or digit (as LETTER tests that one unit). CJK ideographs
 * and ASCII are decided from the code, and every other unit (mostly full-width punctuation) is
 * tested once and remembered: the regular expression on every character was 8 s of the
 * 2,850-document build, called once per provision for the document matrix and once per page.
 */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let known = otherUnits[c]!;
  if (known === 0) {
    known = LETTER.test(text[i]!) ? 1 : 2;
    otherUnits[c] = known;
  }
  return known === 1;
}

/** Letters and digits in text[start, end). */
export function lettersIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) if (isLetterAt(text, i)) n += 1;
  return n;
}

/** prefix[i] = letters and digits in text[0, i): the letters of any span in constant time. */
export function letterPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) prefix[i + 1] = prefix[i]! + (isLetterAt(text, i) ? 1 : 0);
  return prefix;
}

/** Letters and digits inside the union of the spans, counted on a letterPrefix. */
export function coveredLetters(prefix: Int32Array, spans: readonly TextSpan[]): number {
  let covered = 0;
  const last = prefix.length - 1;
  for (const [s, e] of mergeSpans(spans)) covered += prefix[Math.min(e, last)]! - prefix[Math.min(Math.max(s, 0), last)]!;
  return covered;
}

/**
 * Letters and digits of `text` inside the spans, and in all of it: the "share of text" measure.
 * Counted directly, without a prefix array: every provision of a document page asks this once.
 */
export function countCovered(text: string, spans: readonly TextSpan[]): { covered: number; total: number } {
  const clamp = (x: number) => Math.min(Math.max(x, 0), text.length);
  let covered = 0;
  for (const [s, e] of mergeSpans(spans)) covered += lettersIn(text, clamp(s), clamp(e));
  return { covered, total: lettersIn(text, 0, text.length) };
}
