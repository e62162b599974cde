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

/** Letters and digits of `text` inside the spans, and in all of it: the "share of text" measure. */
export function countCovered(text: string, spans: readonly TextSpan[]): { covered: number; total: number } {
  const merged = mergeSpans(spans);
  let covered = 0;
  let total = 0;
  let k = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!LETTER.test(text[i]!)) continue;
    total += 1;
    while (k < merged.length && merged[k]![1] <= i) k += 1;
    if (k < merged.length && merged[k]![0] <= i) covered += 1;
  }
  return { covered, total };
}
