// The draft checker's index (/data/draft/), written after the pages from the per-document files, in
// corpus order, like corpus.json (assembleExports.ts). The files are many and small, so a check
// downloads only the parts its draft needs (src/reuse/draftIndexFormat.ts).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { blockStarts } from '../reuse/draftIndexFormat.ts';
import { draftIndexFiles, type DraftSourceDocument } from '../reuse/draftIndexFiles.ts';
import { DOCUMENTS_DIR, splitTables, TABLES_FILE } from './assembleExports.ts';

export const DRAFT_INDEX_DIR = 'draft';

/** What the draft checker reads of one per-document file; names the file and what was expected when it is not there. */
export function draftSource(data: unknown, file: string): DraftSourceDocument {
  const d = data as { id?: unknown; title?: unknown; jurisdiction?: { name?: unknown }; provisions?: unknown };
  const str = (x: unknown) => typeof x === 'string';
  if (!str(d?.id) || !str(d.title) || !str(d.jurisdiction?.name) || !Array.isArray(d.provisions)) throw new Error(`${file}: expected a document with id, title, jurisdiction.name and provisions[]`);
  return {
    id: d.id as string,
    title: d.title as string,
    jurisdiction: d.jurisdiction!.name as string,
    provisions: (d.provisions as unknown[]).map((p, i) => {
      const r = p as Record<string, unknown>;
      if (!str(r?.id) || !str(r.label) || !str(r.url) || !str(r.text)) throw new Error(`${file}: provisions[${i}] needs id, label, url and text`);
      return { id: r.id as string, label: r.label as string, url: r.url as string, text: r.text as string };
    }),
  };
}

export async function writeDraftIndex(dataDir: string): Promise<{ documents: number; blocks: number; provisions: number; shards: number; commonMinDf: number; files: number; bytes: number }> {
  const tablesFile = join(dataDir, TABLES_FILE);
  const { ids } = splitTables(await readFile(tablesFile), tablesFile);
  const sources: DraftSourceDocument[] = [];
  for (const id of ids) {
    const file = join(dataDir, DOCUMENTS_DIR, `${id}.json`);
    sources.push(draftSource(JSON.parse(await readFile(file, 'utf8')), file));
  }
  const out = join(dataDir, DRAFT_INDEX_DIR);
  await rm(out, { recursive: true, force: true });
  const made = new Set<string>();
  let bytes = 0;
  let files = 0;
  let summary = { blocks: 0, provisions: 0, shards: 0, commonMinDf: 0 };
  // One file's JSON at a time; a few writes in flight.
  let pending: Promise<void>[] = [];
  for (const file of draftIndexFiles(sources)) {
    if (file.kind === 'meta') {
      const starts = blockStarts(file.data.blockSizes);
      summary = { blocks: starts.length - 1, provisions: starts.at(-1)!, shards: file.data.shardCount, commonMinDf: file.data.commonMinDf };
    }
    const path = join(out, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const json = JSON.stringify(file.data);
    bytes += Buffer.byteLength(json);
    files += 1;
    pending.push(writeFile(path, json));
    if (pending.length === 32) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { documents: sources.length, ...summary, files, bytes };
}
