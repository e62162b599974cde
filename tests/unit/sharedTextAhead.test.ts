// The shared text a build starts during the content sync (src/reuse/sharedTextAhead.ts): the pages
// get the same result as computing it themselves, only for exactly the input the worker was given,
// once; other commands never start it; a failure nobody takes is no crash. The e2e build test checks
// that a real build's pages take it (tests/e2e/addDocument.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { compareDocuments, compareProvisions } from '../../src/corpus/corpusOrder.ts';
import sharedTextAheadIntegration from '../../src/integrations/sharedTextAhead.ts';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { computeReuse, type ReuseResult } from '../../src/reuse/computeReuse.ts';
import { computeReuseInWorker } from '../../src/reuse/computeReuseInWorker.ts';
import {
  requestSharedTextAhead,
  resetSharedTextAhead,
  sharedTextAheadMessage,
  sharedTextAheadReport,
  sharedTextAheadWanted,
  sharedTextInput,
  sharedTextKey,
  sharedTextWorkerFile,
  startSharedTextAhead,
  takeSharedTextAhead,
  TAKEN_MESSAGE,
} from '../../src/reuse/sharedTextAhead.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ingestCorpus(`${root}seeds`, loadGazetteer(`${root}content/jurisdictions.yml`), root);
// As the pages list them (src/lib/collections.ts).
const documents = corpus.documents.map((d) => d.document).sort(compareDocuments);
const provisions = corpus.documents.flatMap((d) => d.provisions).sort(compareProvisions);
const workerFile = sharedTextWorkerFile(root);

const plain = (r: ReuseResult) => ({
  params: r.params,
  stats: r.stats,
  clusters: r.clusters,
  pairs: r.pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, coverageA: p.coverageA, coverageB: p.coverageB, spansA: p.spansA, spansB: p.spansB })),
  byProvision: [...r.byProvision],
});

afterEach(() => resetSharedTextAhead());

describe('shared text started during the content sync', () => {
  it('is not started unless the build asked for it', () => {
    expect(sharedTextAheadWanted()).toBe(false);
    expect(startSharedTextAhead(sharedTextInput(provisions, documents).plain, {}, workerFile)).toBe(false);
    expect(sharedTextAheadReport()).toEqual({ started: false, taken: false });
    expect(sharedTextAheadMessage(sharedTextAheadReport())).toBeNull();
  });

  it('gives the pages the same result as computing it, once, and says so', async () => {
    requestSharedTextAhead();
    expect(sharedTextAheadWanted()).toBe(true);
    expect(startSharedTextAhead(sharedTextInput(provisions, documents).plain, {}, workerFile)).toBe(true);
    expect(sharedTextAheadWanted()).toBe(false);
    // A second start (the other collection's loader) does nothing.
    expect(startSharedTextAhead(sharedTextInput(provisions, documents).plain, {}, workerFile)).toBe(false);
    const ahead = await computeReuseInWorker(provisions, documents, workerFile);
    expect(ahead.pairs.length).toBeGreaterThan(0);
    expect(plain(ahead)).toEqual(plain(computeReuse(provisions, documents)));
    const report = sharedTextAheadReport();
    expect(report).toMatchObject({ started: true, taken: true });
    expect(report.computeMs).toBeGreaterThan(0);
    expect(sharedTextAheadMessage(report)).toEqual({ level: 'info', message: expect.stringContaining(TAKEN_MESSAGE) });
    // Taken once: a second caller computes it.
    expect(takeSharedTextAhead(sharedTextInput(provisions, documents).plain, {})).toBeNull();
  });

  it('is not taken for another input: the pages compute it, and the build warns', async () => {
    requestSharedTextAhead();
    startSharedTextAhead(sharedTextInput(provisions, documents).plain, {}, workerFile);
    const edited = provisions.map((p, i) => (i === 3 ? { ...p, text: `${p.text}。` } : p));
    const result = await computeReuseInWorker(edited, documents, workerFile);
    expect(plain(result)).toEqual(plain(computeReuse(edited, documents)));
    expect(sharedTextAheadReport()).toMatchObject({ started: true, taken: false });
    expect(sharedTextAheadMessage(sharedTextAheadReport())?.level).toBe('warn');
  });

  it('keys on every item, its order, its text and the parameters', () => {
    const input = sharedTextInput(provisions, documents).plain;
    const key = sharedTextKey(input, {});
    expect(sharedTextKey(input.map((x) => ({ ...x })), {})).toBe(key);
    expect(sharedTextKey(input.slice(1), {})).not.toBe(key);
    expect(sharedTextKey([input[1]!, input[0]!, ...input.slice(2)], {})).not.toBe(key);
    expect(sharedTextKey(input.map((x, i) => (i === 10 ? { ...x, text: `${x.text} ` } : x)), {})).not.toBe(key);
    expect(sharedTextKey(input.map((x, i) => (i === 10 ? { ...x, docId: 'other' } : x)), {})).not.toBe(key);
    expect(sharedTextKey(input, { shingleSize: 9 })).not.toBe(key);
    // No separator trick: moving characters between id and text changes the key.
    expect(sharedTextKey([{ id: 'ab', docId: 'd', text: 'c' }], {})).not.toBe(sharedTextKey([{ id: 'a', docId: 'd', text: 'bc' }], {}));
  });

  it('a worker that fails is reported to the pages that take it, and is no unhandled rejection otherwise', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      requestSharedTextAhead();
      const input = sharedTextInput(provisions, documents).plain;
      startSharedTextAhead(input, {}, new URL('../../src/reuse/noSuchWorker.ts', import.meta.url));
      await new Promise((ok) => setTimeout(ok, 300));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(takeSharedTextAhead(input, {})).rejects.toThrow(/shared text: the worker thread .*noSuchWorker\.ts/u);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('the sharedTextAhead integration', () => {
  const setup = (command: string) => {
    const hook = sharedTextAheadIntegration().hooks['astro:config:setup'];
    void hook?.({ command } as unknown as Parameters<NonNullable<typeof hook>>[0]);
  };
  it('asks for the early start in `astro build` only', () => {
    for (const command of ['dev', 'sync', 'preview']) {
      setup(command);
      expect(sharedTextAheadWanted()).toBe(false);
    }
    setup('build');
    expect(sharedTextAheadWanted()).toBe(true);
  });

  it('logs at the end of the build whether the pages took it', async () => {
    requestSharedTextAhead();
    startSharedTextAhead(sharedTextInput(provisions, documents).plain, {}, workerFile);
    await computeReuseInWorker(provisions, documents, workerFile);
    const lines: { level: string; message: string }[] = [];
    const log = (level: string) => (message: string) => lines.push({ level, message });
    const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as unknown as AstroIntegrationLogger;
    const hook = sharedTextAheadIntegration().hooks['astro:build:done'];
    await hook?.({ logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
    expect(lines).toEqual([{ level: 'info', message: expect.stringContaining(TAKEN_MESSAGE) }]);
  });
});
