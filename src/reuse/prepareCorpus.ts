// Turns provisions into the compact typed arrays every later step works on: per-position shingle ids
// (for alignment), sorted distinct shingle ids (for scoring), winnowed anchors (for candidate search),
// and per-shingle document frequencies and weights. One flat array per kind (CSR layout), no
// per-shingle objects, so 150,000 provisions fit in a few hundred megabytes.
import { GrowableInt32 } from './growable.ts';
import { normalizeForReuse } from './normalizeText.ts';
import { REUSE_PARAMS, winnowWindow, type ReuseParams } from './params.ts';
import { packShingle, ShingleTable } from './shingleTable.ts';
import { shingleWeight } from './weights.ts';
import { winnowAnchors } from './winnow.ts';

/** The only fields the reuse method reads from a provision. */
export interface ReuseItem {
  id: string;
  docId: string;
  text: string;
}

export interface PreparedCorpus {
  params: ReuseParams;
  size: number;
  ids: string[];
  /** Distinct document ids, in first-seen order. */
  docIds: string[];
  /** Item → index into docIds. */
  docOf: Int32Array;
  normLength: Int32Array;
  /** Shingle id at each normalised position of item i: posIds[posStart[i] … posStart[i + 1]). */
  posStart: Int32Array;
  posIds: Int32Array;
  /** Sorted distinct shingle ids of item i: setIds[setStart[i] … setStart[i + 1]). */
  setStart: Int32Array;
  setIds: Int32Array;
  /** Σ weight of each item's distinct shingles. */
  totals: Float64Array;
  /** By shingle id: number of documents containing it, and its weight. */
  df: Int32Array;
  weights: Float32Array;
  /** Winnowed anchor hashes of item i: anchors[anchorStart[i] … anchorStart[i + 1]). */
  anchorStart: Int32Array;
  anchors: Uint32Array;
  table: ShingleTable;
}

/** Shingle ids at each position of a normalised string (interning new shingles). */
export function positionIds(chars: string, size: number, table: ShingleTable, out: GrowableInt32): void {
  // A text shorter than one shingle has none: it is too short to count as shared wording anyway.
  for (let i = 0; i + size <= chars.length; i += 1) out.push(table.intern(packShingle(chars, i, size)));
}

export function prepareCorpus(items: readonly ReuseItem[], params: Partial<ReuseParams> = {}): PreparedCorpus {
  const p: ReuseParams = { ...REUSE_PARAMS, ...params };
  if (p.shingleSize < 1 || p.shingleSize > 3) throw new Error(`shingleSize must be 1–3, got ${p.shingleSize}`);
  const size = items.length;
  const table = new ShingleTable(Math.max(1024, size * 8));
  const docIndex = new Map<string, number>();
  const docOf = new Int32Array(size);
  const normLength = new Int32Array(size);
  const posStart = new Int32Array(size + 1);
  const setStart = new Int32Array(size + 1);
  const anchorStart = new Int32Array(size + 1);
  const pos = new GrowableInt32(size * 128);
  const sets = new GrowableInt32(size * 128);
  const anchorParts: Uint32Array[] = [];
  let anchorCount = 0;
  const window = winnowWindow(p);
  let scratch = new Int32Array(256);

  for (let i = 0; i < size; i += 1) {
    const item = items[i]!;
    let d = docIndex.get(item.docId);
    if (d === undefined) {
      d = docIndex.size;
      docIndex.set(item.docId, d);
    }
    docOf[i] = d;
    const chars = normalizeForReuse(item.text);
    normLength[i] = chars.length;
    posStart[i] = pos.length;
    const before = pos.length;
    positionIds(chars, p.shingleSize, table, pos);
    const n = pos.length - before;
    if (scratch.length < n) scratch = new Int32Array(n * 2);
    const ids = pos.copyInto(before, pos.length, scratch);
    ids.sort();
    setStart[i] = sets.length;
    for (let k = 0; k < n; k += 1) if (k === 0 || ids[k] !== ids[k - 1]) sets.push(ids[k]!);
    const anchors = winnowAnchors(chars, p.anchorSize, window);
    anchorStart[i] = anchorCount;
    anchorParts.push(anchors);
    anchorCount += anchors.length;
  }
  posStart[size] = pos.length;
  setStart[size] = sets.length;
  anchorStart[size] = anchorCount;
  const anchors = new Uint32Array(anchorCount);
  anchorParts.forEach((a, i) => anchors.set(a, anchorStart[i]!));
  const setIds = sets.toArray();

  // Document frequency: count each shingle once per document (items visited document by document).
  const df = new Int32Array(table.size);
  const lastDoc = new Int32Array(table.size).fill(-1);
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => docOf[a]! - docOf[b]! || a - b);
  for (const i of order) {
    const d = docOf[i]!;
    for (let k = setStart[i]!; k < setStart[i + 1]!; k += 1) {
      const id = setIds[k]!;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id] = df[id]! + 1;
      }
    }
  }
  const docCount = docIndex.size;
  const weights = new Float32Array(table.size);
  for (let id = 0; id < table.size; id += 1) weights[id] = shingleWeight(df[id]!, docCount);
  const totals = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let t = 0;
    for (let k = setStart[i]!; k < setStart[i + 1]!; k += 1) t += weights[setIds[k]!]!;
    totals[i] = t;
  }
  return {
    params: p,
    size,
    ids: items.map((it) => it.id),
    docIds: [...docIndex.keys()],
    docOf,
    normLength,
    posStart,
    posIds: pos.toArray(),
    setStart,
    setIds,
    totals,
    df,
    weights,
    anchorStart,
    anchors,
    table,
  };
}
