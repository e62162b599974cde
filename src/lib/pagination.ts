// Fixed-size pages for lists that grow with the corpus (documents, jurisdictions, clusters): a page
// never holds more than `size` items, whatever the number of documents, so every page stays light.
// Page 1 lives at the list's own path; page n at `<path>page/<n>/`.

export interface Page<T> {
  /** 1-based. */
  page: number;
  pageCount: number;
  items: T[];
  /** 0-based index of the first item in the whole list. */
  start: number;
  total: number;
}

/** At least one page, so an empty list still has its page (saying it is empty). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** 1-based page of the item at 0-based `index`. */
export const pageOfIndex = (index: number, size: number): number => Math.floor(index / size) + 1;

/** Consecutive pages of at most `size` items; every item is on exactly one page, in order. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({
    page: i + 1,
    pageCount: count,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
    total: items.length,
  }));
}

/** Site path (without the base) of page `page` of the list at `base` (which ends in '/'). */
export const pagedPath = (base: string, page: number): string => (page <= 1 ? base : `${base}page/${page}/`);

/** The rest parameter of a `[...page]` route for page `page`: undefined for the first page. */
export const pageParam = (page: number): string | undefined => (page <= 1 ? undefined : `page/${page}`);

/**
 * Page numbers a pager links to: the first, the last, and `radius` either side of the current one,
 * with null where numbers are skipped. Bounded (at most 2 × radius + 5 entries) however many pages there are.
 */
export function pagerWindow(page: number, count: number, radius = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = page - radius; n <= page + radius; n += 1) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    // A gap of exactly one page shows that page rather than an ellipsis.
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** `items` in pages of at most `size`, in order; an empty list is one empty page. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Pages of at most `size` items that keep the runs of equal `key` (consecutive items of one
 * jurisdiction, one document …) together where they fit: a run starts a new page when it would
 * overflow the current one, and a run longer than `size` is cut into pages of its own.
 */
export function chunkByRun<T>(items: readonly T[], size: number, key: (item: T) => string): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && key(last[0]!) === key(item)) last.push(item);
    else runs.push([item]);
  }
  const pages: T[][] = [];
  let current: T[] = [];
  for (const run of runs) {
    if (current.length > 0 && current.length + run.length > size) {
      pages.push(current);
      current = [];
    }
    if (run.length > size) {
      const parts = chunk(run, size);
      pages.push(...parts.slice(0, -1));
      current = parts[parts.length - 1]!;
    } else current.push(...run);
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
