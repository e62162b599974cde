// How much text each pair of documents shares: for document r and document c, the share of r's
// letters and digits that lie in passages shared with some provision of c. Asymmetric on purpose:
// a short plan copied whole into a long one is 100% shared one way and a few percent the other.
import type { ReusePair } from './computeReuse.ts';
import { coveredLetters, letterPrefix, lettersIn, type TextSpan } from './textSpans.ts';

export interface DocumentMatrix {
  docIds: string[];
  /** share[r][c]: 0–1; the diagonal is 0 (a document is not compared with itself). */
  share: number[][];
  /** Letters and digits per document, and shared with each other document. */
  letters: number[];
  sharedLetters: number[][];
}

export function documentMatrix(
  provisions: readonly { id: string; docId: string; text: string }[],
  pairs: readonly ReusePair[],
  docIds: readonly string[],
): DocumentMatrix {
  const docIndex = new Map(docIds.map((id, i) => [id, i]));
  const byId = new Map(provisions.map((p) => [p.id, p]));
  // spansToward[provision][other document] = spans of that provision shared with the other document
  const spansToward = new Map<string, Map<number, TextSpan[]>>();
  const add = (id: string, otherDoc: number | undefined, spans: readonly TextSpan[]) => {
    if (otherDoc === undefined) return;
    let perDoc = spansToward.get(id);
    if (!perDoc) spansToward.set(id, (perDoc = new Map<number, TextSpan[]>()));
    // Appended in place: a provision can share text with many provisions of one document.
    const list = perDoc.get(otherDoc);
    if (list) list.push(...spans);
    else perDoc.set(otherDoc, [...spans]);
  };
  for (const pair of pairs) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (!a || !b) continue;
    add(a.id, docIndex.get(b.docId), pair.spansA);
    add(b.id, docIndex.get(a.docId), pair.spansB);
  }
  const n = docIds.length;
  const letters = new Array<number>(n).fill(0);
  const sharedLetters = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const p of provisions) {
    const r = docIndex.get(p.docId);
    if (r === undefined) continue;
    const toward = spansToward.get(p.id);
    if (!toward) {
      // Most provisions share nothing: count their letters without a prefix array.
      letters[r] = letters[r]! + lettersIn(p.text, 0, p.text.length);
      continue;
    }
    // Counted once per provision, then per other document from the prefix (not a scan per pair).
    const prefix = letterPrefix(p.text);
    letters[r] = letters[r]! + prefix[p.text.length]!;
    for (const [c, spans] of toward) sharedLetters[r]![c] = sharedLetters[r]![c]! + coveredLetters(prefix, spans);
  }
  const share = sharedLetters.map((row, r) => row.map((x, c) => (r === c || letters[r] === 0 ? 0 : x / letters[r]!)));
  return { docIds: [...docIds], share, letters, sharedLetters };
}

/**
 * The sub-matrix of the `k` documents that share the most text with the others (by row sum),
 * in their original order: a D × D picture of thousands of documents would be unreadable and huge.
 */
export function topSharedDocuments(m: DocumentMatrix, k: number): DocumentMatrix {
  if (m.docIds.length <= k) return m;
  const sums = m.share.map((row) => row.reduce((a, b) => a + b, 0));
  const keep = m.docIds
    .map((_, i) => i)
    .sort((a, b) => sums[b]! - sums[a]! || a - b)
    .slice(0, k)
    .sort((a, b) => a - b);
  return {
    docIds: keep.map((i) => m.docIds[i]!),
    share: keep.map((i) => keep.map((j) => m.share[i]![j]!)),
    letters: keep.map((i) => m.letters[i]!),
    sharedLetters: keep.map((i) => keep.map((j) => m.sharedLetters[i]![j]!)),
  };
}
