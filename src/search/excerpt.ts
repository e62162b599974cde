// A short excerpt of a clause around its first match, as text segments: the page renders marked
// segments as <mark> elements with textContent, never as HTML.
import { sourceRanges } from './match.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const ELLIPSIS = '…';

export function excerptSegments(text: string, foldedNeedles: readonly string[], radius = 50): Segment[] {
  const ranges = sourceRanges(text, foldedNeedles);
  const first = ranges[0];
  const from = first ? Math.max(0, first[0] - radius) : 0;
  const to = first ? Math.min(text.length, first[1] + radius * 2) : Math.min(text.length, radius * 3);
  const segments: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  if (from > 0) segments.unshift({ text: ELLIPSIS, mark: false });
  if (to < text.length) segments.push({ text: ELLIPSIS, mark: false });
  return segments.map((s) => (s.mark ? s : { ...s, text: s.text.replace(/\s+/gu, ' ') }));
}
