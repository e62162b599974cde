// The record one benchmark run of N documents leaves behind (bench-out/results/build-N.json):
// the summary line the CLI prints, plus the detail the report and the integrator need.
import type { BuildPhases } from './buildLogPhases.ts';

/** The one JSON line `npm run bench -- --docs N` prints. Times in ms, sizes in MB or KB (1 MB = 2^20 B). */
export interface BenchSummary {
  docs: number;
  provisions: number;
  pages: number;
  ms: {
    ingest: number;
    classify: number;
    similarity: number | null;
    astroBuild: number;
    /** The pagefind binary's lifetime inside the build; null when the build spawned none. */
    pagefind: number | null;
    /** Wall clock of the whole run for this N: corpus generation, stage timings, build, measuring. */
    total: number;
  };
  peakRssMB: number;
  distMB: number;
  pagefindMB: number;
  largestPagefindChunkKB: number | null;
  largestHtmlKB: number;
}

/** The draft checker's first check on a built site (scripts/bench/draftCheckCost.ts). */
export interface DraftCheckCost {
  /** The whole index on disk: what a reader would download to check without it. */
  indexMB: number;
  files: number;
  metaGzipKB: number;
  checks: number;
  /** Median and 95th percentile over the checks (nearest rank). */
  requests: { p50: number; p95: number };
  gzipKB: { p50: number; p95: number };
  /** The check in Node, files read from disk (not a browser's time). */
  ms: { p50: number; p95: number };
  /** Checks whose best match scores 100% (the draft is a provision, so it should find itself or a copy). */
  foundItself: number;
}

export interface BenchDetail {
  summary: BenchSummary;
  /** Read off the build log (src/bench/buildLogPhases.ts); absent in results written before it existed. */
  phases?: BuildPhases;
  /** Prototype fixes (scripts/bench/prototypeFixes.ts) the build copy ran with; absent or empty: the project as it is. */
  prototypes?: string[];
  /** The build's Node heap limit (--max-old-space-size), when the benchmark raised it. */
  heapMB?: number;
  ok: boolean;
  exitCode: number | null;
  generatedMs: number;
  ingestErrors: string[];
  ingestWarnings: number;
  similarityEntry: string | null;
  stagesRssMB: number;
  maxSingleProcessMB: number | null;
  pagefindPeakRssMB: number | null;
  largestHtml: string;
  largestPagefindChunk: string | null;
  searchDataKB: number | null;
  /** The draft checker's first check (scripts/bench/draftCheckCost.ts); absent in results written before it existed. */
  draft?: DraftCheckCost;
  buildLog: string;
  distDir: string;
  /** 1-minute load average when the build started and ended (other work on the machine skews times). */
  load: { before: number; after: number };
  startedAt: string;
}

export const MB = 2 ** 20;
export const KB = 2 ** 10;
export const round1 = (x: number): number => Math.round(x * 10) / 10;
