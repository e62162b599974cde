// Builds the draft checker's index files (draftIndexFormat.ts) from the corpus, with the same
// preparation as the shared-text step, so shingles, document frequencies and anchors are the build's.
import { normalizeForReuse } from './normalizeText.ts';
import { REUSE_PARAMS, type ReuseParams } from './params.ts';
import { prepareCorpus, type ReuseItem } from './prepareCorpus.ts';
import { anchorShard, anchorSlot, DRAFT_INDEX_FORMAT, draftIndexPaths, type DraftAnchorShard, type DraftBlockFile, type DraftIndexMeta } from './draftIndexFormat.ts';

export interface DraftSourceDocument {
  id: string;
  title: string;
  jurisdiction: string;
  provisions: readonly { id: string; label: string; url: string; text: string }[];
}

export interface DraftIndexFiles {
  meta: DraftIndexMeta;
  shards: DraftAnchorShard[];
  blocks: DraftBlockFile[];
}

export const DRAFT_INDEX_LIMITS = {
  /** Most shingles in the meta file: beyond this, rarer shingles move to their blocks' files. */
  maxCommon: 16_000,
  /** Holders kept per anchor: an anchor held by more is boilerplate, and counts little anyway. */
  postingCap: 32,
  /** Provision numbers per anchor shard, about: sets the number of shards. */
  shardPostings: 500,
  /** Most shards: each is one request for a draft that has an anchor in it. */
  maxShards: 4_096,
  /** Provisions per block (at most 35, one base-36 digit): a candidate costs its block, so a whole document would cost several times more. */
  blockSize: 8,
};

/** The smallest document frequency ≥ 2 at which at most `max` shingles are at or above it. */
export function commonThreshold(df: Int32Array, max: number): number {
  const counts = new Map<number, number>();
  for (const d of df) if (d >= 2) counts.set(d, (counts.get(d) ?? 0) + 1);
  let above = 0;
  let threshold = Infinity;
  for (const d of [...counts.keys()].sort((a, b) => b - a)) {
    if (above + counts.get(d)! > max) break;
    above += counts.get(d)!;
    threshold = d;
  }
  if (counts.size === 0) return 2;
  // Even the most frequent level alone is too many: none is common.
  return threshold === Infinity ? Math.max(...counts.keys()) + 1 : threshold;
}

export type DraftIndexFile =
  | { kind: 'meta'; path: string; data: DraftIndexMeta }
  | { kind: 'shard'; path: string; data: DraftAnchorShard }
  | { kind: 'block'; path: string; data: DraftBlockFile };

/**
 * The index's files one at a time, meta file first, so a writer holds one file's JSON at a time: at
 * 2,850 documents the files hold 90 MB of JSON, and the build writes them while its own heap is large.
 */
