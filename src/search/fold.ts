// Text as search compares it: NFKC (full-width → half-width, so 互联网＋ finds 互联网+), lower case,
// and no whitespace or zero-width characters, which carry no meaning in Chinese and break phrases
// across line breaks. The same folding is applied to queries, clause text and page text.

/** Folded text plus, for every folded UTF-16 unit, where its code point starts and ends in the source. */
export interface FoldedText {
  text: string;
  start: number[];
  end: number[];
}

const DROPPED = /[\s\u200b-\u200d\u2060\ufeff]/gu;

const folded = new Map<string, string>();

/**
 * One code point folded. CJK Unified Ideographs (most of any clause) are their own NFKC form and
 * have no case, so they are returned as they are; other characters are folded once and
 * remembered: the search page folds every clause of the documents it loads, and normalising
 * character by character cost about 3 ms per document.
 */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFKC').toLowerCase().replace(DROPPED, '');
    folded.set(ch, f);
  }
  return f;
}

export function foldWithOrigin(source: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += f;
    i += ch.length;
  }
  return { text, start, end };
}

export function fold(source: string): string {
  let text = '';
  for (const ch of source) text += foldChar(ch);
  return text;
}
