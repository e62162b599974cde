// Build settings read from the environment (tests and the benchmark set them), each a positive
// whole number with a default.
import { availableParallelism } from 'node:os';

export function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = Number(raw ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
}

/** Worker threads for a build step: one per core, up to four, unless `name` says otherwise. */
export const workerThreadsFromEnv = (name: string): number => positiveIntegerFromEnv(name, Math.min(availableParallelism(), 4));
