// Build-time only (reads the environment): the sizes of split corpus-wide pages. WHO_LIST_PAGE_SIZE
// replaces every one of them (page sizes, what is shown whole, the graph's node limit), so that a
// browser test can see the five seeds split over many pages; unset, each list keeps its default.
export function listPageSize(defaultSize: number): number {
  const raw = process.env.WHO_LIST_PAGE_SIZE;
  if (raw === undefined || raw === '') return defaultSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WHO_LIST_PAGE_SIZE must be a positive integer, got ${raw}`);
  return n;
}
