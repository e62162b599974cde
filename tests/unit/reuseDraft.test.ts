// The draft checker's pure half, on the real seeds: the index files, the checker that fetches parts
// of them, and an oracle that scores the draft against every provision with document frequencies
// counted here, independently of the index.
import { describe, expect, it } from 'vitest';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { draftSource } from '../../src/data/writeDraftIndex.ts';
import { blockOf, DRAFT_CHECK, DraftChecker, rankCandidates } from '../../src/reuse/draftCheck.ts';
import { buildDraftIndexFiles, commonThreshold, draftIndexJson, type DraftSourceDocument } from '../../src/reuse/draftIndexFiles.ts';
import { blockStarts, draftIndexPaths, parseDraftBlock, parseDraftMeta, parseDraftShard } from '../../src/reuse/draftIndexFormat.ts';
import { MAX_DRAFT_LENGTH, normalizeDraft, scoreDraft, shingleSet } from '../../src/reuse/draftScore.ts';
import { normalizeForReuse } from '../../src/reuse/normalizeText.ts';
import { REUSE_PARAMS, winnowWindow } from '../../src/reuse/params.ts';
import { winnowAnchors } from '../../src/reuse/winnow.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ingestCorpus(`${root}seeds`, loadGazetteer(`${root}content/jurisdictions.yml`), root);
const sources: DraftSourceDocument[] = corpus.documents.map((d) => ({ id: d.document.id, title: d.document.title, jurisdiction: d.document.jurisdiction.name, provisions: d.provisions }));
const provisions = sources.flatMap((d) => d.provisions);
const text = (id: string) => provisions.find((p) => p.id === id)!.text;

/** A checker over files held in memory, as JSON text (what the browser receives), counting requests. */
function checkerOver(json: [string, string][], fail?: (path: string) => boolean) {
  const entries = new Map(json);
  return new DraftChecker(async (path) => {
    if (fail?.(path)) throw new Error(`${path}: HTTP 503`);
    const json = entries.get(path);
    if (json === undefined) throw new Error(`${path}: HTTP 404`);
    return JSON.parse(json) as unknown;
  });
}

// The oracle: document frequencies counted here, every provision a candidate.
const documentFrequency = new Map<string, number>();
for (const d of sources) {
  const seen = new Set<string>();
  for (const p of d.provisions) for (const s of shingleSet(normalizeForReuse(p.text), REUSE_PARAMS.shingleSize)) seen.add(s);
  for (const s of seen) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
}
const documentCount = sources.filter((d) => d.provisions.length > 0).length;
function oracle(draft: string) {
  const all = provisions.map((p, number) => ({ number, text: p.text }));
  return scoreDraft(normalizeDraft(draft), all, (s) => documentFrequency.get(s), documentCount, { ...REUSE_PARAMS }, { limit: 10_000 }).map((m) => ({ ...m, id: provisions[m.number]!.id }));
}
/** Matches sharing a passage of at least minMatch characters: those the anchors are bound to find. */
const anchored = (m: { draftSpans: [number, number][] }, draft: string) => m.draftSpans.some(([s, e]) => normalizeForReuse(draft.slice(s, e)).length >= REUSE_PARAMS.minMatch);

const files = buildDraftIndexFiles(sources);
const json = draftIndexJson(sources);
// Few common shingles, small shards: the rarer shingles' frequencies come from the blocks' files.
const SQUEEZE = { maxCommon: 200, shardPostings: 50 };
const squeezed = buildDraftIndexFiles(sources, {}, SQUEEZE);
const squeezedJson = draftIndexJson(sources, {}, SQUEEZE);