export function* draftIndexFiles(
  sources: readonly DraftSourceDocument[],
  params: Partial<ReuseParams> = {},
  limits: Partial<typeof DRAFT_INDEX_LIMITS> = {},
): Generator<DraftIndexFile> {
  const lim = { ...DRAFT_INDEX_LIMITS, ...limits };
  if (lim.blockSize < 1 || lim.blockSize > 35) throw new Error(`draft index: blockSize must be 1–35, got ${lim.blockSize}`);
  const items: ReuseItem[] = sources.flatMap((d) => d.provisions.map((p) => ({ id: p.id, docId: d.id, text: p.text })));
  // Only what the files need is kept from the prepared corpus (per-position ids are the largest part).
  const { params: p, size, df, setStart, setIds, anchors, anchorStart, documentCount, names } = (() => {
    const corpus = prepareCorpus(items, { ...REUSE_PARAMS, ...params });
    const k = corpus.params.shingleSize;
    // The text of every shingle a file names (df ≥ 2), read back from the normalised provisions.
    const names: (string | undefined)[] = new Array(corpus.df.length);
    items.forEach((item, i) => {
      const chars = normalizeForReuse(item.text);
      for (let j = 0, at = corpus.posStart[i]!; at < corpus.posStart[i + 1]!; j += 1, at += 1) {
        const id = corpus.posIds[at]!;
        if (corpus.df[id]! >= 2 && names[id] === undefined) names[id] = chars.slice(j, j + k);
      }
    });
    const { params: p, size, df, setStart, setIds, anchors, anchorStart } = corpus;
    return { params: p, size, df, setStart, setIds, anchors, anchorStart, documentCount: corpus.docIds.length, names };
  })();
  const threshold = commonThreshold(df, lim.maxCommon);
  const byName = (a: number, b: number) => (names[a]! < names[b]! ? -1 : 1);
  const common = [...names.keys()].filter((id) => df[id]! >= threshold).sort(byName);

  // Anchors: holders counted first (runs of a sorted copy), so the shard count follows the postings kept.
  const sorted = anchors.slice().sort();
  let kept = 0;
  for (let a = 0, run = 1; a < sorted.length; a += 1, run += 1) {
    if (a + 1 === sorted.length || sorted[a + 1] !== sorted[a]) {
      kept += Math.min(run, lim.postingCap);
      run = 0;
    }
  }
  let shardCount = 1;
  while (shardCount < lim.maxShards && shardCount * lim.shardPostings < kept) shardCount *= 2;

  // Blocks: up to blockSize consecutive provisions of one document; the meta file lists their sizes.
  const blockList = sources.flatMap((d) => Array.from({ length: Math.ceil(d.provisions.length / lim.blockSize) }, (_, b) => ({ d, rows: d.provisions.slice(b * lim.blockSize, (b + 1) * lim.blockSize) })));
  const blockSizes = blockList.map((b) => b.rows.length.toString(36)).join('');
  yield {
    kind: 'meta',
    path: draftIndexPaths.meta,
    data: {
      format: DRAFT_INDEX_FORMAT,
      params: p,
      documentCount,
      shardCount,
      postingCap: lim.postingCap,
      commonMinDf: threshold,
      blockSizes,
      common: common.map((id) => names[id]).join(''),
      commonDf: common.map((id) => df[id]!),
    },
  };

  // Postings grouped by shard (a counting sort, in provision order within each shard), then one shard at a time.
  const shardStart = new Int32Array(shardCount + 1);
  for (const h of anchors) shardStart[anchorShard(h, shardCount) + 1] = shardStart[anchorShard(h, shardCount) + 1]! + 1;
  for (let s = 0; s < shardCount; s += 1) shardStart[s + 1] = shardStart[s + 1]! + shardStart[s]!;
  const fill = shardStart.slice(0, shardCount);
  const postingHash = new Uint32Array(anchors.length);
  const postingItem = new Int32Array(anchors.length);
  for (let i = 0; i < size; i += 1) {
    for (let a = anchorStart[i]!; a < anchorStart[i + 1]!; a += 1) {
      const at = fill[anchorShard(anchors[a]!, shardCount)]!++;
      postingHash[at] = anchors[a]!;
      postingItem[at] = i;
    }
  }
  for (let shard = 0; shard < shardCount; shard += 1) {
    const holders = new Map<number, number[]>();
    for (let at = shardStart[shard]!; at < shardStart[shard + 1]!; at += 1) {
      const list = holders.get(postingHash[at]!);
      if (!list) holders.set(postingHash[at]!, [postingItem[at]!]);
      else if (list.length < lim.postingCap) list.push(postingItem[at]!);
    }
    const record: Record<string, number[]> = {};
    for (const [h, list] of holders) record[anchorSlot(h, shardCount).key] = list;
    yield { kind: 'shard', path: draftIndexPaths.shard(shard), data: { format: DRAFT_INDEX_FORMAT, shard, anchors: record } };
  }

  let n = 0;
  for (const [block, { d, rows }] of blockList.entries()) {
    const rare = new Set<number>();
    for (let i = n; i < n + rows.length; i += 1) {
      for (let s = setStart[i]!; s < setStart[i + 1]!; s += 1) {
        const id = setIds[s]!;
        if (df[id]! >= 2 && df[id]! < threshold) rare.add(id);
      }
    }
    n += rows.length;
    const ids = [...rare].sort(byName);
    yield {
      kind: 'block',
      path: draftIndexPaths.block(block),
      data: {
        format: DRAFT_INDEX_FORMAT,
        id: d.id,
        title: d.title,
        jurisdiction: d.jurisdiction,
        provisions: rows.map((r) => [r.id, r.label, r.url, r.text]),
        rare: ids.map((id) => names[id]).join(''),
        rareDf: ids.map((id) => df[id]!),
      },
    };
  }
}

/** All files at once (tests, the dev server). */
export function buildDraftIndexFiles(
  sources: readonly DraftSourceDocument[],
  params: Partial<ReuseParams> = {},
  limits: Partial<typeof DRAFT_INDEX_LIMITS> = {},
): DraftIndexFiles {
  const out: DraftIndexFiles = { meta: null as unknown as DraftIndexMeta, shards: [], blocks: [] };
  for (const f of draftIndexFiles(sources, params, limits)) {
    if (f.kind === 'meta') out.meta = f.data;
    else if (f.kind === 'shard') out.shards.push(f.data);
    else out.blocks.push(f.data);
  }
  return out;
}

/** Every file as [path, JSON text]: what the dev server serves, and what tests read back as the browser does. */
export function draftIndexJson(
  sources: readonly DraftSourceDocument[],
  params: Partial<ReuseParams> = {},
  limits: Partial<typeof DRAFT_INDEX_LIMITS> = {},
): [path: string, json: string][] {
  return [...draftIndexFiles(sources, params, limits)].map((f) => [f.path, JSON.stringify(f.data)]);
}
