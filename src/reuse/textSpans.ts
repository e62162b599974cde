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

/**
 * Whether the UTF-16 unit at i is a letter or digit (as LETTER tests that one unit). CJK ideographs
 * and ASCII are decided from the code: the regular expression on every character was 8 s of the
 * 2,850-document build, called once per provision for the document matrix and once per page.
 */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(text[i]!);
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

/** Letters and digits of `text` inside the spans, and in all of it: the "share of text" measure. */
export function countCovered(text: string, spans: readonly TextSpan[]): { covered: number; total: number } {
  const prefix = letterPrefix(text);
  return { covered: coveredLetters(prefix, spans), total: prefix[text.length]! };
}
