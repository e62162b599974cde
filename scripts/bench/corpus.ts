// Writes the benchmark corpus of N documents to bench-out/seeds-N/: the five real seeds as they are,
// plus N − 5 synthetic ones (src/bench/syntheticCorpus.ts), and bench-out/gazetteer-N.yml with the
// invented places (the build copy appends it to content/jurisdictions.yml so no place is unknown).
// `node scripts/bench/corpus.ts N` writes one corpus and prints where.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { clausePool } from '../../src/bench/clausePool.ts';
import { syntheticCorpus } from '../../src/bench/syntheticCorpus.ts';
import { ingestSeeds, listSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import type { GazetteerEntry } from '../../src/pipeline/inferMetadata.ts';
import { gazetteerFileFor, PROJECT, seedsDirFor } from './paths.ts';

export const REAL_SEEDS = join(PROJECT, 'seeds');
export const REAL_GAZETTEER = join(PROJECT, 'content/jurisdictions.yml');

export interface BenchCorpus {
  docs: number;
  seedsDir: string;
  gazetteerFile: string;
  /** Invented places only (the real gazetteer is not repeated). */
  gazetteer: GazetteerEntry[];
  synthetic: number;
  ms: number;
}

export function writeBenchCorpus(docs: number): BenchCorpus {
  const t0 = performance.now();
  const gazetteer = loadGazetteer(REAL_GAZETTEER);
  const real = ingestSeeds(REAL_SEEDS, gazetteer, PROJECT);
  if (real.errors.length > 0) throw real.errors[0]!;
  const realCount = real.documents.length;
  if (docs < realCount) throw new Error(`--docs ${docs}: the corpus starts from the ${realCount} real seeds; expected at least ${realCount}`);
  const dir = seedsDirFor(docs);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The real seeds with their sidecars, bytes unchanged.
  for (const name of readdirSync(REAL_SEEDS)) if (/\.(txt|yml)$/u.test(name)) copyFileSync(join(REAL_SEEDS, name), join(dir, name));
  const { seeds, gazetteer: invented } = syntheticCorpus(clausePool(real.documents.flatMap((d) => d.provisions)), docs - realCount, {
    reservedSlugs: listSeeds(REAL_SEEDS).map((f) => f.replace(/\.txt$/iu, '').toLowerCase()),
    reservedPlaces: gazetteer.map((g) => g.name),
  });
  for (const s of seeds) writeFileSync(join(dir, s.fileName), s.text);
  const gazetteerFile = gazetteerFileFor(docs);
  writeFileSync(gazetteerFile, invented.length > 0 ? stringify(invented) : '[]\n');
  return { docs, seedsDir: dir, gazetteerFile, gazetteer: invented, synthetic: seeds.length, ms: Math.round(performance.now() - t0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = Number(process.argv[2] ?? 100);
  const c = writeBenchCorpus(docs);
  console.log(JSON.stringify({ docs: c.docs, synthetic: c.synthetic, seedsDir: c.seedsDir, gazetteerFile: c.gazetteerFile, ms: c.ms }));
}
