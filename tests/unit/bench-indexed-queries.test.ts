// The benchmark's indexed queries: taken from a built site's search data, most-held words first,
// each as a phrase with its neighbouring word, and each phrase asked once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedQueries } from '../../scripts/bench/indexedQueries.ts';
import { COMMON_WORDS_PATH } from '../../src/search/commonWords.ts';
import { DOC_LIST_PATH, docDataPath } from '../../src/search/docData.ts';
import { scratchDirs } from './helpers.ts';

const scratchDir = scratchDirs('indexed-queries-');

/** A dist with one search data file per document, each document a list of clause texts. */
function site(documents: string[][], common: string[] = []): string {
  const dist = scratchDir();
  const write = (path: string, data: unknown) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), JSON.stringify(data));
  };
  const keys = documents.map((_, i) => `doc${i}`);
  write(DOC_LIST_PATH, { version: 2, files: keys });
  documents.forEach((clauses, i) => write(docDataPath(keys[i]!), { version: 2, docId: keys[i], clauses: clauses.map((text) => ({ text })) }));
  if (common.length > 0) write(COMMON_WORDS_PATH, { words: common });
  return dist;
}

describe('indexedQueries', () => {
  it('takes the words most documents hold, as phrases, and asks a phrase two words make only once', () => {
    // 加强 and 管理 are in three documents each, and both make 加强管理; 提高质量 comes next.
    const dist = site([['加强管理。'], ['加强管理。', '提高质量。'], ['加强管理。', '提高质量。', '其他。']]);
    expect(indexedQueries(dist, 2)).toEqual(['加强管理', '提高质量']);
  });

  it('leaves out the words the index left out (common words)', () => {
    const dist = site([['加强管理。'], ['加强管理。', '提高质量。'], ['加强管理。', '提高质量。', '其他。']], ['加强', '管理']);
    expect(indexedQueries(dist, 2)).toEqual(['提高质量', '其他']);
  });

  it('has nothing to ask of a site without search data', () => {
    expect(indexedQueries(scratchDir())).toEqual([]);
  });
});
