// Shared test helpers: seeds as numbered lines, catching an IngestError, the real corpus with its themes,
// temporary folders removed after the file's tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadThemes } from '../../src/classify/index.ts';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { loadCoverage } from '../../src/themes/coverage.ts';
import type { PolicyDocument, Provision } from '../../src/schemas/corpus.ts';
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

/** The five seeds as the site builds them, with the curated themes and coverage exceptions. */
export function realThemeCorpus() {
  const root = new URL('../..', import.meta.url).pathname;
  const corpus = buildCorpus(root);
  const documents: PolicyDocument[] = corpus.documents.map((d) => d.document);
  const provisions: Provision[] = corpus.documents.flatMap((d) => d.provisions);
  return { root, corpus, documents, provisions, themes: loadThemes(join(root, 'content/themes')), exceptions: loadCoverage(join(root, 'content/theme-coverage.yml')) };
}

/**
 * A maker of temporary folders named `<prefix>…`, all removed once the calling file's tests are
 * done. Call it at the top of a test file (it registers the clean-up there).
 */
export function scratchDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
