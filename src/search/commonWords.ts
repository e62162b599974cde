// Words that most documents share are left out of the search index. With one record per document,
// a word in nearly every document (医养, 结合, 服务 …) does not narrow the candidates, yet its
// posting list is the longest to store, download and intersect: in the 2,850-document benchmark
// the words in more than half of the documents held 82% of all postings, and leaving them out took
// one index of every document from 2.66 GB to 0.60 GB of Pagefind memory (scripts/bench/findings.md).
// The page drops the same words from a query before asking Pagefind; a query made only of common
// words asks for every document (Pagefind's null search), and the page's own check of each
// clause (src/search/session.ts) still decides what matches. Below COMMON_MIN_DOCUMENTS documents
// the index is small and nothing is left out, so a small site ranks exactly as before.

/** Where the build writes the list, for the page. */
export const COMMON_WORDS_PATH = 'search/common-words.json';
/** A word is common when it is in more than this share of the documents. */
export const COMMON_SHARE = 0.5;
/** Corpora smaller than this keep every word. */
export const COMMON_MIN_DOCUMENTS = 50;

export interface CommonWordsFile {
  version: 1;
  /** Documents the index holds. */
  documents: number;
  share: number;
  /** The words left out of the index, sorted. */
  words: string[];
}

/** The words in more than `share` of `documents` documents (none below `minDocuments`), sorted. */
export function commonWords(df: ReadonlyMap<string, number>, documents: number, minDocuments: number = COMMON_MIN_DOCUMENTS, share: number = COMMON_SHARE): string[] {
  if (documents < minDocuments) return [];
  const out: string[] = [];
  for (const [word, n] of df) if (n > share * documents) out.push(word);
  return out.sort();
}

/**
 * What to ask the index for a query's tokens: the tokens it holds, space-separated, or null when
 * every token is common (every document is a candidate); undefined for a query without tokens,
 * which has no candidates.
 */
export function indexQuery(tokens: readonly string[], common: ReadonlySet<string>): string | null | undefined {
  if (tokens.length === 0) return undefined;
  const kept = tokens.filter((t) => !common.has(t));
  return kept.length > 0 ? kept.join(' ') : null;
}
