// Geometry of one small-multiple panel for a yearly series (王益 2016–2020): x = year,
// y = 0–100 %, a line through the years that have a percentage, every point labelled with its value.
import { format } from 'd3-format';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TargetSeries } from './target.ts';

export interface SeriesLayout {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  path: string;
  yTicks: { y: number; label: string }[];
  years: { x: number; label: string }[];
  points: { x: number; y: number; year: number; value: number | null; printed: string; label: string }[];
}

const WIDTH = 300;
const HEIGHT = 170;
const M = { top: 24, right: 22, bottom: 28, left: 44 };

export function seriesLayout(series: TargetSeries): SeriesLayout {
  const years = series.points.map((p) => p.year);
  const x = scalePoint<number>().domain(years).range([M.left + 12, WIDTH - M.right - 12]);
  const y = scaleLinear().domain([0, 100]).range([HEIGHT - M.bottom, M.top]);
  const pct = (v: number) => `${format('d')(v)}%`;
  const make = line<{ year: number; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year) ?? 0)
    .y((p) => y(p.value ?? 0));
  return {
    width: WIDTH,
    height: HEIGHT,
    plotTop: M.top,
    plotBottom: HEIGHT - M.bottom,
    plotLeft: M.left,
    plotRight: WIDTH - M.right,
    path: make(series.points) ?? '',
    yTicks: [0, 50, 100].map((v) => ({ y: y(v), label: pct(v) })),
    years: years.map((yr) => ({ x: x(yr) ?? 0, label: String(yr) })),
    // A year without a percentage (试点, 鼓励 …) sits on the baseline with its word.
    points: series.points.map((p) => ({
      x: x(p.year) ?? 0,
      y: p.value === null ? HEIGHT - M.bottom : y(p.value),
      year: p.year,
      value: p.value,
      printed: p.printed,
      label: p.value === null ? p.printed : pct(p.value),
    })),
  };
}
