// Geometry and shading of the overview matrix, computed at build time (d3-scale only, no DOM):
// the page turns it into SVG. Shade grows with the count; the count is also printed in the cell,
// and silent and not-applicable cells carry their own pattern and words, so nothing is told by colour alone.
import { ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ComparisonMatrix, MatrixCell } from './comparisonMatrix.ts';

export const SHADE_LIGHT = '#d6e6f2';
export const SHADE_DARK = '#0b3c5d';
// Pure black, not the site's #0b0c0c: with it every shade has a text colour at WCAG AA (≥ 4.5:1);
// with #0b0c0c mid shades (luminance ≈ 0.19) reach only 4.43 either way.
export const TEXT_DARK = '#000000';
export const TEXT_LIGHT = '#ffffff';
/** Fill of not-applicable cells (silent cells use the hatch pattern the page defines). */
export const NOT_APPLICABLE_FILL = '#f3f2f1';

export interface LayoutOptions {
  rowLabelWidth: number;
  headerHeight: number;
  cellWidth: number;
  cellHeight: number;
  gap: number;
  /** Id of the <pattern> silent cells are filled with. */
  silentPatternId: string;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  rowLabelWidth: 176,
  headerHeight: 58,
  cellWidth: 86,
  cellHeight: 36,
  gap: 3,
  silentPatternId: 'matrix-silent',
};

export interface CellBox {
  cell: MatrixCell;
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  textFill: string;
}

export interface MatrixLayout {
  width: number;
  height: number;
  cells: CellBox[];
  /** Vertical centre of each row. */
  rowY: number[];
  /** Horizontal centre of each column. */
  colX: number[];
  options: LayoutOptions;
}

/** Shade for a count of at least 1, on a linear scale from 1 to the largest count. */
export function shadeScale(max: number): (count: number) => string {
  const scale = scaleLinear<string>().domain([1, Math.max(1, max)]).range([SHADE_LIGHT, SHADE_DARK]).clamp(true);
  return (count) => scale(count);
}

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const fn = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/u.exec(color);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`unsupported colour ${color}`);
}

/** WCAG relative luminance. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or white text, whichever contrasts more with the background. */
export function readableTextOn(background: string): string {
  return contrastRatio(background, TEXT_DARK) >= contrastRatio(background, TEXT_LIGHT) ? TEXT_DARK : TEXT_LIGHT;
}

export function cellFill(cell: MatrixCell, shade: (count: number) => string, options: LayoutOptions = DEFAULT_LAYOUT): string {
  if (cell.status === 'found') return shade(cell.count);
  if (cell.status === 'silent') return `url(#${options.silentPatternId})`;
  return NOT_APPLICABLE_FILL;
}

export function matrixLayout(matrix: ComparisonMatrix, options: LayoutOptions = DEFAULT_LAYOUT): MatrixLayout {
  const { rowLabelWidth, headerHeight, cellWidth, cellHeight, gap } = options;
  const shade = shadeScale(matrix.max);
  const cells = matrix.rows.flatMap((r, row) =>
    r.cells.map((cell, col) => {
      const fill = cellFill(cell, shade, options);
      return {
        cell,
        row,
        col,
        x: rowLabelWidth + col * cellWidth,
        y: headerHeight + row * cellHeight,
        width: cellWidth - gap,
        height: cellHeight - gap,
        fill,
        textFill: cell.status === 'found' ? readableTextOn(fill) : TEXT_DARK,
      };
    }),
  );
  return {
    width: rowLabelWidth + matrix.columns.length * cellWidth,
    height: headerHeight + matrix.rows.length * cellHeight,
    cells,
    rowY: matrix.rows.map((_, i) => headerHeight + i * cellHeight + (cellHeight - gap) / 2),
    colX: matrix.columns.map((_, i) => rowLabelWidth + i * cellWidth + (cellWidth - gap) / 2),
    options,
  };
}

/** Counts shown in the legend: 1, a few round steps, and the largest count. */
export function legendSteps(max: number): number[] {
  if (max < 1) return [];
  const steps = [1, ...ticks(1, max, 4).filter((t) => Number.isInteger(t)), max];
  return [...new Set(steps)].sort((a, b) => a - b);
}
