// Geometry of a dot plot: one row per target, x = the target value. Build time only (d3-scale,
// d3-format; no DOM). Rows are given in display order by the caller.
import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { TargetUnit } from './indicators.ts';

export interface DotInput {
  id: string;
  label: string;
  value: number;
  /** Text printed next to the dot, e.g. "72%以上 · 2022". */
  valueLabel: string;
  /** Drawn hollow: the year was not printed with the value (taken from the deadline or the document). */
  hollow: boolean;
  href: string;
}

export interface DotPlotLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  dots: (DotInput & { x: number; y: number })[];
}

const WIDTH = 680;
const LABEL = 190;
const RIGHT = 130;
const ROW = 30;
const TOP = 12;

export function dotPlotLayout(inputs: readonly DotInput[], unit: TargetUnit): DotPlotLayout {
  const top = unit === 'percent' ? 100 : Math.max(1, max(inputs, (d) => d.value) ?? 1);
  const x = scaleLinear().domain([0, top]).range([LABEL, WIDTH - RIGHT]);
  if (unit === 'count') x.nice();
  const tickValues = unit === 'percent' ? [0, 20, 40, 60, 80, 100] : x.ticks(Math.min(5, Math.ceil(x.domain()[1]!))).filter((v) => Number.isInteger(v));
  const fmt = unit === 'percent' ? (v: number) => `${format('d')(v)}%` : format('d');
  const axisY = TOP + inputs.length * ROW + 4;
  return {
    width: WIDTH,
    height: axisY + 28,
    plotLeft: LABEL,
    plotRight: WIDTH - RIGHT,
    axisY,
    ticks: tickValues.map((v) => ({ x: x(v), label: fmt(v) })),
    dots: inputs.map((d, i) => ({ ...d, x: x(d.value), y: TOP + i * ROW + ROW / 2 })),
  };
}
