// What the side-by-side view shows, as plain data: runs of a provision's text classified as shared
// with the counterpart on display, shared only with some other counterpart, or locally new (found in
// no counterpart). Components render the kinds as <mark>, plain text and <ins>, as text nodes.
import { mergeSpans, type TextSpan } from './textSpans.ts';

export type SegmentKind = 'shared' | 'elsewhere' | 'new' | 'plain';

export interface KindSegment {
  text: string;
  kind: SegmentKind;
}

const LETTER = /[\p{L}\p{N}]/u;

function classify(text: string, layers: readonly { spans: readonly TextSpan[]; kind: SegmentKind }[], rest: SegmentKind): KindSegment[] {
  const kinds = new Array<SegmentKind>(text.length).fill(rest);
  // Later layers win, so pass the weakest first.
  for (const { spans, kind } of layers) {
    for (const [s, e] of mergeSpans(spans)) for (let i = Math.max(0, s); i < Math.min(e, text.length); i += 1) kinds[i] = kind;
  }
  const out: KindSegment[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && kinds[j] === kinds[i]) j += 1;
    const run = text.slice(i, j);
    // Punctuation and spaces alone carry no wording: never highlight them as new.
    const kind = kinds[i] === 'new' && !LETTER.test(run) ? 'plain' : kinds[i]!;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += run;
    else out.push({ text: run, kind });
    i = j;
  }
  return out;
}

/** This provision beside one counterpart: shared with it, shared only elsewhere, or locally new. */
export function thisSideSegments(text: string, sharedWithThis: readonly TextSpan[], sharedWithAny: readonly TextSpan[]): KindSegment[] {
  return classify(text, [{ spans: sharedWithAny, kind: 'elsewhere' }, { spans: sharedWithThis, kind: 'shared' }], 'new');
}

/** The counterpart's text: shared runs and the rest. */
export function otherSideSegments(text: string, spans: readonly TextSpan[]): KindSegment[] {
  return classify(text, [{ spans, kind: 'shared' }], 'plain');
}
