// computeReuse with the heavy part, finding the shared text, in a worker thread. In a 2,850-document
// build the same computation took 32 s on the main thread and 14 s in a worker: the build's heap
// holds the whole content store (over 1 GB), and every garbage collection during the computation
// walked it; the worker's heap holds only the texts. The records (materialize) are still built
// here, so callers get the same ReuseResult as computeReuse (a unit test compares the two).
import { workerTask } from '../lib/workerTask.ts';
import { materialize, reuseOrder, type GraphForRecords, type ReuseResult } from './computeReuse.ts';
import type { ReuseParams } from './params.ts';
import type { ReuseItem } from './prepareCorpus.ts';

/**
 * `workerFile`: the path of sharedTextWorker.ts. Callers inside Astro's bundle pass it from the
 * project root, since the bundled code no longer sits next to it.
 */
export async function computeReuseInWorker(
  provisions: readonly ReuseItem[],
  documents: readonly { id: string }[],
  workerFile: string | URL,
  params: Partial<ReuseParams> = {},
): Promise<ReuseResult> {
  const items = reuseOrder(provisions, documents);
  // Only what the computation reads is copied to the worker (provisions carry much more).
  const plain: ReuseItem[] = items.map(({ id, docId, text }) => ({ id, docId, text }));
  const graph = await workerTask<GraphForRecords>(workerFile, { items: plain, params }, 'shared text');
  return materialize(graph, items);
}
