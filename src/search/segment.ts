// The words a document is indexed under. We segment Chinese ourselves with Intl.Segmenter (ICU) and
// hand Pagefind space-separated words in an `und` index, because Pagefind's own browser code
// segments the query with the same Intl.Segmenter('zh-CN'): index and query then split text the
// same way (Pagefind's built-in jieba and the browser's ICU disagree, upstream issue #1237), and
// indexing pre-split words took 40% less time and memory than Pagefind's zh-cn segmentation.
import { fold } from './fold.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Word-like segments of the folded text, in order (repeats kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(fold(text))) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * A document's index tokens: each distinct word once, then each distinct character of its longer
 * words once. One occurrence per document keeps every posting list to one position per document,
 * so index chunks grow with the number of documents, not of occurrences. The single characters
 * make a character query (see characterQuery) a complete pre-filter for phrases whose word
 * boundaries differ from the index's (a window cut from the middle of a clause).
 */
export function documentTokens(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  const chars = new Set<string>();
  for (const text of texts) {
    for (const w of words(text)) {
      seen.add(w);
      if (w.length > 1) for (const ch of w) chars.add(ch);
    }
  }
  for (const ch of chars) seen.add(ch);
  return [...seen];
}

/** The index content: the document's tokens, space-separated, less those left out (src/search/commonWords.ts). */
export function documentContent(texts: Iterable<string>, leaveOut: ReadonlySet<string> = new Set()): string {
  return documentTokens(texts)
    .filter((t) => !leaveOut.has(t))
    .join(' ');
}

/**
 * The query that finds every document holding all the characters of a folded phrase: a superset
 * of the documents that contain the phrase, whatever its word boundaries. Punctuation is left out
 * (Pagefind drops it from queries too).
 */
export function characterQuery(foldedPhrase: string): string {
  const chars = new Set<string>();
  for (const s of segmenter.segment(foldedPhrase)) if (s.isWordLike) for (const ch of s.segment) chars.add(ch);
  return [...chars].join(' ');
}
