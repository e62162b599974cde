// How work over an ordered list is split between worker threads: contiguous runs, so results
// concatenated in run order keep the list's order (the search build's first pass, ingest).
/** Splits `count` items into at most `workers` contiguous runs of at least `minPerWorker` items (one run when small). */
export function workerShares(count: number, workers: number, minPerWorker: number): [number, number][] {
  const n = Math.max(1, Math.min(workers, Math.floor(count / minPerWorker)));
  const out: [number, number][] = [];
  for (let k = 0; k < n; k++) out.push([Math.floor((k * count) / n), Math.floor(((k + 1) * count) / n)]);
  return out;
}
