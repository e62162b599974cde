// What the draft checker (/draft/) costs a reader on a built site: the checker's own code
// (src/reuse/draftCheck.ts) run in Node over the index files in dist, for 40 drafts that are
// provisions of the corpus picked by a fixed stride, each check starting with an empty cache, as
// a reader's first check does. Prints nothing; the benchmark stores the result with the build's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DraftChecker } from '../../src/reuse/draftCheck.ts';
import { blockStarts, draftIndexPaths, parseDraftBlock, parseDraftMeta } from '../../src/reuse/draftIndexFormat.ts';
import { percentile } from '../../src/bench/percentile.ts';
import type { DraftCheckCost } from '../../src/bench/benchResult.ts';
import { walk } from './distStats.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function draftCheckCost(distDir: string, checks = 40): Promise<DraftCheckCost> {
  const dir = join(distDir, 'data/draft');
  let bytes = 0;
  let files = 0;
  for (const f of walk(dir)) {
    bytes += f.bytes;
    files += 1;
  }
  const metaRaw = readFileSync(join(dir, draftIndexPaths.meta));
  const meta = parseDraftMeta(JSON.parse(metaRaw.toString('utf8')));
  const starts = blockStarts(meta.blockSizes);
  const total = starts.at(-1)!;
  const rows: { requests: number; gzip: number; ms: number; top: number }[] = [];
  for (let q = 0; q < Math.min(checks, total); q += 1) {
    // A fixed stride through the corpus (golden ratio), so every size samples its whole range.
    const p = Math.floor(((q * 0.6180339887) % 1) * total);
    let n = 0;
    while (starts[n + 1]! <= p) n += 1;
    const path = draftIndexPaths.block(n);
    const draft = parseDraftBlock(JSON.parse(readFileSync(join(dir, path), 'utf8')), meta.params.shingleSize, path).provisions[p - starts[n]!]![3];
    let gzip = 0;
    const checker = new DraftChecker(async (file) => {
      const raw = readFileSync(join(dir, file));
      gzip += gzipSync(raw).length;
      return JSON.parse(raw.toString('utf8')) as unknown;
    });
    const t0 = performance.now();
    const matches = await checker.check(draft);
    rows.push({ requests: checker.requested.length, gzip, ms: performance.now() - t0, top: matches[0]?.score ?? 0 });
  }
  const pct = (key: 'requests' | 'gzip' | 'ms', p: number) => percentile(rows.map((r) => r[key]), p);
  return {
    indexMB: round1(bytes / 2 ** 20),
    files,
    metaGzipKB: round1(gzipSync(metaRaw).length / 1024),
    checks: rows.length,
    requests: { p50: pct('requests', 50), p95: pct('requests', 95) },
    gzipKB: { p50: round1(pct('gzip', 50) / 1024), p95: round1(pct('gzip', 95) / 1024) },
    ms: { p50: round1(pct('ms', 50)), p95: round1(pct('ms', 95)) },
    foundItself: rows.filter((r) => r.top === 1).length,
  };
}
