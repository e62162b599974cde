// The build writes one JSON and one CSV per document and streams the corpus-wide downloads together
// from them; the result must be byte for byte what the in-memory export gives.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirs } from './helpers.ts';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { assembleExports, DOCUMENTS_DIR, splitTables, TABLES_FILE } from '../../src/data/assembleExports.ts';
import { corpusJson, corpusTables, csvFile, documentCsvRows, documentExport, provisionsCsv } from '../../src/data/exportCorpus.ts';
import { documentJsonChunks, utf8Stream } from '../../src/data/documentJsonChunks.ts';
import { documentExportPaths } from '../../src/data/documentExportPaths.ts';
import { makeExportContext } from '../../src/data/makeExportContext.ts';
import { workerTask } from '../../src/lib/workerTask.ts';

const WORKER = new URL('../../src/data/assembleExportsWorker.ts', import.meta.url);

const root = new URL('../..', import.meta.url).pathname;
const corpus = buildCorpus(root).documents;
// A corpus order that is not the id order, as the site's (by level, then date) is not.
const documents = corpus.map((d) => d.document).reverse();
const provisions = corpus.flatMap((d) => d.provisions);
const ctx = makeExportContext(documents, provisions, join(root, 'content'));

const scratch = scratchDirs('exports-');

/** A data/ folder as the build writes it before the assembly step. */
function writtenParts(): string {
  const dir = scratch();
  mkdirSync(join(dir, DOCUMENTS_DIR));
  for (const { params, props } of documentExportPaths(documents, provisions)) {
    // As the route writes it: in pieces (documentJsonChunks).
    writeFileSync(join(dir, DOCUMENTS_DIR, `${params.slug}.json`), [...documentJsonChunks(documentExport(props.doc, props.provisions, ctx))].join(''));
    writeFileSync(join(dir, DOCUMENTS_DIR, `${params.slug}.csv`), csvFile(documentCsvRows(props.doc, props.provisions, ctx)));
  }
  writeFileSync(join(dir, TABLES_FILE), JSON.stringify(corpusTables(documents, ctx)));
  return dir;
}

describe('a document\'s JSON in pieces', () => {
  it('is byte for byte one JSON.stringify of the export, in pieces no larger than the head or one provision', async () => {
    for (const { props } of documentExportPaths(documents, provisions)) {
      const exported = documentExport(props.doc, props.provisions, ctx);
      const whole = JSON.stringify(exported);
      const pieces = [...documentJsonChunks(exported)];
      expect(pieces.join('')).toBe(whole);
      expect(await new Response(utf8Stream(pieces)).text()).toBe(whole);
      const largestProvision = Math.max(...exported.provisions.map((p) => JSON.stringify(p).length));
      const head = pieces[0]!.length;
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(Math.max(head, largestProvision + 1));
      expect(pieces.length).toBe(exported.provisions.length + 3);
    }
  });
});

describe('assembleExports', () => {
  it('streams corpus.json and provisions.csv byte for byte equal to the in-memory exports', async () => {
    const dir = writtenParts();
    const done = await assembleExports(dir);
    const json = readFileSync(join(dir, 'corpus.json'), 'utf8');
    expect(json).toBe(JSON.stringify(corpusJson(documents, provisions, ctx)));
    expect(done).toMatchObject({ documents: corpus.length, jsonBytes: Buffer.byteLength(json) });
    const parsed = JSON.parse(json) as { documents: { id: string; provisions: { similar: unknown[] }[] }[] };
    expect(parsed.documents.map((d) => d.id)).toEqual(documents.map((d) => d.id));
    expect(parsed.documents.flatMap((d) => d.provisions)).toHaveLength(provisions.length);
    // Shared-text results stay in the file (issue 5): some provision has counterparts.
    expect(parsed.documents.some((d) => d.provisions.some((p) => p.similar.length > 0))).toBe(true);
    expect(readFileSync(join(dir, 'provisions.csv'), 'utf8')).toBe(provisionsCsv(documents, provisions, ctx));
  });

  it('gives the same files in the worker thread the build runs it in, and its errors name the file', async () => {
    const inThread = writtenParts();
    await assembleExports(inThread);
    const dir = writtenParts();
    const done = await workerTask<Awaited<ReturnType<typeof assembleExports>>>(WORKER, { dataDir: dir }, 'downloads');
    expect(done.documents).toBe(corpus.length);
    for (const f of ['corpus.json', 'provisions.csv']) expect(readFileSync(join(dir, f)).equals(readFileSync(join(inThread, f)))).toBe(true);
    const id = documents[0]!.id;
    unlinkSync(join(dir, DOCUMENTS_DIR, `${id}.json`));
    await expect(workerTask(WORKER, { dataDir: dir }, 'downloads')).rejects.toThrow(new RegExp(`^downloads: .*${id}\\.json: cannot read document ${id}`, 'u'));
  });

  it('names the missing per-document file', async () => {
    const dir = writtenParts();
    const id = documents[1]!.id;
    unlinkSync(join(dir, DOCUMENTS_DIR, `${id}.json`));
    await expect(assembleExports(dir)).rejects.toThrow(new RegExp(`${id}\\.json: cannot read document ${id} of corpus\\.json`, 'u'));
  });

  it('refuses a per-document CSV without the provisions.csv head, naming the file and line', async () => {
    const dir = writtenParts();
    const id = documents[0]!.id;
    writeFileSync(join(dir, DOCUMENTS_DIR, `${id}.csv`), 'id,text\r\nx,y\r\n');
    await expect(assembleExports(dir)).rejects.toThrow(new RegExp(`${id}\\.csv: line 1 is not the provisions\\.csv head`, 'u'));
  });

  it('splits the tables around the document list without parsing the rest, strings with ] included', () => {
    const text = Buffer.from(JSON.stringify({ generator: 'g', documents: ['a-1', 'b]"x'], agencies: [{ name: '[x]' }] }));
    const { head, ids, tail } = splitTables(text, 'corpus-tables.json');
    expect(ids).toEqual(['a-1', 'b]"x']);
    expect(head.toString()).toBe('{"generator":"g"');
    expect(tail.toString()).toBe(',"agencies":[{"name":"[x]"}]}');
    expect(() => splitTables(Buffer.from('{"generator":"g"}'), 'corpus-tables.json')).toThrow(/corpus-tables\.json: line 1 has no "documents" list/u);
    expect(() => splitTables(Buffer.from('{"generator":"g","documents":["a"'), 'corpus-tables.json')).toThrow(/not closed/u);
  });
});
