// The draft checker's index, as the browser downloads it (/data/draft/): a small meta file, anchor
// shards and the provisions in blocks of a few. A check fetches the meta file, the shards of the
// draft's anchors and the blocks of the best candidates, never the whole corpus. METHOD.md explains the method;
// draftIndexFiles.ts builds the files and draftCheck.ts reads them. Every file is validated on
// arrival, so a stale or broken file is reported, not half-used.
import type { ReuseParams } from './params.ts';

export const DRAFT_INDEX_FORMAT = 'yiyang-draft-index/2';

/** Paths inside the index's folder. */
export const draftIndexPaths = {
  meta: 'meta.json',
  shard: (k: number) => `anchors/${k}.json`,
  block: (n: number) => `provisions/${n}.json`,
};

export interface DraftIndexMeta {
  format: typeof DRAFT_INDEX_FORMAT;
  params: ReuseParams;
  /** Documents holding at least one provision: the D of the shingle weights. */
  documentCount: number;
  /** Anchor shards (a power of two): an anchor hash h lives in shard h mod shardCount. */
  shardCount: number;
  /** Holders kept per anchor; an anchor with more keeps this many, in corpus order. */
  postingCap: number;
  /** Shingles in at least this many documents are in `common`; rarer ones (df ≥ 2) in their blocks' files. */
  commonMinDf: number;
  /** Provisions in each block, one base-36 digit a block: provisions are numbered in corpus order, block by block. */
  blockSizes: string;
  /** The common shingles, concatenated (params.shingleSize UTF-16 units each), and their document frequencies. */
  common: string;
  commonDf: number[];
}

export interface DraftAnchorShard {
  format: typeof DRAFT_INDEX_FORMAT;
  shard: number;
  /** Anchor key (hash ÷ shardCount, base 36) → provision numbers holding it, ascending. */
  anchors: Record<string, number[]>;
}

/** [provision id, label, site path (without the base), text] */
export type DraftProvisionRow = [id: string, label: string, url: string, text: string];

/** A few consecutive provisions of one document. */
export interface DraftBlockFile {
  format: typeof DRAFT_INDEX_FORMAT;
  /** The document: id, title and jurisdiction. */
  id: string;
  title: string;
  jurisdiction: string;
  provisions: DraftProvisionRow[];
  /** Shingles of these provisions in 2 … commonMinDf − 1 documents, concatenated, and their document frequencies. */
  rare: string;
  rareDf: number[];
}

/** Block n holds provisions starts[n] … starts[n + 1] − 1; the last entry is the number of provisions. */
export function blockStarts(blockSizes: string): number[] {
  const starts = [0];
  for (const digit of blockSizes) starts.push(starts.at(-1)! + parseInt(digit, 36));
  return starts;
}

/** An anchor's place: its shard and its key there. */
export function anchorSlot(hash: number, shardCount: number): { shard: number; key: string } {
  return { shard: anchorShard(hash, shardCount), key: Math.floor(hash / shardCount).toString(36) };
}

/** The shard of an anchor hash (without its key: the builder sorts millions of postings by it). */
export const anchorShard = (hash: number, shardCount: number): number => hash % shardCount;

const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isCountList = (x: unknown): x is number[] => Array.isArray(x) && x.every(isCount);
/** Same shape as Provision.url: a path inside the site, never another host or scheme. */
const SITE_PATH = /^\/documents\/[a-z0-9-]+\/(\d+\/)?#p-[a-z0-9-]+$/u;
const ANCHOR_KEY = /^[0-9a-z]{1,7}$/u;
const BLOCK_SIZES = /^[1-9a-z]*$/u;

function checker(file: string) {
  return (ok: boolean, what: string): void => {
    if (!ok) throw new Error(`draft index ${file}: expected ${what}`);
  };
}

function object(data: unknown, file: string): Record<string, unknown> {
  const expect = checker(file);
  expect(typeof data === 'object' && data !== null && !Array.isArray(data), 'a JSON object');
  const o = data as Record<string, unknown>;
  expect(o.format === DRAFT_INDEX_FORMAT, `format "${DRAFT_INDEX_FORMAT}", got ${JSON.stringify(o.format)}`);
  return o;
}

/** A shingle list and its frequencies: one frequency per `size` units. */
function shingleList(expect: ReturnType<typeof checker>, text: unknown, df: unknown, size: number, name: string): void {
  expect(isString(text) && isCountList(df) && text.length === df.length * size, `${name} (${size} units per shingle) with one frequency each`);
}

export function parseDraftMeta(data: unknown, file = draftIndexPaths.meta): DraftIndexMeta {
  const o = object(data, file);
  const expect = checker(file);
  expect(typeof o.params === 'object' && o.params !== null, 'params');
  for (const [k, v] of Object.entries(o.params as object)) expect(typeof v === 'number' && Number.isFinite(v), `param ${k} to be a number`);
  const size = (o.params as Record<string, unknown>).shingleSize;
  expect(isCount(size) && size >= 1 && size <= 3, 'params.shingleSize 1–3');
  expect(isCount(o.documentCount), 'documentCount');
  const shards = o.shardCount as number;
  expect(isCount(shards) && shards >= 1 && (shards & (shards - 1)) === 0, 'shardCount, a power of two');
  expect(isCount(o.postingCap) && (o.postingCap as number) >= 1, 'postingCap ≥ 1');
  expect(isCount(o.commonMinDf) && (o.commonMinDf as number) >= 2, 'commonMinDf ≥ 2');
  expect(isString(o.blockSizes) && BLOCK_SIZES.test(o.blockSizes), 'blockSizes, one base-36 digit (1–z) a block');
  shingleList(expect, o.common, o.commonDf, size as number, 'common');
  return data as DraftIndexMeta;
}

export function parseDraftShard(data: unknown, shard: number, file = draftIndexPaths.shard(shard)): DraftAnchorShard {
  const o = object(data, file);
  const expect = checker(file);
  expect(o.shard === shard, `shard ${shard}`);
  expect(typeof o.anchors === 'object' && o.anchors !== null && !Array.isArray(o.anchors), 'anchors');
  for (const [key, list] of Object.entries(o.anchors as object)) {
    expect(ANCHOR_KEY.test(key), `anchor keys in base 36, got ${JSON.stringify(key.slice(0, 20))}`);
    expect(isCountList(list) && list.length > 0, `anchor ${key} to list provision numbers`);
  }
  return data as DraftAnchorShard;
}

export function parseDraftBlock(data: unknown, shingleSize: number, file: string): DraftBlockFile {
  const o = object(data, file);
  const expect = checker(file);
  expect(isString(o.id) && isString(o.title) && isString(o.jurisdiction), 'id, title, jurisdiction');
  expect(Array.isArray(o.provisions), 'provisions[]');
  (o.provisions as unknown[]).forEach((p, i) => {
    expect(Array.isArray(p) && p.length === 4 && p.every(isString) && SITE_PATH.test(String(p[2])), `provisions[${i}] to be [id, label, site path, text]`);
  });
  shingleList(expect, o.rare, o.rareDf, shingleSize, 'rare');
  return data as DraftBlockFile;
}
