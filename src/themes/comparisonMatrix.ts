// The theme × jurisdiction overview: one cell per pair, with the count of provisions,
// the coverage status and the link to that jurisdiction's column on the theme page.
import type { Theme } from '../classify/index.ts';
import type { Provision } from '../schemas/corpus.ts';
import type { CoverageException, CoverageStatus } from './coverage.ts';
import type { JurisdictionGroup } from './jurisdictionGroups.ts';
import { themeColumns } from './themeColumns.ts';
import { columnPath } from './themePaths.ts';

export interface MatrixCell {
  theme: string;
  column: string;
  count: number;
  status: CoverageStatus;
  /** Site path (without the base) of the column on the theme page. */
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
    const cells = themeColumns(theme.slug, groups, provisions, exceptions).map((c) => ({
      theme: theme.slug,
      column: c.group.id,
      count: c.count,
      status: c.status,
      path: columnPath(theme.slug, c.group.id),
    }));
    return {
      theme: { slug: theme.slug, name: theme.name, nameEn: theme.nameEn },
      cells,
      total: cells.reduce((n, c) => n + c.count, 0),
      found: cells.filter((c) => c.status === 'found').length,
    };
  });
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.count)));
  return { columns: [...groups], rows, max };
}
