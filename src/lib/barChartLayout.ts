// Geometry of a small vertical bar chart (events per year, targets per value range), computed at
// build time with d3-scale; its size depends on the number of bars, which callers keep bounded
// (years, fixed value ranges), never on the number of items counted.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  baseline: number;
  ticks: { y: number; label: string }[];
  bars: (Bar & { x: number; y: number; width: number; height: number })[];
}

const HEIGHT = 180;
const M = { top: 18, right: 12, bottom: 26, left: 48 };
const MIN_WIDTH = 320;
const STEP = 34;

export function barChartLayout(bars: readonly Bar[]): BarChartLayout {
  const width = Math.max(MIN_WIDTH, M.left + M.right + bars.length * STEP);
  const x = scaleBand<number>().domain(bars.map((_, i) => i)).range([M.left, width - M.right]).padding(0.2);
  const top = Math.max(1, max(bars, (b) => b.value) ?? 1);
  const y = scaleLinear().domain([0, top]).range([HEIGHT - M.bottom, M.top]).nice();
  return {
    width,
    height: HEIGHT,
    plotLeft: M.left,
    plotRight: width - M.right,
    baseline: HEIGHT - M.bottom,
    ticks: y.ticks(4).filter((v) => Number.isInteger(v)).map((v) => ({ y: y(v), label: String(v) })),
    bars: bars.map((b, i) => ({ ...b, x: x(i) ?? 0, width: x.bandwidth(), y: y(b.value), height: HEIGHT - M.bottom - y(b.value) })),
  };
}
