// The search build's first pass: read each exported document, write its search data
// (src/search/docData.ts) and count its index tokens (src/search/segment.ts). Splitting words is
// most of the search build's time (27 s of 35 s at 2,850 documents, on one core), and each
// document is independent, so a large site splits its files between worker threads
// (searchPrepareWorker.ts); their word counts are merged here, and the documents keep corpus order.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusExport } from '../data/exportCorpus.ts';
import type { Canonical } from '../search/facets.ts';
import { recordShell, searchEntries, type PagefindRecord } from '../search/entries.ts';
import { documentTokens } from '../search/segment.ts';
import { remap, Vocabulary, type VocabularySnapshot } from '../search/vocabulary.ts';
import { docDataPath, packDocument } from '../search/docData.ts';
import { workerTask } from '../lib/workerTask.ts';
import { workerShares } from '../lib/workerShares.ts';

export type ExportedDocument = CorpusExport['documents'][number];

/** A document read in the first pass: its record without content, and its tokens. */
export interface PreparedDocument {
  id: string;
  shell: PagefindRecord;
  tokens: Int32Array;
}

export interface PreparedPart {
  documents: PreparedDocument[];
  /** Bytes of search data written. */
  bytes: number;
  provisions: number;
}

/** What a worker sends back: its part and the words it counted. */
export type WorkerPart = PreparedPart & { vocabulary: VocabularySnapshot };

export interface Prepared {
  /** Worker threads used (0: read in this thread). */
  threads: number;
  documents: PreparedDocument[];
  vocabulary: Vocabulary;
  bytes: number;
  provisions: number;
}

/** What a worker is given (searchPrepareWorker.ts). */
export interface PrepareTask {
  outDir: string;
  files: string[];
  canonical: [string, string][];
}

/** Below this many documents a worker costs more to start than it saves. */
export const MIN_DOCUMENTS_PER_WORKER = 100;

const isDocument = (value: unknown): value is ExportedDocument =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && Array.isArray((value as { provisions?: unknown }).provisions);

/** The per-document export files (data/documents/<slug>.json), sorted; null when the site has only data/corpus.json. */
export async function documentFiles(outDir: string): Promise<string[] | null> {
  const perDoc = join(outDir, 'data/documents');
  if (!existsSync(perDoc) || !(await stat(perDoc)).isDirectory()) return null;
  return (await readdir(perDoc))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(perDoc, f));
}

/** One document: its search data written (under its id), its record and tokens added to `part`. */
async function prepareDocument(outDir: string, doc: ExportedDocument, canonical: Canonical, vocabulary: Vocabulary, part: PreparedPart): Promise<void> {
  const entries = searchEntries([doc], doc.provisions, canonical);
  // A document without provisions has nothing to find; it takes no place in any shard.
  if (entries.length === 0) return;
  part.documents.push({ id: doc.id, shell: recordShell(entries), tokens: vocabulary.add(documentTokens(entries.map((e) => e.text))) });
  const json = JSON.stringify(packDocument(entries));
  await writeFile(join(outDir, docDataPath(doc.id)), json);
  part.bytes += Buffer.byteLength(json);
  part.provisions += entries.length;
}

/** Prepares documents in order, in this thread, counting their words in `vocabulary`. */
export async function preparePart(outDir: string, source: readonly string[] | readonly ExportedDocument[], canonical: Canonical, vocabulary: Vocabulary = new Vocabulary()): Promise<PreparedPart> {
  const part: PreparedPart = { documents: [], bytes: 0, provisions: 0 };
  for (const item of source) {
    let doc: ExportedDocument | undefined;
    if (typeof item === 'string') {
      let value: unknown;
      try {
        value = JSON.parse(await readFile(item, 'utf8'));
      } catch (err) {
        throw new Error(`search: ${item} is not a readable JSON export: ${(err as Error).message}`, { cause: err });
      }
      // The folder may also hold an index of the documents: anything without provisions is not one.
      if (!isDocument(value)) continue;
      doc = value;
    } else {
      doc = item;
    }
    await prepareDocument(outDir, doc, canonical, vocabulary, part);
  }
  return part;
}

const runWorker = (task: PrepareTask): Promise<WorkerPart> =>
  workerTask(new URL('./searchPrepareWorker.ts', import.meta.url), task, `search: preparing ${task.files.length} documents from ${task.files[0]}`);

/**
 * Every document of the site, in corpus order, with its search data written: per-document export
 * files are split between up to `workers` threads (minPerWorker each); a site with only
 * data/corpus.json (older exports) is read in this thread.
 */
export async function prepareDocuments(outDir: string, canonical: Canonical, workers: number, minPerWorker: number = MIN_DOCUMENTS_PER_WORKER): Promise<Prepared> {
  const vocabulary = new Vocabulary();
  const files = await documentFiles(outDir);
  if (files === null) {
    const corpus = JSON.parse(await readFile(join(outDir, 'data/corpus.json'), 'utf8')) as CorpusExport;
    return { threads: 0, vocabulary, ...(await preparePart(outDir, corpus.documents, canonical, vocabulary)) };
  }
  const shares = workerShares(files.length, workers, minPerWorker);
  if (shares.length === 1) {
    return { threads: 0, vocabulary, ...(await preparePart(outDir, files, canonical, vocabulary)) };
  }
  const parts = await Promise.all(shares.map(([from, to]) => runWorker({ outDir, files: files.slice(from, to), canonical: [...canonical] })));
  const out: Prepared = { threads: parts.length, documents: [], vocabulary, bytes: 0, provisions: 0 };
  for (const part of parts) {
    const map = vocabulary.absorb(part.vocabulary);
    for (const d of part.documents) out.documents.push({ ...d, tokens: remap(d.tokens, map) });
    out.bytes += part.bytes;
    out.provisions += part.provisions;
  }
  return out;
}
