// The build step that writes the Pagefind index and the per-document search data, run on the real corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirs } from './helpers.ts';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { corpusJson } from '../../src/data/exportCorpus.ts';
import { makeExportContext } from '../../src/data/makeExportContext.ts';
import { shardDir, shardOf, shardTotal } from '../../src/search/shards.ts';
import { buildSearchIndex, PAGEFIND_DIR } from '../../src/integrations/pagefind.ts';
import { workerShares } from '../../src/lib/workerShares.ts';
import { COMMON_WORDS_PATH } from '../../src/search/commonWords.ts';
import { DOC_LIST_PATH, docDataPath, unpackDocument, type DocList, type DocSearchData } from '../../src/search/docData.ts';
import { canonicalMap } from '../../src/search/facets.ts';
import { searchEntries } from '../../src/search/entries.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';

const root = new URL('../..', import.meta.url).pathname;
const synonyms = join(root, 'content/synonyms.yml');
const corpus = buildCorpus(root).documents;
const provisionCount = corpus.reduce((n, d) => n + d.provisions.length, 0);

const tempSite = scratchDirs('search-index-');

/** A site with the corpus export: one data/corpus.json, or (perDocument) one file per document plus an index file. */
function siteWithCorpus(perDocument = false): string {
  const dir = tempSite();
  const documents = corpus.map((d) => d.document);
  const provisions = corpus.flatMap((d) => d.provisions);
  const json = corpusJson(documents, provisions, makeExportContext(documents, provisions, join(root, 'content')));
  mkdirSync(join(dir, perDocument ? 'data/documents' : 'data'), { recursive: true });
  if (perDocument) {
    for (const d of json.documents) writeFileSync(join(dir, `data/documents/${d.id}.json`), JSON.stringify(d));
    writeFileSync(join(dir, 'data/documents/index.json'), JSON.stringify({ documents: json.documents.map((d) => d.id) }));
  } else {
    writeFileSync(join(dir, 'data/corpus.json'), JSON.stringify(json));
  }
  return dir;
}
const docCount = corpus.filter((d) => d.provisions.length > 0).length;

