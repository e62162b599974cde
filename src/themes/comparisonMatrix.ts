// The theme × jurisdiction overview: one cell per pair, with the count of provisions,
// the coverage status and the link to that jurisdiction's column on the theme page.
import type { Theme } from '../classify/index.ts';
import type { Provision } from '../schemas/corpus.ts';
import type { CoverageException, CoverageStatus } from './coverage.ts';
import type { JurisdictionGroup } from './jurisdictionGroups.ts';
import { themeColumns } from './themeColumns.ts';
import { paginate } from '../lib/pagination.ts';
import { columnPagePath, JURISDICTIONS_PER_PAGE } from './themePages.ts';

export interface MatrixCell {
  theme: string;
  column: string;
  count: number;
  status: CoverageStatus;
  /** Site path (without the base) of the column on the theme page (on the page that holds it). */
  path: string;
}

export type MatrixTheme = Pick<Theme, 'slug' | 'name' | 'nameEn'>;

export interface MatrixRow {
  theme: MatrixTheme;
  cells: MatrixCell[];
  /** Provisions on the theme across all jurisdictions. */
  total: number;
  /** Jurisdictions with at least one provision on the theme. */
  found: number;
  /** Jurisdictions in the whole corpus (a page of the matrix holds only some of them). */
  jurisdictions: number;
}

export interface ComparisonMatrix {
  columns: JurisdictionGroup[];
  rows: MatrixRow[];
  /** The largest count in any cell (0 for an empty corpus). */
  max: number;
}

/** Rows in the order the themes are given (taxonomy order), columns in the order of the groups. */
export function comparisonMatrix(
  themes: readonly MatrixTheme[],
  groups: readonly JurisdictionGroup[],
  provisions: readonly Provision[],
  exceptions: readonly CoverageException[],
): ComparisonMatrix {
  const rows = themes.map((theme) => {
    const cells = themeColumns(theme.slug, groups, provisions, exceptions).map((c, i) => ({
      theme: theme.slug,
      column: c.group.id,
      count: c.count,
      status: c.status,
      path: columnPagePath(theme.slug, c.group.id, i),
    }));
    return {
      theme: { slug: theme.slug, name: theme.name, nameEn: theme.nameEn },
      cells,
      total: cells.reduce((n, c) => n + c.count, 0),
      found: cells.filter((c) => c.status === 'found').length,
      jurisdictions: cells.length,
    };
  });
  // A loop, not Math.max(...): themes × jurisdictions arguments would overflow the stack.
  let max = 0;
  for (const r of rows) for (const c of r.cells) if (c.count > max) max = c.count;
  return { columns: [...groups], rows, max };
}

/**
 * The matrix in pages of the same jurisdictions as the theme pages, so a cell links to the page
 * next to it. Row totals and the shade's maximum stay those of the whole corpus, so a shade means
 * the same count on every page.
 */
export function matrixPages(matrix: ComparisonMatrix, size = JURISDICTIONS_PER_PAGE): ComparisonMatrix[] {
  return paginate(matrix.columns, size).map((page) => ({
    columns: page.items,
    rows: matrix.rows.map((r) => ({ ...r, cells: r.cells.slice(page.start, page.start + page.items.length) })),
    max: matrix.max,
  }));
}
