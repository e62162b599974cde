// Pagefind's memory grows with the number of records in one index (about 0.1 MB each, measured),
// so a large corpus is indexed in shards of whole documents, each by its own pagefind run, and the
// search page merges them (Pagefind's mergeIndex). A corpus of the five seeds is one shard.

export const RECORDS_PER_SHARD = 20_000;

/** Folder of shard k inside the site: the first is the usual /pagefind/. */
export const shardDir = (k: number): string => (k === 0 ? 'pagefind' : `pagefind-${k}`);

/**
 * Shard of each document: documents in order fill a shard until the next one would take it past
 * `perShard` records (a document larger than that gets a shard of its own). No shard is empty.
 * The build and the search page both call this on the same entries, so they agree on the count.
 */
export function assignShards(entries: readonly { docId: string }[], perShard: number = RECORDS_PER_SHARD): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const { docId } of entries) sizes.set(docId, (sizes.get(docId) ?? 0) + 1);
  const out = new Map<string, number>();
  let shard = 0;
  let filled = 0;
  for (const [docId, size] of sizes) {
    if (filled > 0 && filled + size > perShard) {
      shard++;
      filled = 0;
    }
    out.set(docId, shard);
    filled += size;
  }
  return out;
}

/** Number of shards an assignment uses. */
export const shardTotal = (assignment: Map<string, number>): number => Math.max(0, ...assignment.values()) + 1;
