// Splits a text into runs inside and outside a set of spans, so components can wrap the shared runs
// in <mark> as text nodes (never as HTML strings).
import { mergeSpans, type TextSpan } from './textSpans.ts';

export interface Segment {
  text: string;
  /** True when the run lies inside one of the spans. */
  marked: boolean;
}

/** Consecutive runs covering all of `text`; spans are clipped to the text and may overlap. */
export function segmentText(text: string, spans: readonly TextSpan[]): Segment[] {
  const clipped = spans
    .map(([s, e]): TextSpan => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))])
    .filter(([s, e]) => e > s);
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of mergeSpans(clipped)) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
