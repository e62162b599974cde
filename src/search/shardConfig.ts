// Build-time only (reads the environment): documents per Pagefind shard, and the longest filter list.
// SEARCH_DOCUMENTS_PER_SHARD and SEARCH_SELECT_OPTIONS_MAX let tests exercise both on a small corpus.
import { DOCUMENTS_PER_SHARD } from './shards.ts';
import { MAX_SELECT_OPTIONS } from './facetOptions.ts';

export function documentsPerShard(): number {
  const raw = process.env.SEARCH_DOCUMENTS_PER_SHARD;
  const n = Number(raw ?? DOCUMENTS_PER_SHARD);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_DOCUMENTS_PER_SHARD must be a positive integer, got ${raw}`);
  return n;
}

/** Filters with more values than this are typed, not picked from a list (see MAX_SELECT_OPTIONS). */
export function maxSelectOptions(): number {
  const raw = process.env.SEARCH_SELECT_OPTIONS_MAX;
  const n = Number(raw ?? MAX_SELECT_OPTIONS);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_SELECT_OPTIONS_MAX must be a positive integer, got ${raw}`);
  return n;
}
