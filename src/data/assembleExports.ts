// The corpus-wide downloads written from the per-document ones after the pages are built. At a few
// thousand documents corpus.json is several hundred million characters, past V8's maximum string
// length, so it is never held in memory: the per-document files are streamed into it one at a time.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CSV_HEAD, csvDocumentOrder } from './exportCorpus.ts';

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

const DOCUMENTS_KEY = Buffer.from(',"documents":[');

/**
 * corpus-tables.json split around its `documents` list (the document ids), without parsing the rest:
 * at a few thousand documents the shared-text pairs in it are over a hundred megabytes, and parsing
 * and writing them again would only copy them through the heap.
 */
export function splitTables(text: Buffer, file: string): { head: Buffer; ids: string[]; tail: Buffer } {
  const start = text.indexOf(DOCUMENTS_KEY);
  if (start < 0) throw new Error(`${file}: line 1 has no "documents" list; expected the output of corpusTables()`);
  const open = start + DOCUMENTS_KEY.length - 1;
  // The end of the list: the first ] outside a JSON string.
  let inString = false;
  let end = -1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5d) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file}: the "documents" list is not closed; expected the output of corpusTables()`);
  const ids = JSON.parse(text.subarray(open, end + 1).toString('utf8')) as unknown;
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) throw new Error(`${file}: "documents" is not a list of document ids`);
  return { head: text.subarray(0, start), ids, tail: text.subarray(end + 1) };
}

/** Writes `<dataDir>/corpus.json` from corpus-tables.json and documents/<id>.json, in corpus order. */
export async function assembleCorpusJson(dataDir: string): Promise<{ documents: string[]; bytes: number }> {
  const { head, ids, tail } = splitTables(await readPart(dataDir, TABLES_FILE, 'the corpus tables'), join(dataDir, TABLES_FILE));
  const bytes = await writeStreamed(join(dataDir, 'corpus.json'), async function* () {
    yield head;
    yield ',"documents":[';
    for (const [i, id] of ids.entries()) {
      if (i > 0) yield ',';
      yield await readPart(dataDir, join(DOCUMENTS_DIR, `${id}.json`), `document ${id} of corpus.json`);
    }
    yield ']';
    yield tail;
  });
  return { documents: ids, bytes };
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
  const csv = await assembleProvisionsCsv(dataDir, json.documents);
  return { documents: json.documents.length, jsonBytes: json.bytes, csvBytes: csv.bytes };
}
