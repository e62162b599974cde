// Bounding /targets/: an indicator with few targets is shown whole on /targets/ (the five seeds
// look as before); one with many gets a summary there (how many, in how many places, the spread of
// values per year, a histogram of values) and its full list on pages of its own, each page at most
// TARGETS_PER_PAGE rows with a dot plot of just those rows.
import { max, median, min } from 'd3-array';
import type { Bar } from '../lib/barChartLayout.ts';
import { chunk, chunkByRun } from '../lib/pagination.ts';
import type { TargetUnit } from './indicators.ts';
import type { Target, TargetSeries } from './target.ts';

/**
 * An indicator (or the unclassified list, or the yearly series) with at most this many rows is shown
 * whole on /targets/ (the seeds' longest list has 7). With about 20 lists this keeps /targets/ under
 * a few hundred rows whatever the corpus.
 */
export const TARGETS_INLINE = 10;
/** Rows (targets and series) on one list page. */
export const TARGETS_PER_PAGE = 60;

/** Path segment of the unclassified list and of the yearly series: indicator ids may not take them. */
export const RESERVED_LIST_IDS = ['unclassified', 'yearly'] as const;

export interface TargetSlice {
  targets: Target[];
  series: TargetSeries[];
}

/** Targets first, then series (as the table lists them), in pages of at most `perPage` rows; every row on exactly one page. */
export function targetSlices(targets: readonly Target[], series: readonly TargetSeries[], perPage = TARGETS_PER_PAGE): TargetSlice[] {
  const rows: ({ t: Target } | { s: TargetSeries })[] = [...targets.map((t) => ({ t })), ...series.map((s) => ({ s }))];
  return chunk(rows, perPage).map((page) => ({
    targets: page.flatMap((r) => ('t' in r ? [r.t] : [])),
    series: page.flatMap((r) => ('s' in r ? [r.s] : [])),
  }));
}

/** Yearly series in pages of at most `perPage`, a document's series kept on one page where they fit. */
export function seriesPages(series: readonly TargetSeries[], perPage = TARGETS_PER_PAGE): TargetSeries[][] {
  return chunkByRun(series, perPage, (s) => s.docId);
}

export interface YearSpread {
  /** null: targets without a year. */
  year: number | null;
  count: number;
  min: number;
  median: number;
  max: number;
}

/** Per target year: how many targets and the lowest, median and highest value (loops, not spreads). */
export function spreadByYear(targets: readonly Target[]): YearSpread[] {
  const byYear = Map.groupBy(targets, (t) => t.year);
  return [...byYear]
    .map(([year, list]) => ({ year, count: list.length, min: min(list, (t) => t.value)!, median: median(list, (t) => t.value)!, max: max(list, (t) => t.value)! }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

/**
 * Targets per value range: tenths of 0–100 % for percentages (values over 100 % in a last bar), and
 * for counts at most ten ranges of equal width from 0 to the largest value. Always few bars.
 */
export function valueBins(targets: readonly Target[], unit: TargetUnit): Bar[] {
  if (targets.length === 0) return [];
  if (unit === 'percent') {
    const bars: Bar[] = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}%`, value: 0 }));
    let over = 0;
    for (const t of targets) {
      if (t.value > 100) over++;
      else bars[Math.min(9, Math.floor(t.value / 10))]!.value++;
    }
    return over > 0 ? [...bars, { label: '>100%', value: over }] : bars;
  }
  const top = Math.max(1, max(targets, (t) => t.value) ?? 1);
  const width = Math.max(1, Math.ceil(top / 10));
  const count = Math.floor(top / width) + 1;
  const bars: Bar[] = Array.from({ length: count }, (_, i) => ({ label: width === 1 ? String(i) : `${i * width}–${(i + 1) * width - 1}`, value: 0 }));
  for (const t of targets) bars[Math.min(count - 1, Math.max(0, Math.floor(t.value / width)))]!.value++;
  return bars;
}
