// /checklist/ is a practices × jurisdictions table: at thousands of jurisdictions it is split into
// pages of a fixed number of jurisdiction columns, each row keeps its corpus-wide count, and a cell
// lists a fixed number of clauses (the rest counted), so no page grows with the corpus.
import { paginate } from '../lib/pagination.ts';
import type { ChecklistMatch, PilotChecklist } from './pilotChecklist.ts';

export const CHECKLIST_JURISDICTIONS_PER_PAGE = 20;
/** Clauses listed per cell; the rest are counted. */
export const MATCHES_SHOWN = 8;

export interface ChecklistPage {
  /** The checklist with this page's columns only (and the same rows, their cells cut to match). */
  checklist: PilotChecklist;
  page: number;
  pageCount: number;
  /** 0-based index of the page's first column among all columns. */
  start: number;
  /** Columns (jurisdictions) in the whole checklist. */
  jurisdictions: number;
  /** Per row (same order): jurisdictions in the whole corpus with at least one matching clause. */
  rowFound: number[];
}

export function checklistPages(checklist: PilotChecklist, size = CHECKLIST_JURISDICTIONS_PER_PAGE): ChecklistPage[] {
  const rowFound = checklist.rows.map((r) => r.cells.reduce((n, cell) => n + (cell.length > 0 ? 1 : 0), 0));
  return paginate(checklist.columns, size).map((page) => ({
    checklist: {
      ...checklist,
      columns: page.items,
      rows: checklist.rows.map((r) => ({ ...r, cells: r.cells.slice(page.start, page.start + page.items.length) })),
    },
    page: page.page,
    pageCount: page.pageCount,
    start: page.start,
    jurisdictions: checklist.columns.length,
    rowFound,
  }));
}

/** The matches a cell lists (curated ones first, they carry a reason) and how many more it has. */
export function shownMatches(cell: readonly ChecklistMatch[], limit = MATCHES_SHOWN): { shown: ChecklistMatch[]; more: number } {
  if (cell.length <= limit) return { shown: [...cell], more: 0 };
  const curated = cell.filter((m) => m.reason);
  const rest = cell.filter((m) => !m.reason);
  return { shown: [...curated, ...rest].slice(0, limit), more: cell.length - limit };
}
