// Sizes of a built site: everything, the HTML pages (count and largest), the Pagefind index (and
// its largest chunk: index, filter or meta file, what a search downloads) and the largest per-document
// search data file (the search page loads a few of them per search).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistStats {
  pages: number;
  distBytes: number;
  largestHtml: { path: string; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  largestPagefindChunk: { path: string; bytes: number } | null;
  /** Bytes of the largest file in search/docs/ (one document's clauses, loaded when it is a hit), when present. */
  searchDataBytes: number | null;
}

/** Every file under dir, with its size. */
export function* walk(dir: string): Generator<{ path: string; bytes: number }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, bytes: statSync(path).size };
  }
}

// Fragments are not counted: the search page never loads them (it loads search/docs/ instead).
const CHUNK = /\.pf_(index|filter|meta)$/u;

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
    if (rel.startsWith('search/docs/') && rel.endsWith('.json') && f.bytes > (stats.searchDataBytes ?? -1)) stats.searchDataBytes = f.bytes;
    if (/^pagefind(-\d+)?\//u.test(rel)) {
      stats.pagefindBytes += f.bytes;
      stats.pagefindFiles += 1;
      if (CHUNK.test(rel) && f.bytes > (stats.largestPagefindChunk?.bytes ?? -1)) stats.largestPagefindChunk = { path: rel, bytes: f.bytes };
    }
  }
  return stats;
}