describe('the draft index files', () => {
  it('hold every provision once, in corpus order, with its text, link and document, in blocks of one document', () => {
    const starts = blockStarts(files.meta.blockSizes);
    expect(starts.at(-1)).toBe(provisions.length);
    expect(starts.length).toBe(files.blocks.length + 1);
    const rows = files.blocks.flatMap((b) => b.provisions);
    expect(rows.map((r) => r[0])).toEqual(provisions.map((p) => p.id));
    expect(rows.map((r) => r[3])).toEqual(provisions.map((p) => p.text));
    expect(rows.map((r) => r[2])).toEqual(provisions.map((p) => p.url));
    files.blocks.forEach((b, n) => {
      expect(b.provisions.length).toBeGreaterThan(0);
      expect(b.provisions.length).toBeLessThanOrEqual(8);
      for (const [id] of b.provisions) expect(id.startsWith(`${b.id}/`)).toBe(true);
      expect(b.title).toBe(sources.find((d) => d.id === b.id)!.title);
      expect(b.provisions.length).toBe(starts[n + 1]! - starts[n]!);
      expect(blockOf(starts, starts[n]!)).toBe(n);
      expect(blockOf(starts, starts[n + 1]! - 1)).toBe(n);
    });
    expect(files.blocks.length).toBeGreaterThan(sources.length);
  });

  it.each([
    ['default', files],
    ['squeezed', squeezed],
  ])('%s: every shingle in two or more documents has its exact frequency, in the meta file or in each block holding it', (_, f) => {
    const k = f.meta.params.shingleSize;
    const common = new Map<string, number>();
    for (let i = 0; i < f.meta.commonDf.length; i += 1) common.set(f.meta.common.slice(i * k, (i + 1) * k), f.meta.commonDf[i]!);
    expect(common.size).toBeLessThanOrEqual(f === squeezed ? 200 : 16_000);
    for (const [s, df] of common) expect(df).toBe(documentFrequency.get(s));
    f.blocks.forEach((block) => {
      const rare = new Map<string, number>();
      for (let i = 0; i < block.rareDf.length; i += 1) rare.set(block.rare.slice(i * k, (i + 1) * k), block.rareDf[i]!);
      const own = new Set<string>();
      for (const [, , , t] of block.provisions) for (const s of shingleSet(normalizeForReuse(t), k)) own.add(s);
      for (const s of own) {
        const df = documentFrequency.get(s)!;
        if (df >= f.meta.commonMinDf) expect(common.get(s)).toBe(df);
        else if (df >= 2) expect(rare.get(s)).toBe(df);
        else expect(rare.has(s) || common.has(s)).toBe(false);
      }
    });
    expect(squeezed.blocks.some((b) => b.rareDf.length > 0)).toBe(true);
  });

  it('shards the anchors by size and keeps at most postingCap holders per anchor', () => {
    expect(files.shards.length).toBe(files.meta.shardCount);
    expect(squeezed.meta.shardCount).toBeGreaterThan(files.meta.shardCount);
    for (const f of [files, squeezed]) {
      for (const s of f.shards) for (const list of Object.values(s.anchors)) {
        expect(list.length).toBeLessThanOrEqual(f.meta.postingCap);
        expect([...list].sort((a, b) => a - b)).toEqual(list);
      }
    }
  });

  it('parse back from JSON, and the parsers reject broken files naming the file and what was expected', () => {
    for (const [path, text] of json) {
      const data = JSON.parse(text) as unknown;
      if (path === draftIndexPaths.meta) expect(parseDraftMeta(data)).toEqual(files.meta);
      else if (path.startsWith('anchors/')) parseDraftShard(data, Number(path.match(/\d+/u)![0]));
      else parseDraftBlock(data, 3, path);
    }
    const meta = JSON.parse(JSON.stringify(files.meta)) as Record<string, unknown>;
    expect(() => parseDraftMeta({ ...meta, format: 'yiyang-reuse-index/1' })).toThrow(/draft index meta\.json: expected format/);
    expect(() => parseDraftMeta({ ...meta, shardCount: 3 })).toThrow(/power of two/);
    expect(() => parseDraftMeta({ ...meta, blockSizes: '8808' })).toThrow(/blockSizes/);
    expect(() => parseDraftMeta({ ...meta, blockSizes: [8, 8] })).toThrow(/blockSizes/);
    expect(() => parseDraftMeta({ ...meta, common: 'ab' })).toThrow(/common/);
    expect(() => parseDraftMeta({ ...meta, params: { ...(meta.params as object), minSpan: '8' } })).toThrow(/minSpan/);
    const block = JSON.parse(JSON.stringify(files.blocks[0])) as { provisions: string[][] };
    for (const url of ['javascript:alert(1)', '//evil.example/documents/a/#p-1', '/documents/a/#p-1" onmouseover="x']) {
      const bad = { ...block, provisions: [['a/1', '1', url, 'x']] };
      expect(() => parseDraftBlock(bad, 3, 'provisions/0.json')).toThrow(/provisions\/0\.json: expected provisions\[0\]/);
    }
    const shard = { format: files.meta.format, shard: 0, anchors: {} };
    expect(() => parseDraftShard(shard, 1)).toThrow(/anchors\/1\.json: expected shard 1/);
    expect(() => parseDraftShard({ ...shard, anchors: { __proto__x: [1] } }, 0)).toThrow(/base 36/);
    expect(() => parseDraftShard({ ...shard, anchors: { a1: [-1] } }, 0)).toThrow(/provision numbers/);
  });

  it('reads what it needs from a per-document file, and names the file and what was expected when it is broken', () => {
    const doc = { id: 'a', title: 't', jurisdiction: { name: 'j' }, provisions: [{ id: 'a/1', label: '1', url: '/documents/a/#p-1', text: 'x', themes: [] }] };
    expect(draftSource(doc, 'a.json')).toEqual({ id: 'a', title: 't', jurisdiction: 'j', provisions: [{ id: 'a/1', label: '1', url: '/documents/a/#p-1', text: 'x' }] });
    expect(() => draftSource(null, 'dist/data/documents/a.json')).toThrow(/dist\/data\/documents\/a\.json: expected a document with id, title, jurisdiction\.name and provisions\[\]/);
    expect(() => draftSource({ ...doc, jurisdiction: 'j' }, 'a.json')).toThrow(/a\.json: expected a document/);
    expect(() => draftSource({ ...doc, provisions: [{ id: 'a/1', label: '1', url: '/documents/a/#p-1' }] }, 'a.json')).toThrow(/a\.json: provisions\[0\] needs id, label, url and text/);
  });

  it('chooses the smallest threshold that keeps the common shingles under the limit', () => {
    const df = Int32Array.from([1, 2, 2, 2, 3, 3, 9, 1]);
    expect(commonThreshold(df, 10)).toBe(2);
    expect(commonThreshold(df, 3)).toBe(3);
    expect(commonThreshold(df, 1)).toBe(9);
    expect(commonThreshold(df, 0)).toBe(10);
    expect(commonThreshold(Int32Array.from([1, 1]), 5)).toBe(2);
  });
});

