// Geometry of the agency × theme matrix chart, computed at build time (d3-scale only, no DOM).
import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { AgencyThemeMatrix } from './agencyThemeMatrix.ts';

export interface MatrixLayout {
  width: number;
  height: number;
  columns: { slug: string; label: string; x: number }[];
  rows: { id: string; label: string; y: number }[];
  cells: { agency: string; theme: string; x: number; y: number; r: number; total: number; lead: number; partner: number }[];
  /** Where the column labels start (their baseline), above the first row. */
  headerY: number;
  labelX: number;
  /** Right edge of the last column. */
  plotRight: number;
}

const CELL = 34;
const LABEL_WIDTH = 190;
const HEADER = 120;
// Room on the right for the last column's label, which is drawn at 45° up and to the right.
const RIGHT = 130;

export function matrixLayout(matrix: AgencyThemeMatrix): MatrixLayout {
  const largest = max(matrix.rows.flatMap((r) => r.cells.map((c) => c.total))) ?? 1;
  const radius = scaleSqrt().domain([0, largest]).range([0, CELL / 2 - 3]);
  const colX = (i: number) => LABEL_WIDTH + i * CELL + CELL / 2;
  const rowY = (i: number) => HEADER + i * CELL + CELL / 2;
  return {
    width: LABEL_WIDTH + matrix.themes.length * CELL + RIGHT,
    height: HEADER + matrix.rows.length * CELL + 10,
    headerY: HEADER - 8,
    labelX: LABEL_WIDTH - 10,
    plotRight: LABEL_WIDTH + matrix.themes.length * CELL,
    columns: matrix.themes.map((t, i) => ({ slug: t.slug, label: t.name, x: colX(i) })),
    rows: matrix.rows.map((r, i) => ({ id: r.agency.id, label: r.agency.zh, y: rowY(i) })),
    cells: matrix.rows.flatMap((r, i) =>
      r.cells
        .map((c, j) => ({ agency: r.agency.id, theme: c.theme, x: colX(j), y: rowY(i), r: radius(c.total), total: c.total, lead: c.lead, partner: c.partner }))
        .filter((c) => c.total > 0),
    ),
  };
}
