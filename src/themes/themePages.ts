// A theme page cannot hold one column per jurisdiction once the corpus has thousands of them: the
// columns are split into pages of a fixed number of jurisdictions (in the site's order, the same
// order as the overview's columns), and every page opens with a summary of the whole corpus by
// province and by level, whose size depends on the number of provinces, not of documents.
import type { Level } from '../schemas/corpus.ts';
import { pageOfIndex, pagedPath, paginate, type Page } from '../lib/pagination.ts';
import type { JurisdictionColumn } from './themeColumns.ts';
import { columnAnchor, themePath } from './themePaths.ts';

/**
 * Jurisdiction columns per theme page (and per page of the overview matrix). Each column carries
 * the full text of its provisions: at 20 a page was 384 KB and scored 74 in Lighthouse mobile.
 */
export const JURISDICTIONS_PER_PAGE = 10;

export const themePagePath = (slug: string, page: number): string => pagedPath(themePath(slug), page);

/** Site path of a jurisdiction's column: on the page that holds the column at 0-based `index`. */
export const columnPagePath = (slug: string, columnId: string, index: number): string =>
  `${themePagePath(slug, pageOfIndex(index, JURISDICTIONS_PER_PAGE))}#${columnAnchor(columnId)}`;

export const themeColumnPages = (columns: readonly JurisdictionColumn[]): Page<JurisdictionColumn>[] => paginate(columns, JURISDICTIONS_PER_PAGE);

export interface BreakdownRow<K extends string = string> {
  key: K;
  jurisdictions: number;
  /** Jurisdictions with at least one provision on the theme. */
  found: number;
  provisions: number;
}

export interface ThemeOverview {
  jurisdictions: number;
  found: number;
  provisions: number;
  /** One row per province (null: no province, e.g. the national government), most jurisdictions first. */
  byProvince: BreakdownRow<string>[];
  byLevel: BreakdownRow<Level>[];
}

function breakdown<K extends string>(columns: readonly JurisdictionColumn[], keyOf: (c: JurisdictionColumn) => K): BreakdownRow<K>[] {
  const rows = new Map<K, BreakdownRow<K>>();
  for (const c of columns) {
    const key = keyOf(c);
    const row = rows.get(key) ?? { key, jurisdictions: 0, found: 0, provisions: 0 };
    row.jurisdictions += 1;
    if (c.status === 'found') row.found += 1;
    row.provisions += c.count;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const LEVELS: readonly Level[] = ['national', 'province', 'city', 'district', 'county'];

/** Counts over every column of a theme, whatever page they are on. `''` is the key of "no province". */
export function themeOverview(columns: readonly JurisdictionColumn[]): ThemeOverview {
  const byProvince = breakdown(columns, (c) => c.group.jurisdiction.province ?? '').sort(
    (a, b) => b.jurisdictions - a.jurisdictions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const byLevel = breakdown(columns, (c) => c.group.jurisdiction.level).sort((a, b) => LEVELS.indexOf(a.key) - LEVELS.indexOf(b.key));
  let found = 0;
  let provisions = 0;
  for (const c of columns) {
    if (c.status === 'found') found += 1;
    provisions += c.count;
  }
  return { jurisdictions: columns.length, found, provisions, byProvince, byLevel };
}
