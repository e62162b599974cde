// `npm run bench -- --docs N [--docs M …]`: for each N, writes a corpus of N documents (the five real
// seeds plus N − 5 synthetic ones), times the pipeline's stages on it, builds the site from it in a
// private copy, and prints one JSON line (src/bench/benchResult.ts BenchSummary).
// Options: --browser (also measure the built site in Chromium), --no-lighthouse, --prototype NAME[,NAME]
// (build with fixes from scripts/bench/prototypeFixes.ts applied to the private copy), --heap MB (the
// build's Node heap limit, --max-old-space-size), --report (rewrite
// BENCHMARKS.md and benchmarks.svg from every result in bench-out/results/), --keep (keep the build
// copies under $TMPDIR/yiyang-bench; by default only the last one is kept).
// `npm run bench` without arguments runs N = 5, 100, 1000 and 2850 with browser measurements and
// rewrites the report.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { KB, MB, round1, type BenchDetail, type BenchSummary } from '../../src/bench/benchResult.ts';
import { buildLogPhases } from '../../src/bench/buildLogPhases.ts';
import { runBuild } from './build.ts';
import { REAL_GAZETTEER, writeBenchCorpus } from './corpus.ts';
import { distStats } from './distStats.ts';
import { draftCheckCost } from './draftCheckCost.ts';
import { BENCH_OUT, browserFileFor, buildDirFor, PROJECT, resultFileFor } from './paths.ts';
import { makePrivateCopy } from './privateCopy.ts';
import { applyPrototypeFixes } from './prototypeFixes.ts';
import type { StageTimings } from './stages.ts';

export const DEFAULT_DOCS = [5, 100, 1000, 2850];

function runNode(args: string[]): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`node ${args.join(' ')} exited ${code}`))));
  });
}

const lastJsonLine = (out: string): unknown => JSON.parse(out.trim().split('\n').at(-1) ?? 'null');

export async function benchDocs(docs: number, options: { base?: string; prototypes?: string[]; heapMB?: number } = {}): Promise<BenchDetail> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const corpus = writeBenchCorpus(docs);
  // Stage timings in a child process, so the build's memory is measured on its own.
  const stages = lastJsonLine(await runNode([join(PROJECT, 'scripts/bench/stages.ts'), corpus.seedsDir, REAL_GAZETTEER, corpus.gazetteerFile])) as StageTimings;
  const workDir = buildDirFor(docs);
  makePrivateCopy(workDir, corpus.gazetteerFile);
  const prototypes = applyPrototypeFixes(workDir, options.prototypes ?? []);
  const loadBefore = loadavg()[0]!;
  const build = await runBuild(workDir, corpus.seedsDir, join(BENCH_OUT, 'logs', `build-${docs}.log`), { base: options.base, heapMB: options.heapMB });
  const loadAfter = loadavg()[0]!;
  const dist = build.ok ? distStats(build.distDir) : null;
  const draft = build.ok ? await draftCheckCost(build.distDir) : null;
  const summary: BenchSummary = {
    docs,
    provisions: stages.provisions,
    pages: dist?.pages ?? 0,
    ms: {
      ingest: stages.ms.ingest,
      classify: stages.ms.classify,
      similarity: stages.ms.similarity,
      astroBuild: build.ms,
      pagefind: build.pagefind?.ms ?? null,
      total: Math.round(performance.now() - t0),
    },
    peakRssMB: build.peakRssMB,
    distMB: dist ? round1(dist.distBytes / MB) : 0,
    pagefindMB: dist ? round1(dist.pagefindBytes / MB) : 0,
    largestPagefindChunkKB: dist?.largestPagefindChunk ? round1(dist.largestPagefindChunk.bytes / KB) : null,
    largestHtmlKB: dist ? round1(dist.largestHtml.bytes / KB) : 0,
  };
  const detail: BenchDetail = {
    summary,
    phases: buildLogPhases(readFileSync(build.log, 'utf8')),
    prototypes,
    ...(options.heapMB ? { heapMB: options.heapMB } : {}),
    ok: build.ok,
    exitCode: build.exitCode,
    generatedMs: corpus.ms,
    ingestErrors: stages.errors,
    ingestWarnings: stages.warnings,
    similarityEntry: stages.similarity?.entry ?? null,
    stagesRssMB: stages.rssMB,
    maxSingleProcessMB: build.maxSingleProcessMB,
    pagefindPeakRssMB: build.pagefind?.peakRssMB ?? null,
    largestHtml: dist?.largestHtml.path ?? '',
    largestPagefindChunk: dist?.largestPagefindChunk?.path ?? null,
    searchDataKB: dist?.searchDataBytes != null ? round1(dist.searchDataBytes / KB) : null,
    ...(draft ? { draft } : {}),
    buildLog: build.log,
    distDir: build.distDir,
    load: { before: round1(loadBefore), after: round1(loadAfter) },
    startedAt,
  };
  mkdirSync(dirname(resultFileFor(docs)), { recursive: true });
  writeFileSync(resultFileFor(docs), `${JSON.stringify(detail, null, 2)}\n`);
  return detail;
}

async function browserFor(docs: number, dist: string, lighthouse: boolean): Promise<void> {
  const args = [join(PROJECT, 'scripts/bench/browser.ts'), '--dist', dist, '--label', `docs-${docs}`];
  if (!lighthouse) args.push('--no-lighthouse');
  const result = await runNode(args);
  writeFileSync(browserFileFor(docs), `${JSON.stringify(lastJsonLine(result), null, 2)}\n`);
}

export function parseArgs(argv: string[]): { docs: number[]; browser: boolean; lighthouse: boolean; report: boolean; keep: boolean; prototypes: string[]; heapMB?: number } {
  const docs = argv.flatMap((a, i) => (argv[i - 1] === '--docs' ? a.split(',').map(Number) : []));
  for (const n of docs) if (!Number.isInteger(n) || n < 5) throw new Error(`--docs ${n}: expected a whole number of at least 5`);
  const all = argv.length === 0;
  // Options without a size would build nothing and say nothing (only --report has work of its own).
  if (docs.length === 0 && argv.some((a) => a !== '--report')) {
    throw new Error(`bench ${argv.join(' ')}: no --docs N[,N…], so nothing would be built; add --docs, or run \`npm run bench\` alone for every size`);
  }
  return {
    docs: all ? DEFAULT_DOCS : docs,
    browser: all || argv.includes('--browser'),
    lighthouse: !argv.includes('--no-lighthouse'),
    report: all || argv.includes('--report'),
    keep: argv.includes('--keep'),
    prototypes: argv.flatMap((a, i) => (argv[i - 1] === '--prototype' ? a.split(',') : [])),
    heapMB: argv.includes('--heap') ? Number(argv[argv.indexOf('--heap') + 1]) : undefined,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  for (const [i, docs] of args.docs.entries()) {
    const detail = await benchDocs(docs, { prototypes: args.prototypes, heapMB: args.heapMB });
    console.log(JSON.stringify(detail.summary));
    if (!detail.ok) {
      console.error(`build of ${docs} documents failed (exit ${detail.exitCode}); log: ${detail.buildLog}`);
      process.exitCode = 1;
      continue;
    }
    if (args.browser) await browserFor(docs, detail.distDir, args.lighthouse);
    // Build copies are big at large N: keep only the last one unless asked.
    if (!args.keep && i < args.docs.length - 1) rmSync(buildDirFor(docs), { recursive: true, force: true });
  }
  if (args.report) {
    const { writeReport } = await import('./report.ts');
    const written = writeReport();
    console.error(`wrote ${written.join(', ')}`);
  }
}

