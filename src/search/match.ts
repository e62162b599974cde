// Finding query phrases in clause text, on folded text, mapped back to the source for marking.
import { foldWithOrigin } from './fold.ts';

export type Range = [start: number, end: number];

/** Start offsets of every (possibly overlapping) occurrence of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Sorted, merged ranges; touching or overlapping ranges become one. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Where any of the (already folded) needles occurs in `source`, as merged ranges of `source`
 * offsets: whitespace and full-width forms inside the source do not stop a match.
 */
export function sourceRanges(source: string, foldedNeedles: readonly string[]): Range[] {
  const folded = foldWithOrigin(source);
  const ranges: Range[] = [];
  for (const needle of foldedNeedles) {
    for (const at of occurrences(folded.text, needle)) {
      ranges.push([folded.start[at]!, folded.end[at + needle.length - 1]!]);
    }
  }
  return mergeRanges(ranges);
}
