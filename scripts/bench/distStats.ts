// Sizes of a built site: everything, the HTML pages (count and largest), the Pagefind index (and
// its largest chunk: index, fragment, filter or meta file) and the search entries JSON.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistStats {
  pages: number;
  distBytes: number;
  largestHtml: { path: string; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  largestPagefindChunk: { path: string; bytes: number } | null;
  /** Bytes of search/provisions.json (the search page's verification data), when present. */
  searchDataBytes: number | null;
}

function* walk(dir: string): Generator<{ path: string; bytes: number }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, bytes: statSync(path).size };
  }
}

const CHUNK = /\.pf_(index|fragment|filter|meta)$/u;

export function distStats(dist: string): DistStats {
  const stats: DistStats = {
    pages: 0,
    distBytes: 0,
    largestHtml: { path: '', bytes: 0 },
    pagefindBytes: 0,
    pagefindFiles: 0,
    largestPagefindChunk: null,
    searchDataBytes: null,
  };
  for (const f of walk(dist)) {
    const rel = relative(dist, f.path);
    stats.distBytes += f.bytes;
    if (rel.endsWith('.html')) {
      stats.pages += 1;
      if (f.bytes > stats.largestHtml.bytes) stats.largestHtml = { path: rel, bytes: f.bytes };
    }
    // pagefind/ and, for a sharded index, pagefind-1/ … (see scripts/bench/prototypeFixes.ts).
    if (/^pagefind(-\d+)?\//u.test(rel)) {
      stats.pagefindBytes += f.bytes;
      stats.pagefindFiles += 1;
      if (CHUNK.test(rel) && f.bytes > (stats.largestPagefindChunk?.bytes ?? -1)) stats.largestPagefindChunk = { path: rel, bytes: f.bytes };
    }
  }
  const searchData = join(dist, 'search/provisions.json');
  if (existsSync(searchData)) stats.searchDataBytes = statSync(searchData).size;
  return stats;
}