describe('checking a pasted draft', () => {
  const checker = checkerOver(json);

  it.each([
    ['zhongning-2021/45', ['qiubei-2021/11']],
    ['zhongning-2021/43', ['qiubei-2021/13', 'jiangkou-2022/2.1.5']],
    ['zhongning-2021/8', ['qiubei-2021/8']],
    ['qiubei-2021/11', ['zhongning-2021/45']],
  ])('pasting %s lists it and its counterparts first, with aligned passages', async (id, counterparts) => {
    const matches = await checker.check(text(id));
    const top = matches.slice(0, counterparts.length + 1).map((m) => m.provision.id);
    expect(top[0]).toBe(id);
    expect(new Set(top)).toEqual(new Set([id, ...counterparts]));
    for (const m of matches.slice(0, counterparts.length + 1)) {
      expect(m.spans.length).toBeGreaterThan(0);
      expect(m.provision.id.startsWith(`${m.document.id}/`)).toBe(true);
      m.draftSpans.forEach(([s, e], k) => {
        const [s2, e2] = m.spans[k]!;
        expect(normalizeForReuse(text(id).slice(s, e))).toBe(normalizeForReuse(m.provision.text.slice(s2, e2)));
      });
    }
  });

  it.each([
    ['default', json],
    ['squeezed', squeezedJson],
  ])('%s: for every provision as a draft, agrees with scoring every provision: same scores and order, nothing missed that shares a minMatch passage', async (_, f) => {
    const c = checkerOver(f);
    let compared = 0;
    let extra = 0;
    let complete = 0;
    for (let i = 0; i < provisions.length; i += 1) {
      const draft = provisions[i]!.text;
      if (normalizeForReuse(draft).length < REUSE_PARAMS.minMatch) continue;
      const all = oracle(draft);
      const got = await c.check(draft, { limit: 10 });
      const label = provisions[i]!.id;
      compared += 1;
      // Whatever is listed, scoring every provision gives the same score and order…
      const scoreOf = new Map(all.map((m) => [m.id, m.score]));
      expect(got.map((m) => [m.provision.id, m.score]), label).toEqual(got.map((m) => [m.provision.id, scoreOf.get(m.provision.id)]));
      expect(got.map((m) => m.provision.id), label).toEqual(all.filter((m) => got.some((g) => g.provision.id === m.id)).map((m) => m.id));
      // …and every provision sharing a minMatch passage that would rank in is listed (a draft whose
      // anchors are all looked up; a longer one is sampled).
      if (winnowAnchors(normalizeForReuse(draft), REUSE_PARAMS.anchorSize, winnowWindow(REUSE_PARAMS)).length > DRAFT_CHECK.maxAnchors) continue;
      const floor = got.length === 10 ? got[9]!.score : -1;
      const must = all.filter((m) => anchored(m, draft) && m.score > floor).map((m) => m.id);
      expect(must.filter((id) => !got.some((g) => g.provision.id === id)), label).toEqual([]);
      extra += got.filter((g) => !anchored(g, draft)).length;
      complete += 1;
    }
    expect(compared).toBeGreaterThan(120);
    expect(complete).toBeGreaterThan(100);
    // Shorter shared passages are found too when an anchor falls in them.
    expect(extra).toBeGreaterThan(0);
  });

  it('finds the clause in a re-punctuated draft with an edit, and scores are best first', async () => {
    const draft = text('zhongning-2021/8').replaceAll('，', ' ').replace('简化手续', '进一步简化手续');
    const matches = await checker.check(draft);
    expect(matches[0]!.provision.id).toBe('zhongning-2021/8');
    expect(matches.map((m) => m.provision.id)).toContain('qiubei-2021/8');
    for (let k = 1; k < matches.length; k += 1) expect(matches[k]!.score).toBeLessThanOrEqual(matches[k - 1]!.score);
  });

  it('returns nothing for unrelated or empty text, and fetches no shard for it', async () => {
    const c = checkerOver(json);
    expect(await c.check('The quick brown fox jumps over the lazy dog.')).toEqual([]);
    expect(await c.check('')).toEqual([]);
    expect(await c.check('，。！')).toEqual([]);
    expect(c.requested.filter((p) => p.startsWith('provisions/'))).toEqual([]);
  });

  it('fetches the meta file, at most maxAnchors shards and the candidates\' blocks, each once', async () => {
    const c = checkerOver(squeezedJson);
    const long = provisions.slice(0, 40).map((p) => p.text).join('\n');
    await c.check(long);
    const shards = c.requested.filter((p) => p.startsWith('anchors/'));
    expect(c.requested[0]).toBe(draftIndexPaths.meta);
    expect(shards.length).toBeGreaterThan(10);
    expect(shards.length).toBeLessThanOrEqual(DRAFT_CHECK.maxAnchors);
    expect(c.requested.filter((p) => p.startsWith('provisions/')).length).toBeLessThanOrEqual(DRAFT_CHECK.candidates);
    const before = c.requested.length;
    await c.check(long);
    expect(c.requested.length).toBe(before);
  });

  it('bounds hostile input: a huge repetitive paste is cut and answered quickly', async () => {
    const started = performance.now();
    const matches = await checker.check('医养结合'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(3000);
    for (const m of matches) for (const [, e] of m.draftSpans) expect(e).toBeLessThanOrEqual(MAX_DRAFT_LENGTH);
  });

  it('respects limit and minScore', async () => {
    expect((await checker.check(text('qiubei-2021/13'), { limit: 2 })).length).toBeLessThanOrEqual(2);
    expect((await checker.check(text('qiubei-2021/13'), { minScore: 0.99 })).every((m) => m.score >= 0.99)).toBe(true);
  });

  it('reports a failed file and fetches it again on the next check', async () => {
    let down = true;
    const c = checkerOver(json, (path) => down && path.startsWith('anchors/'));
    await expect(c.check(text('zhongning-2021/45'))).rejects.toThrow(/anchors\/\d+\.json: HTTP 503/);
    down = false;
    expect((await c.check(text('zhongning-2021/45')))[0]!.provision.id).toBe('zhongning-2021/45');
  });

  it('reports a block that holds fewer provisions than the meta file says, naming the file', async () => {
    const tampered = json.map(([path, text]): [string, string] => {
      if (!path.startsWith('provisions/')) return [path, text];
      const block = JSON.parse(text) as { provisions: unknown[] };
      return [path, JSON.stringify({ ...block, provisions: block.provisions.slice(0, 1) })];
    });
    await expect(checkerOver(tampered).check(text('zhongning-2021/45'))).rejects.toThrow(/draft index provisions\/\d+\.json: expected provision \d+ \(number \d+\), the file has 1/);
  });

  it('ranks candidates by anchor weight: one rare anchor outweighs several held by many', () => {
    const boilerplate = Array.from({ length: 32 }, (_, i) => i);
    expect(rankCandidates([boilerplate, boilerplate, boilerplate, [40]], 2)).toEqual([40, 0]);
    expect(rankCandidates([], 5)).toEqual([]);
  });
});
