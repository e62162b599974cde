// An agency's provisions across the corpus on pages of at most AGENCY_ROWS_PER_PAGE rows (the
// health bureau is named in nearly every document: thousands of rows at county scale), still
// grouped by document on each page; a document's rows are cut only when they overflow a page.
import { chunkByRun } from '../lib/pagination.ts';
import type { AgencyAssignment, AgencyDocumentGroup, AgencyRecord } from './agencyIndex.ts';

export const AGENCY_ROWS_PER_PAGE = 200;

export function agencyPages(record: Pick<AgencyRecord, 'documents'>, perPage = AGENCY_ROWS_PER_PAGE): AgencyDocumentGroup[][] {
  const rows = record.documents.flatMap((g) => g.assignments.map((a) => ({ document: g.document, a })));
  return chunkByRun(rows, perPage, (r) => r.document.id).map((page) => {
    const groups: AgencyDocumentGroup[] = [];
    for (const r of page) {
      const last = groups[groups.length - 1];
      if (last && last.document.id === r.document.id) last.assignments.push(r.a);
      else groups.push({ document: r.document, assignments: [r.a] as AgencyAssignment[] });
    }
    return groups;
  });
}

/** The first `shown` of a list and how many there are: for lists that grow with the corpus. */
export function firstOf<T>(list: readonly T[], shown: number): { shown: T[]; total: number } {
  return { shown: list.slice(0, shown), total: list.length };
}
