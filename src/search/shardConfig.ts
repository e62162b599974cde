// Build-time only (reads the environment): records per Pagefind shard. SEARCH_RECORDS_PER_SHARD
// lets tests build a small corpus in several shards.
import { RECORDS_PER_SHARD } from './shards.ts';

export function recordsPerShard(): number {
  const n = Number(process.env.SEARCH_RECORDS_PER_SHARD ?? RECORDS_PER_SHARD);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_RECORDS_PER_SHARD must be a positive integer, got ${process.env.SEARCH_RECORDS_PER_SHARD}`);
  return n;
}
