// Shared test helpers: seeds as numbered lines, and catching an IngestError.
import { readFileSync } from 'node:fs';
import { IngestError } from '../../src/pipeline/IngestError.ts';
import { segmentLines } from '../../src/pipeline/segment.ts';
import type { SourceLine } from '../../src/pipeline/types.ts';

export const toLines = (text: string): SourceLine[] => segmentLines(text);

export const seedLines = (name: string): SourceLine[] => toLines(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8'));

/** The IngestError that `fn` throws; fails the test when it throws nothing or something else. */
export function ingestErrorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected an IngestError');
}
