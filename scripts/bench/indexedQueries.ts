// Queries that make the search index work. The fixed set (SEARCH_QUERIES in browser.ts) is policy
// vocabulary; in a large, homogeneous corpus every one of its words can be common, and common
// words are left out of the index (src/search/commonWords.ts), so those searches never ask
// Pagefind. These come from the built site instead: the words the index keeps that the most
// documents hold (the longest posting lists it serves), each followed by the word after it in the
// first clause that has it, as a reader would type the phrase. Deterministic for a given site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_WORDS_PATH, type CommonWordsFile } from '../../src/search/commonWords.ts';
import { DOC_LIST_PATH, docDataPath, type DocList, type DocSearchData } from '../../src/search/docData.ts';
import { words } from '../../src/search/segment.ts';

/** A word of two or more Chinese characters (not a number, a letter run or a single particle). */
const isWord = (w: string): boolean => /^\p{Script=Han}{2,}$/u.test(w);

export function indexedQueries(dist: string, count = 4, sampleDocuments = 200): string[] {
  const listPath = join(dist, DOC_LIST_PATH);
  if (!existsSync(listPath)) return [];
  const commonPath = join(dist, COMMON_WORDS_PATH);
  const common = new Set(existsSync(commonPath) ? (JSON.parse(readFileSync(commonPath, 'utf8')) as CommonWordsFile).words : []);
  const keys = (JSON.parse(readFileSync(listPath, 'utf8')) as DocList).files.slice(0, sampleDocuments);
  const df = new Map<string, number>();
  /** The first clause (as words) holding each word. */
  const firstClause = new Map<string, string[]>();
  for (const key of keys) {
    const doc = JSON.parse(readFileSync(join(dist, docDataPath(key)), 'utf8')) as DocSearchData;
    const seen = new Set<string>();
    for (const clause of doc.clauses) {
      const list = words(clause.text);
      for (const w of list) {
        if (!isWord(w) || common.has(w) || seen.has(w)) continue;
        seen.add(w);
        if (!firstClause.has(w)) firstClause.set(w, list);
      }
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const phrase = (w: string): string => {
    const list = firstClause.get(w)!;
    const i = list.indexOf(w);
    const next = list[i + 1];
    const previous = list[i - 1];
    if (next && isWord(next)) return `${w}${next}`;
    if (previous && isWord(previous)) return `${previous}${w}`;
    return w;
  };
  // Two words can make the same phrase (one before the other): each phrase is asked once.
  const queries = new Set<string>();
  for (const [w] of [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (queries.size === count) break;
    queries.add(phrase(w));
  }
  return [...queries];
}
