// A worker thread that computes the pilot checklist (pilotChecklist.ts), for siteReuse.ts: its
// bigram comparison of every provision with the notice's items is a few seconds per thousand
// documents, and runs beside the shared-text worker instead of before the first page.
import { parentPort, workerData } from 'node:worker_threads';
import type { ChecklistConfig } from './checklistSchema.ts';
import { pilotChecklist, type ChecklistDocument, type ChecklistProvision } from './pilotChecklist.ts';

const { documents, provisions, config } = workerData as { documents: ChecklistDocument[]; provisions: ChecklistProvision[]; config: ChecklistConfig };
parentPort!.postMessage(pilotChecklist(documents, provisions, config));
