// The parallel ingest a production build uses must give exactly the sequential corpus and errors.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { ingestSeedsInWorkers, ingestWorkers } from '../../src/pipeline/ingestInWorkers.ts';
import { buildCorpus, buildCorpusInWorkers, releaseCorpus } from '../../src/corpus/buildCorpus.ts';
import { scratchDirs } from './helpers.ts';

const root = new URL('../..', import.meta.url).pathname;
const gazetteer = loadGazetteer(join(root, 'content/jurisdictions.yml'));
const scratch = scratchDirs('ingest-workers-');

/** A seeds folder with the real seeds and the given extra files (name → source file or text). */
function seedsWith(extra: Record<string, { copy: string } | { text: string }>): string {
  const dir = scratch();
  for (const name of readdirSync(join(root, 'seeds'))) copyFileSync(join(root, 'seeds', name), join(dir, name));
  for (const [name, what] of Object.entries(extra)) {
    if ('copy' in what) copyFileSync(join(root, what.copy), join(dir, name));
    else writeFileSync(join(dir, name), what.text);
  }
  return dir;
}

const messages = (errors: readonly Error[]) => errors.map((e) => e.message);

describe('ingest in worker threads', () => {
  it('gives the sequential corpus, document for document, split between threads', async () => {
    const dir = seedsWith({ 'xinhe-2024.txt': { copy: 'tests/fixtures/good/gb18030-crlf.txt' } });
    const sequential = ingestSeeds(dir, gazetteer, root);
    const parallel = await ingestSeedsInWorkers(dir, gazetteer, root, 3, 1);
    expect(sequential.errors).toEqual([]);
    expect(parallel.errors).toEqual([]);
    expect(parallel.documents.map((d) => d.document.id)).toEqual(sequential.documents.map((d) => d.document.id));
    expect(parallel.documents).toEqual(sequential.documents);
  });

  it('reports the same errors, in the same order, naming file and line', async () => {
    const dir = seedsWith({
      'a-binary.txt': { copy: 'tests/fixtures/bad/binary.txt' },
      // The same bytes as a real seed under another id, and one id twice (file names differ in case).
      'copy-of-qiubei.txt': { copy: 'seeds/qiubei-2021.txt' },
      'Wangyi-2016.txt': { copy: 'tests/fixtures/good/utf8-bom.txt' },
      'z-empty.txt': { text: '' },
    });
    const sequential = ingestSeeds(dir, gazetteer, root);
    const parallel = await ingestSeedsInWorkers(dir, gazetteer, root, 2, 1);
    expect(sequential.errors.length).toBeGreaterThanOrEqual(4);
    expect(messages(parallel.errors)).toEqual(messages(sequential.errors));
    expect(parallel.errors.map((e) => [e.file, e.line])).toEqual(sequential.errors.map((e) => [e.file, e.line]));
    expect(messages(parallel.errors).some((m) => m.includes('duplicate document: same bytes as'))).toBe(true);
    expect(messages(parallel.errors).some((m) => m.includes('duplicate document id "wangyi-2016"'))).toBe(true);
    expect(parallel.documents).toEqual(sequential.documents);
  });

  it('stays in this thread below the smallest share', async () => {
    const dir = seedsWith({});
    // Five seeds, at least 100 a thread: one run, no worker (a worker here would fail the next check).
    const result = await ingestSeedsInWorkers(dir, gazetteer, '/nonexistent-root-for-the-worker', 4, 100);
    expect(result.documents).toHaveLength(5);
    await expect(ingestSeedsInWorkers(dir, gazetteer, '/nonexistent-root-for-the-worker', 2, 1)).rejects.toThrow(/^ingest: \d+ seeds from .*worker thread/u);
  });

  it('reads the number of threads from INGEST_WORKERS, and refuses nonsense', () => {
    const saved = process.env.INGEST_WORKERS;
    try {
      process.env.INGEST_WORKERS = '3';
      expect(ingestWorkers()).toBe(3);
      process.env.INGEST_WORKERS = 'two';
      expect(() => ingestWorkers()).toThrow(/INGEST_WORKERS must be a positive integer, got two/u);
    } finally {
      if (saved === undefined) delete process.env.INGEST_WORKERS;
      else process.env.INGEST_WORKERS = saved;
    }
  });
});

describe('buildCorpusInWorkers', () => {
  afterEach(() => releaseCorpus());

  it('builds the same site corpus as buildCorpus, once for callers that ask together', async () => {
    const expected = buildCorpus(root);
    releaseCorpus();
    const [a, b] = await Promise.all([buildCorpusInWorkers(root), buildCorpusInWorkers(root)]);
    expect(a).toBe(b);
    expect(a).toEqual(expected);
    // Cached once built, like buildCorpus.
    expect(await buildCorpusInWorkers(root)).toBe(a);
  });
});