describe('buildSearchIndex', () => {
  it.each([false, true])('writes one Pagefind record per document and each document\'s search data (per-document export: %s)', async (perDocument) => {
    const dir = siteWithCorpus(perDocument);
    const logged: string[] = [];
    await buildSearchIndex(dir, synonyms, { info: (m: string) => logged.push(m) });
    const manifest = JSON.parse(readFileSync(join(dir, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(manifest.languages)).toEqual(['und']);
    expect(manifest.languages.und!.page_count).toBe(docCount);
    // Every document's data is named after its Pagefind page id (its fragment) and unpacks to exactly
    // the entries the site computes for it.
    const list = JSON.parse(readFileSync(join(dir, DOC_LIST_PATH), 'utf8')) as DocList;
    expect(list.files).toHaveLength(docCount);
    const fragments = readdirSync(join(dir, PAGEFIND_DIR, 'fragment')).map((f) => f.replace(/\.pf_fragment$/u, ''));
    expect([...list.files].sort()).toEqual(fragments.sort());
    const canonical = canonicalMap(loadSynonyms(synonyms));
    const byDoc = new Map(list.files.map((key) => {
      const data = JSON.parse(readFileSync(join(dir, docDataPath(key)), 'utf8')) as DocSearchData;
      return [data.docId, data] as const;
    }));
    expect([...byDoc.keys()]).toEqual(corpus.map((d) => d.document.id));
    for (const d of corpus) expect(unpackDocument(byDoc.get(d.document.id)!)).toEqual(searchEntries([d.document], d.provisions, canonical));
    // Nothing is left under a document id.
    for (const d of corpus) expect(existsSync(join(dir, docDataPath(d.document.id)))).toBe(false);
    expect(logged.some((m) => m.includes('index language und') && m.includes(`${docCount} documents`))).toBe(true);
  }, 60_000);

  it('writes a large corpus in shards of whole documents, each an und index', async () => {
    const dir = siteWithCorpus(true);
    await buildSearchIndex(dir, synonyms, { info: () => undefined }, { perShard: 2 });
    const shards = shardTotal(docCount, 2);
    expect(shards).toBe(3);
    const counts = Array.from({ length: shards }, (_, k) => {
      const manifest = JSON.parse(readFileSync(join(dir, shardDir(k), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(manifest.languages)).toEqual(['und']);
      return manifest.languages.und!.page_count;
    });
    expect(counts).toEqual([2, 2, 1]);
  }, 120_000);

  it('gives the same site when the first pass is split between worker threads', async () => {
    // Common words from two documents on, so the merged word counts decide what the index leaves out.
    const options = { minDocuments: 2 };
    const one = siteWithCorpus(true);
    await buildSearchIndex(one, synonyms, { info: () => undefined }, { ...options, workers: 1 });
    const three = siteWithCorpus(true);
    const logged: string[] = [];
    await buildSearchIndex(three, synonyms, { info: (m: string) => logged.push(m) }, { ...options, workers: 3, minPerWorker: 1 });
    const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
    expect(JSON.parse(read(three, COMMON_WORDS_PATH)).words.length).toBeGreaterThan(0);
    for (const path of [DOC_LIST_PATH, COMMON_WORDS_PATH, join(PAGEFIND_DIR, 'pagefind-entry.json')]) expect(read(three, path)).toBe(read(one, path));
    const list = JSON.parse(read(one, DOC_LIST_PATH)) as DocList;
    for (const key of list.files) expect(read(three, docDataPath(key))).toBe(read(one, docDataPath(key)));
    expect(logged.some((m) => m.includes(`${docCount} documents read`) && m.includes('(3 worker threads)'))).toBe(true);
  }, 120_000);

  it('names the file when a worker meets a broken export', async () => {
    const dir = siteWithCorpus(true);
    writeFileSync(join(dir, 'data/documents/zz-broken.json'), '{"id": "zz-broken", "provisions": [');
    await expect(buildSearchIndex(dir, synonyms, { info: () => undefined }, { workers: 2, minPerWorker: 1 })).rejects.toThrow(/zz-broken\.json is not a readable JSON export/u);
  });

  it('fails when the site has no corpus export', async () => {
    const dir = tempSite();
    await expect(buildSearchIndex(dir, synonyms, { info: () => undefined })).rejects.toThrow(/corpus\.json/u);
    // No Pagefind binary is left running after the failure.
    await expect(buildSearchIndex(siteWithCorpus(true), synonyms, { info: () => undefined }, { perShard: 10 })).resolves.toBeUndefined();
  });

  it('fails on a broken synonyms file', async () => {
    const dir = siteWithCorpus();
    const bad = join(dir, 'synonyms.yml');
    writeFileSync(bad, '- terms: [卫健局, 卫健局]\n  reason: x\n');
    await expect(buildSearchIndex(dir, bad, { info: () => undefined })).rejects.toThrow(/group 1 and group 1|appears in group/u);
  });
});

describe('workerShares', () => {
  it('splits documents into contiguous runs, none below the minimum', () => {
    expect(workerShares(5, 4, 100)).toEqual([[0, 5]]);
    expect(workerShares(250, 4, 100)).toEqual([[0, 125], [125, 250]]);
    expect(workerShares(2850, 2, 100)).toEqual([[0, 1425], [1425, 2850]]);
    expect(workerShares(7, 3, 1)).toEqual([[0, 2], [2, 4], [4, 7]]);
    expect(workerShares(0, 2, 1)).toEqual([[0, 0]]);
  });
});

describe('shards', () => {
  it('fills shards of whole documents in corpus order; an empty corpus still has one', () => {
    expect([0, 1, 2, 3, 4].map((i) => shardOf(i, 2))).toEqual([0, 0, 1, 1, 2]);
    expect(shardTotal(5, 2)).toBe(3);
    expect(shardTotal(4, 2)).toBe(2);
    expect(shardTotal(0, 2)).toBe(1);
    expect(shardDir(0)).toBe('pagefind');
    expect(shardDir(2)).toBe('pagefind-2');
  });
});
