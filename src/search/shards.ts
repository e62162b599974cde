// Pagefind's memory grows with what one index holds, so a large corpus is indexed in shards of
// whole documents, each by its own pagefind run, and the search page merges them (Pagefind's
// mergeIndex). Documents in corpus order fill shards of DOCUMENTS_PER_SHARD; the five seeds are
// one shard. Fewer shards mean fewer files per query word (one chunk per shard) and less work per
// search; more mean less memory per pagefind run. With common words left out of the index
// (src/search/commonWords.ts), one index of the 2,850-document benchmark peaked at 0.60 GB (1,000
// documents with every word had taken 0.94 GB), so a shard holds up to 3,000 documents.

export const DOCUMENTS_PER_SHARD = 3_000;

/** Folder of shard k inside the site: the first is the usual /pagefind/. */
export const shardDir = (k: number): string => (k === 0 ? 'pagefind' : `pagefind-${k}`);

/** Shard of the i-th document (0-based, corpus order). */
export const shardOf = (index: number, perShard: number = DOCUMENTS_PER_SHARD): number => Math.floor(index / perShard);

/** Number of shards for `documents` documents: at least one, so the page always has /pagefind/. */
export const shardTotal = (documents: number, perShard: number = DOCUMENTS_PER_SHARD): number => Math.max(1, Math.ceil(documents / perShard));
