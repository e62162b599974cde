// Evidence terms marked in the text as the reader sees it. Matching happens on the normalised
// text (as the classifier matches), and every match is mapped back to the original characters,
// so full-width letters, line breaks and spaces inside a term do not hide it. The result is a
// list of plain-text segments for the template to render; no markup is ever built from text.
import type { ThemeExclude } from '../classify/index.ts';
import { normalizeForMatch } from '../classify/index.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** The normalised text, with the original [from, to) range of each of its UTF-16 units. */
function normalisedWithMap(s: string): { norm: string; from: number[]; to: number[] } {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of s) {
    // CJK ideographs and visible ASCII are their own NFKC form: most characters skip the lookup
    // (theme pages map about 13 million characters at 2,850 documents).
    const c = ch.charCodeAt(0);
    const n = (c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f) ? ch : normalizeForMatch(ch);
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  return { norm, from, to };
}

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface HighlightOptions {
  /** The theme's excludes: occurrences inside an active exclude phrase are not marked (as in the classifier). */
  excludes?: readonly ThemeExclude[];
  /** Where `unless` words of the excludes are looked up; defaults to the text. */
  context?: string;
  /** Literal passages of the text never marked (e.g. the agency note, which the classifier does not read as text). */
  skip?: readonly (string | null)[];
}

/**
 * The text split into segments, with each occurrence of a term marked. Longer terms win over
 * terms they contain (医疗保险 over 保险); overlapping matches are merged into one mark.
 */
export function highlightSegments(text: string, terms: readonly string[], options: HighlightOptions = {}): Segment[] {
  const { norm, from, to } = normalisedWithMap(text);
  const context = normalizeForMatch(options.context ?? text);
  const masks = (options.excludes ?? [])
    .filter((e) => !e.unless.some((u) => context.includes(normalizeForMatch(u))))
    .flatMap((e) => occurrences(norm, normalizeForMatch(e.term)));
  const skipped = (options.skip ?? []).flatMap((s) => (s ? occurrences(text, s) : []));

  const candidates = [...new Set(terms.map(normalizeForMatch))]
    .flatMap((needle) => occurrences(norm, needle))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Span[] = [];
  for (const c of candidates) {
    if (masks.some((m) => inside(c, m)) || accepted.some((a) => inside(c, a))) continue;
    const original = { start: from[c.start]!, end: to[c.end - 1]! };
    if (skipped.some((s) => overlaps(original, s))) continue;
    accepted.push(c);
  }

  // Back to original offsets, merged where they overlap.
  const marks: Span[] = [];
  for (const c of accepted.map((a) => ({ start: from[a.start]!, end: to[a.end - 1]! })).sort((a, b) => a.start - b.start)) {
    const last = marks.at(-1);
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else marks.push({ ...c });
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), mark: false });
    segments.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** Segments split into lines at '\n' (a mark that spans a line break becomes two marks). */
export function splitLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const s of segments) {
    s.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ text: part, mark: s.mark });
    });
  }
  return lines;
}

/** How many marks a list of segments holds. */
export const markCount = (segments: readonly Segment[]): number => segments.filter((s) => s.mark).length;

/**
 * A long text cut down to windows of `radius` characters around its marks, joined by '…'
 * (segments with mark false), so a theme page stays readable next to a 5 MB document.
 * Texts up to `max` characters are returned whole.
 */
export function excerptSegments(segments: readonly Segment[], max = 1200, radius = 80): { segments: Segment[]; cut: boolean } {
  const length = segments.reduce((n, s) => n + s.text.length, 0);
  if (length <= max) return { segments: [...segments], cut: false };
  // Character windows around marks, merged.
  const windows: Span[] = [];
  let at = 0;
  for (const s of segments) {
    if (s.mark) {
      const w = { start: Math.max(0, at - radius), end: Math.min(length, at + s.text.length + radius) };
      const last = windows.at(-1);
      if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
      else windows.push(w);
    }
    at += s.text.length;
  }
  if (windows.length === 0) windows.push({ start: 0, end: Math.min(length, max) });
  const out: Segment[] = [];
  let budget = max;
  for (const w of windows) {
    if (budget <= 0) break;
    const end = Math.min(w.end, w.start + budget);
    if (w.start > 0 || out.length > 0) out.push({ text: '…', mark: false });
    let pos = 0;
    for (const s of segments) {
      const a = Math.max(pos, w.start);
      const b = Math.min(pos + s.text.length, end);
      if (a < b) out.push({ text: s.text.slice(a - pos, b - pos), mark: s.mark });
      pos += s.text.length;
    }
    budget -= end - w.start;
  }
  if ((windows.at(-1)?.end ?? 0) < length || budget <= 0) out.push({ text: '…', mark: false });
  return { segments: out, cut: true };
}
