// Times the pipeline's stages on one corpus, each the way the site runs it: ingest (every seed,
// collecting errors), classify (themes), and shared-text similarity (src/reuse, when it exists).
// `node scripts/bench/stages.ts <seedsDir> <gazetteer.yml …>` prints one JSON line; run in its own
// process so its memory is not counted in the build's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyIngested } from '../../src/corpus/classifyIngested.ts';
import { ingestSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { PROJECT } from './paths.ts';

export interface StageTimings {
  documents: number;
  provisions: number;
  errors: string[];
  warnings: number;
  ms: { ingest: number; classify: number; similarity: number | null };
  similarity: { entry: string; pairs: number | null } | null;
  heapMB: number;
  rssMB: number;
}

type ReuseEntry = (provisions: readonly { id: string; docId: string; text: string }[], documents: readonly { id: string }[]) => unknown;

/** The reuse module's main entry, wherever it lives (it is written in parallel): null when absent. */
async function findReuseEntry(): Promise<{ entry: string; run: ReuseEntry } | null> {
  for (const [file, name] of [
    ['src/reuse/index.ts', 'computeReuse'],
    ['src/reuse/computeReuse.ts', 'computeReuse'],
  ] as const) {
    const path = join(PROJECT, file);
    if (!existsSync(path)) continue;
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    if (typeof mod[name] === 'function') return { entry: `${file}#${name}`, run: mod[name] as ReuseEntry };
  }
  return null;
}

export async function measureStages(seedsDir: string, gazetteerFiles: string[]): Promise<StageTimings> {
  const gazetteer = gazetteerFiles.flatMap((f) => loadGazetteer(f) ?? []);
  const t0 = performance.now();
  const ingested = ingestSeeds(seedsDir, gazetteer, PROJECT);
  const t1 = performance.now();
  const classified = classifyIngested(ingested.documents, join(PROJECT, 'content'));
  const t2 = performance.now();
  const provisions = classified.documents.flatMap((d) => d.provisions);
  const reuse = await findReuseEntry();
  let similarityMs: number | null = null;
  let pairs: number | null = null;
  if (reuse) {
    const t3 = performance.now();
    const result = reuse.run(provisions, classified.documents.map((d) => d.document)) as { stats?: { pairs?: number } };
    similarityMs = Math.round(performance.now() - t3);
    pairs = result?.stats?.pairs ?? null;
  }
  return {
    documents: ingested.documents.length,
    provisions: provisions.length,
    errors: ingested.errors.map((e) => e.message),
    warnings: ingested.documents.reduce((n, d) => n + d.report.warnings.length, 0),
    ms: { ingest: Math.round(t1 - t0), classify: Math.round(t2 - t1), similarity: similarityMs },
    similarity: reuse ? { entry: reuse.entry, pairs } : null,
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [seedsDir, ...gazetteers] = process.argv.slice(2);
  if (!seedsDir) throw new Error('usage: node scripts/bench/stages.ts <seedsDir> <gazetteer.yml …>');
  console.log(JSON.stringify(await measureStages(seedsDir, gazetteers)));
}
