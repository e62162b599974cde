// Ingest split between worker threads, for a production build of a large corpus. Every seed is
// ingested on its own (decode, parse, account for every character), which at 2,850 documents is
// 15-18 s on one core while the build's other core waits. The seeds are split into contiguous runs,
// one per thread; the outcomes come back in file order and go through the same checks across files
// as a sequential ingest (mergeSeedOutcomes), so the corpus and the errors are the same.
import { join } from 'node:path';
import { workerTask } from '../lib/workerTask.ts';
import { workerShares } from '../lib/workerShares.ts';
import { workerThreadsFromEnv } from '../lib/envSettings.ts';
import type { GazetteerEntry } from './inferMetadata.ts';
import type { IngestedDocument } from './ingestDocument.ts';
import type { IngestError } from './IngestError.ts';
import { ingestSeeds, listSeeds, mergeSeedOutcomes, type SeedOutcome } from './ingestCorpus.ts';

/** What a worker is given (ingestWorker.ts). */
export interface IngestTask {
  dir: string;
  names: string[];
  gazetteer: GazetteerEntry[];
  root: string;
}

/** Below this many seeds a thread costs more to start than it saves. */
export const MIN_SEEDS_PER_WORKER = 100;

/** One thread per core, up to four; INGEST_WORKERS sets the number (1: no worker threads). */
export const ingestWorkers = (): number => workerThreadsFromEnv('INGEST_WORKERS');

/** The worker module, from the project root (not import.meta.url: this module may run bundled). */
const workerFile = (root: string): string => join(root, 'src/pipeline/ingestWorker.ts');

/** ingestSeeds, with the seeds split between up to `workers` threads of at least `minPerWorker` seeds each. */
export async function ingestSeedsInWorkers(
  dir: string,
  gazetteer: GazetteerEntry[],
  root: string,
  workers: number = ingestWorkers(),
  minPerWorker: number = MIN_SEEDS_PER_WORKER,
): Promise<{ documents: IngestedDocument[]; errors: IngestError[] }> {
  const names = listSeeds(dir);
  const shares = workerShares(names.length, workers, minPerWorker);
  if (shares.length === 1) return ingestSeeds(dir, gazetteer, root);
  const parts = await Promise.all(
    shares.map(([from, to]) => {
      const task: IngestTask = { dir, names: names.slice(from, to), gazetteer, root };
      return workerTask<SeedOutcome[]>(workerFile(root), task, `ingest: ${to - from} seeds from ${names[from]}`);
    }),
  );
  const outcomes = new Map<string, SeedOutcome>();
  shares.forEach(([from], k) => parts[k]!.forEach((outcome, i) => outcomes.set(names[from + i]!, outcome)));
  return mergeSeedOutcomes(dir, names, (name) => outcomes.get(name)!, root);
}
