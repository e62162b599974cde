// Splitting a corpus-wide list over numbered pages so that no page grows with the corpus: page 1
// lives at the list's own path, page n at `<path>n/` (as document pages do). The page links are a
// window around the current page, so the navigation stays small however many pages there are.

/** Site path of page `page` (1-based) of a list whose first page is at `base` (ending in "/"). */
export const listPagePath = (base: string, page: number): string => (page === 1 ? base : `${base}${page}/`);

/** Astro rest parameter for page `page`: undefined for the first page (the list's own path). */
export const pageParam = (page: number): string | undefined => (page === 1 ? undefined : String(page));

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

export type PageLink = { page: number } | { gap: true };

/** Page numbers to link from page `page` of `count`: the first, the last and `radius` either side, with gaps. */
export function pageWindow(page: number, count: number, radius = 2): PageLink[] {
  const wanted = new Set([1, count]);
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= count) wanted.add(n);
  const out: PageLink[] = [];
  let previous = 0;
  for (const n of [...wanted].sort((a, b) => a - b)) {
    if (n - previous === 2) out.push({ page: n - 1 });
    else if (n - previous > 2) out.push({ gap: true });
    out.push({ page: n });
    previous = n;
  }
  return out;
}
