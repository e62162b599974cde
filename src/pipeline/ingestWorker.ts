// A worker thread of the parallel ingest (ingestInWorkers.ts): ingests its run of seed files, each on
// its own, and sends back their outcomes in order. The checks across files happen in the caller.
import { parentPort, workerData } from 'node:worker_threads';
import { ingestSeedFile, type SeedOutcome } from './ingestCorpus.ts';
import type { IngestTask } from './ingestInWorkers.ts';

const task = workerData as IngestTask;
const outcomes: SeedOutcome[] = task.names.map((name) => ingestSeedFile(task.dir, name, task.gazetteer, task.root));
parentPort!.postMessage(outcomes);
