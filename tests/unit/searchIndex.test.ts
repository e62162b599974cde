// The build step that writes the Pagefind index and the search entries, run on the real corpus.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { corpusJson } from '../../src/data/exportCorpus.ts';
import { makeExportContext } from '../../src/data/makeExportContext.ts';
import { assignShards, shardDir, shardTotal } from '../../src/search/shards.ts';
import { buildSearchIndex, PAGEFIND_DIR, SEARCH_DATA_PATH } from '../../src/integrations/pagefind.ts';
import type { SearchData } from '../../src/search/entries.ts';

const root = new URL('../..', import.meta.url).pathname;
const synonyms = join(root, 'content/synonyms.yml');
const corpus = buildCorpus(root).documents;
const provisionCount = corpus.reduce((n, d) => n + d.provisions.length, 0);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  made.push(dir);
  return dir;
}

function siteWithCorpus(): string {
  const dir = tempSite();
  const documents = corpus.map((d) => d.document);
  const provisions = corpus.flatMap((d) => d.provisions);
  const json = corpusJson(documents, provisions, makeExportContext(documents, provisions, join(root, 'content')));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/corpus.json'), JSON.stringify(json));
  return dir;
}

describe('buildSearchIndex', () => {
  it('writes one zh-cn Pagefind record per provision and the entries JSON, and logs the language', async () => {
    const dir = siteWithCorpus();
    const logged: string[] = [];
    await buildSearchIndex(dir, synonyms, { info: (m: string) => logged.push(m) });
    const manifest = JSON.parse(readFileSync(join(dir, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(manifest.languages)).toEqual(['zh-cn']);
    expect(manifest.languages['zh-cn']!.page_count).toBe(provisionCount);
    const data = JSON.parse(readFileSync(join(dir, SEARCH_DATA_PATH), 'utf8')) as SearchData;
    expect(data.entries).toHaveLength(provisionCount);
    expect(logged.some((m) => m.includes('index language zh-cn') && m.includes(`${provisionCount} records`))).toBe(true);
  }, 60_000);

  it('writes a large corpus in shards of whole documents, each a zh-cn index', async () => {
    const dir = siteWithCorpus();
    await buildSearchIndex(dir, synonyms, { info: () => undefined }, 50);
    const shards = shardTotal(assignShards(corpus.flatMap((d) => d.provisions), 50));
    expect(shards).toBeGreaterThanOrEqual(3);
    const counts = Array.from({ length: shards }, (_, k) => {
      const manifest = JSON.parse(readFileSync(join(dir, shardDir(k), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(manifest.languages)).toEqual(['zh-cn']);
      return manifest.languages['zh-cn']!.page_count;
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(provisionCount);
    expect(counts.every((n) => n > 0)).toBe(true);
  }, 120_000);

  it('fails when the site has no corpus export', async () => {
    const dir = tempSite();
    await expect(buildSearchIndex(dir, synonyms, { info: () => undefined })).rejects.toThrow(/corpus\.json/u);
  });

  it('fails on a broken synonyms file', async () => {
    const dir = siteWithCorpus();
    const bad = join(dir, 'synonyms.yml');
    writeFileSync(bad, '- terms: [卫健局, 卫健局]\n  reason: x\n');
    await expect(buildSearchIndex(dir, bad, { info: () => undefined })).rejects.toThrow(/group 1 and group 1|appears in group/u);
  });
});

describe('assignShards', () => {
  it('keeps each document whole and fills shards in document order', () => {
    const entries = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c', 'c', 'd'].map((docId) => ({ docId }));
    const shards = assignShards(entries, 4);
    expect([...shards]).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
    expect(shardTotal(shards)).toBe(4);
    // Small documents share a shard; none is empty.
    expect([...assignShards(entries, 6)]).toEqual([['a', 0], ['b', 0], ['c', 1], ['d', 1]]);
    expect(shardTotal(assignShards(entries, 100))).toBe(1);
  });
});
