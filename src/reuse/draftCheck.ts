// A pasted draft checked against the corpus through the draft index (draftIndexFormat.ts), fetching
// only what this draft needs, in three steps:
//   1. the draft's anchors (winnowed k-grams, as in the build's candidate search) → their shards →
//      the provisions holding them; an anchor held by many provisions counts less (1 / holders);
//   2. the best candidates → their blocks (text, and the document frequency of their rarer shingles);
//   3. the score and the shared passages (draftScore.ts).
// Used by the page (src/scripts/draft.ts) with fetch, and by tests and benchmarks with files on disk.
import { anchorSlot, blockStarts, draftIndexPaths, parseDraftBlock, parseDraftMeta, parseDraftShard, type DraftBlockFile, type DraftIndexMeta } from './draftIndexFormat.ts';
import { normalizeDraft, scoreDraft, type DraftScoreOptions, type ScoredCandidate } from './draftScore.ts';
import { winnowWindow } from './params.ts';
import { winnowAnchors } from './winnow.ts';

/** Reads one file of the index by its path inside the index folder. */
export type LoadJson = (path: string) => Promise<unknown>;

export const DRAFT_CHECK = {
  /**
   * Anchors looked up per draft: all of a clause of up to about 400 characters. A longer paste looks up
   * the smallest hashes (a consistent sample), so it stays under a hundred requests; it then finds
   * long shared passages, not necessarily every 12-character one.
   */
  maxAnchors: 96,
  /** Provisions scored per draft: those with the most anchor weight. */
  candidates: 24,
};

export interface DraftMatch extends ScoredCandidate {
  provision: { id: string; label: string; url: string; text: string };
  document: { id: string; title: string; jurisdiction: string };
}

/** The anchors a draft looks up: all of them, or the `max` smallest hashes of a long draft. */
export function draftAnchors(chars: string, meta: Pick<DraftIndexMeta, 'params'>, max = DRAFT_CHECK.maxAnchors): Uint32Array {
  const all = winnowAnchors(chars, meta.params.anchorSize, winnowWindow(meta.params));
  return all.slice(0, max);
}

/** Provision numbers by anchor weight (Σ 1 / holders over the draft's anchors), best first, ties to the lower number. */
export function rankCandidates(holderLists: readonly (readonly number[])[], budget: number): number[] {
  const weight = new Map<number, number>();
  for (const list of holderLists) for (const p of list) weight.set(p, (weight.get(p) ?? 0) + 1 / list.length);
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, budget)
    .map(([p]) => p);
}

/** The block holding provision number p (provisionStart from blockStarts, ascending). */
export function blockOf(provisionStart: readonly number[], p: number): number {
  let lo = 0;
  let hi = provisionStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (provisionStart[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function frequencies(text: string, df: readonly number[], size: number, into: Map<string, number>): void {
  for (let i = 0; i < df.length; i += 1) into.set(text.slice(i * size, (i + 1) * size), df[i]!);
}

export class DraftChecker {
  private meta: Promise<{ meta: DraftIndexMeta; common: Map<string, number>; provisionStart: number[] }> | null = null;
  private readonly files = new Map<string, Promise<unknown>>();
  /** Every path requested, in order (each once): what a check cost. */
  readonly requested: string[] = [];

  private readonly loadJson: LoadJson;

  constructor(loadJson: LoadJson) {
    this.loadJson = loadJson;
  }

  private file<T>(path: string, parse: (data: unknown) => T): Promise<T> {
    let p = this.files.get(path);
    if (!p) {
      this.requested.push(path);
      p = this.loadJson(path).then(parse);
      // A failed request is tried again next time.
      p.catch(() => this.files.delete(path));
      this.files.set(path, p);
    }
    return p as Promise<T>;
  }

  private loaded() {
    this.meta ??= this.file(draftIndexPaths.meta, (d) => parseDraftMeta(d)).then((meta) => {
      const common = new Map<string, number>();
      frequencies(meta.common, meta.commonDf, meta.params.shingleSize, common);
      return { meta, common, provisionStart: blockStarts(meta.blockSizes) };
    });
    this.meta.catch(() => (this.meta = null));
    return this.meta;
  }

  /** The meta file (small): fetch it early, e.g. when the reader starts typing. */
  ready(): Promise<DraftIndexMeta> {
    return this.loaded().then((m) => m.meta);
  }

  private block(n: number, shingleSize: number): Promise<DraftBlockFile> {
    const path = draftIndexPaths.block(n);
    return this.file(path, (d) => parseDraftBlock(d, shingleSize, path));
  }

  async check(draft: string, options: DraftScoreOptions = {}): Promise<DraftMatch[]> {
    const { meta, common, provisionStart } = await this.loaded();
    const norm = normalizeDraft(draft);
    const anchors = draftAnchors(norm.chars, meta);
    const slots = [...anchors].map((h) => anchorSlot(h, meta.shardCount));
    const shards = await Promise.all([...new Set(slots.map((s) => s.shard))].map((k) => this.file(draftIndexPaths.shard(k), (d) => parseDraftShard(d, k))));
    const byShard = new Map(shards.map((s) => [s.shard, s.anchors]));
    const holders = slots.flatMap(({ shard, key }) => (Object.hasOwn(byShard.get(shard)!, key) ? [byShard.get(shard)![key]!] : []));
    const total = provisionStart.at(-1)!;
    const numbers = rankCandidates(holders, DRAFT_CHECK.candidates).filter((p) => p < total);

    const blockNumbers = [...new Set(numbers.map((p) => blockOf(provisionStart, p)))];
    const blocks = new Map(await Promise.all(blockNumbers.map(async (n) => [n, await this.block(n, meta.params.shingleSize)] as const)));
    const df = new Map(common);
    for (const block of blocks.values()) frequencies(block.rare, block.rareDf, meta.params.shingleSize, df);
    const rows = new Map(
      numbers.map((p) => {
        const n = blockOf(provisionStart, p);
        const block = blocks.get(n)!;
        const row = block.provisions[p - provisionStart[n]!];
        if (!row) throw new Error(`draft index ${draftIndexPaths.block(n)}: expected provision ${p - provisionStart[n]!} (number ${p}), the file has ${block.provisions.length}`);
        return [p, { block, row }] as const;
      }),
    );
    const candidates = numbers.map((p) => ({ number: p, text: rows.get(p)!.row[3] }));
    return scoreDraft(norm, candidates, (s) => df.get(s), meta.documentCount, meta.params, options).map((m) => {
      const { block, row: [id, label, url, text] } = rows.get(m.number)!;
      return { ...m, provision: { id, label, url, text }, document: { id: block.id, title: block.title, jurisdiction: block.jurisdiction } };
    });
  }
}
