// The corpus-wide downloads written from the per-document ones after the pages are built. At a few
// thousand documents corpus.json is several hundred million characters, past V8's maximum string
// length, so it is never held in memory: the per-document files are streamed into it one at a time.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CSV_HEAD, csvDocumentOrder, type CorpusTables } from './exportCorpus.ts';

export const TABLES_FILE = 'corpus-tables.json';
export const DOCUMENTS_DIR = 'documents';

async function readPart(dataDir: string, name: string, what: string): Promise<Buffer> {
  try {
    return await readFile(join(dataDir, name));
  } catch (err) {
    throw new Error(`${join(dataDir, name)}: cannot read ${what} (${(err as Error).message}); expected the build to have written it`);
  }
}

async function writeStreamed(file: string, parts: () => AsyncGenerator<string | Buffer>): Promise<number> {
  let bytes = 0;
  async function* counted() {
    for await (const part of parts()) {
      bytes += typeof part === 'string' ? Buffer.byteLength(part) : part.length;
      yield part;
    }
  }
  await pipeline(Readable.from(counted()), createWriteStream(file));
  return bytes;
}

/** Writes `<dataDir>/corpus.json` from corpus-tables.json and documents/<id>.json, in corpus order. */
export async function assembleCorpusJson(dataDir: string): Promise<{ documents: number; bytes: number }> {
  const tables = JSON.parse((await readPart(dataDir, TABLES_FILE, 'the corpus tables')).toString('utf8')) as CorpusTables;
  const { generator, documents, ...rest } = tables;
  const bytes = await writeStreamed(join(dataDir, 'corpus.json'), async function* () {
    yield `{"generator":${JSON.stringify(generator)},"documents":[`;
    for (const [i, id] of documents.entries()) {
      if (i > 0) yield ',';
      yield await readPart(dataDir, join(DOCUMENTS_DIR, `${id}.json`), `document ${id} of corpus.json`);
    }
    yield ']';
    for (const [key, value] of Object.entries(rest)) yield `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
    yield '}';
  });
  return { documents: documents.length, bytes };
}

/** Writes `<dataDir>/provisions.csv` from documents/<id>.csv: one head, then every document's rows. */
export async function assembleProvisionsCsv(dataDir: string, documentIds: readonly string[]): Promise<{ bytes: number }> {
  const bytes = await writeStreamed(join(dataDir, 'provisions.csv'), async function* () {
    yield CSV_HEAD;
    for (const id of csvDocumentOrder(documentIds)) {
      const name = join(DOCUMENTS_DIR, `${id}.csv`);
      const text = (await readPart(dataDir, name, `the provisions of document ${id}`)).toString('utf8');
      if (!text.startsWith(CSV_HEAD)) throw new Error(`${join(dataDir, name)}: line 1 is not the provisions.csv head; expected the columns of src/data/codebook.ts`);
      yield text.slice(CSV_HEAD.length);
    }
  });
  return { bytes };
}

/** Both corpus-wide files; returns what the build log reports. */
export async function assembleExports(dataDir: string): Promise<{ documents: number; jsonBytes: number; csvBytes: number }> {
  const json = await assembleCorpusJson(dataDir);
  const tables = JSON.parse((await readPart(dataDir, TABLES_FILE, 'the corpus tables')).toString('utf8')) as Pick<CorpusTables, 'documents'>;
  const csv = await assembleProvisionsCsv(dataDir, tables.documents);
  return { documents: json.documents, jsonBytes: json.bytes, csvBytes: csv.bytes };
}
