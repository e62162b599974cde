// Pagefind's memory grows with what one index holds, so a large corpus is indexed in shards of
// whole documents, each by its own pagefind run, and the search page merges them (Pagefind's
// mergeIndex). Documents in corpus order fill shards of DOCUMENTS_PER_SHARD; the five seeds are
// one shard. The size is set from the 300-document measurement (see the integration's log and
// the report in BENCHMARKS.md): fewer shards mean fewer files per query, more mean less memory.

export const DOCUMENTS_PER_SHARD = 1_000;

/** Folder of shard k inside the site: the first is the usual /pagefind/. */
export const shardDir = (k: number): string => (k === 0 ? 'pagefind' : `pagefind-${k}`);

/** Shard of the i-th document (0-based, corpus order). */
export const shardOf = (index: number, perShard: number = DOCUMENTS_PER_SHARD): number => Math.floor(index / perShard);

/** Number of shards for `documents` documents: at least one, so the page always has /pagefind/. */
export const shardTotal = (documents: number, perShard: number = DOCUMENTS_PER_SHARD): number => Math.max(1, Math.ceil(documents / perShard));
