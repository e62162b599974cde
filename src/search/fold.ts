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

export function foldWithOrigin(source: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const folded = ch.normalize('NFKC').toLowerCase().replace(DROPPED, '');
    for (let k = 0; k < folded.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += folded;
    i += ch.length;
  }
  return { text, start, end };
}

export function fold(source: string): string {
  return foldWithOrigin(source).text;
}
