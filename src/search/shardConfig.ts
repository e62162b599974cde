// Build-time only (reads the environment): documents per Pagefind shard. SEARCH_DOCUMENTS_PER_SHARD
// lets tests build a small corpus in several shards.
import { DOCUMENTS_PER_SHARD } from './shards.ts';

export function documentsPerShard(): number {
  const raw = process.env.SEARCH_DOCUMENTS_PER_SHARD;
  const n = Number(raw ?? DOCUMENTS_PER_SHARD);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_DOCUMENTS_PER_SHARD must be a positive integer, got ${raw}`);
  return n;
}
