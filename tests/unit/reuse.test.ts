// Shared text between documents (src/reuse): the known copied clauses of the seeds, alignment that
// maps back to the published text, boilerplate weighting, and a brute-force check of the candidate search.
import { describe, expect, it } from 'vitest';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { alignSpans } from '../../src/reuse/alignSpans.ts';
import { computeReuse, type ReusePair, type ReuseResult } from '../../src/reuse/computeReuse.ts';
import { computeReuseInWorker } from '../../src/reuse/computeReuseInWorker.ts';
import { otherSideSegments, thisSideSegments } from '../../src/reuse/counterpartView.ts';
import { documentMatrix } from '../../src/reuse/documentMatrix.ts';
import { reuseJson, similarProvisions } from '../../src/reuse/exportReuse.ts';
import { normalizeForReuse, normalizeWithOffsets } from '../../src/reuse/normalizeText.ts';
import { containmentScore, sharedWeight } from '../../src/reuse/overlap.ts';
import { REUSE_PARAMS } from '../../src/reuse/params.ts';
import { prepareCorpus, type ReuseItem } from '../../src/reuse/prepareCorpus.ts';
import { segmentText } from '../../src/reuse/segments.ts';
import { countCovered, letterPrefix, type TextSpan } from '../../src/reuse/textSpans.ts';
import { shingleWeight } from '../../src/reuse/weights.ts';
import { winnowAnchors } from '../../src/reuse/winnow.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ingestCorpus(`${root}seeds`, loadGazetteer(`${root}content/jurisdictions.yml`), root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const text = (id: string) => provisions.find((p) => p.id === id)!.text;
const result = computeReuse(provisions, documents);

function pairOf(r: ReuseResult, x: string, y: string): ReusePair | undefined {
  return r.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
}

/** The spans of a pair, oriented so `first` is `x`. */
function spansOf(pair: ReusePair, x: string): { mine: [number, number][]; theirs: [number, number][] } {
  return pair.a === x ? { mine: pair.spansA, theirs: pair.spansB } : { mine: pair.spansB, theirs: pair.spansA };
}

function sharedText(x: string, y: string): string[] {
  const pair = pairOf(result, x, y)!;
  return spansOf(pair, x).mine.map(([s, e]) => text(x).slice(s, e));
}

describe('normalisation', () => {
  it('folds full-width forms, drops punctuation and spacing, and keeps offsets into the original', () => {
    const raw = '（二）　２０２２年，ＡＢＣ医养结合！\n第3条';
    const n = normalizeWithOffsets(raw);
    expect(n.chars).toBe('二2022年abc医养结合第3条');
    for (let i = 0; i < n.chars.length; i += 1) {
      expect(normalizeForReuse(raw.slice(n.starts[i], n.ends[i]))).toContain(n.chars[i]);
    }
  });

  it('survives hostile input: lone surrogates, astral characters, combining marks, empty text', () => {
    expect(normalizeWithOffsets('').chars).toBe('');
    const raw = 'a\uD800b𠀀c\u0301d';
    const n = normalizeWithOffsets(raw);
    expect(n.chars).toBe('ab𠀀cd');
    expect(raw.slice(n.starts[2], n.ends[3])).toBe('𠀀');
  });
});

describe('known shared clauses of the seeds', () => {
  it('the tax clause ending 行政事业性收费优惠政策: zhongning-2021/45 is copied whole into qiubei-2021/11', () => {
    const pair = pairOf(result, 'zhongning-2021/45', 'qiubei-2021/11');
    expect(pair).toBeDefined();
    const { mine } = spansOf(pair!, 'zhongning-2021/45');
    const joined = normalizeForReuse(mine.map(([s, e]) => text('zhongning-2021/45').slice(s, e)).join(''));
    expect(joined).toBe(normalizeForReuse(text('zhongning-2021/45')));
    expect(sharedText('zhongning-2021/45', 'qiubei-2021/11').join('')).toContain('对医养结合机构按规定实行行政事业性收费优惠政策');
    expect(pair!.a === 'zhongning-2021/45' ? pair!.coverageA : pair!.coverageB).toBe(1);
  });

  it('the land clause on 国有划拨土地 links zhongning-2021/43, qiubei-2021/13 and jiangkou-2022/2.1.5 pairwise and in one cluster', () => {
    const ids = ['zhongning-2021/43', 'qiubei-2021/13', 'jiangkou-2022/2.1.5'];
    for (const [x, y] of [[ids[0]!, ids[1]!], [ids[0]!, ids[2]!], [ids[1]!, ids[2]!]] as const) {
      expect(pairOf(result, x, y), `${x} ~ ${y}`).toBeDefined();
      expect(sharedText(x, y).join('|')).toContain('非营利性医养结合机构可依法使用国有划拨土地，营利性医养结合机构应当以有偿方式用地');
    }
    const cluster = result.clusters.find((c) => c.members.includes(ids[0]!));
    expect(cluster?.members).toEqual(expect.arrayContaining(ids));
    expect(cluster?.documents).toEqual(expect.arrayContaining(['zhongning-2021', 'qiubei-2021', 'jiangkou-2022']));
  });

  it('the 放管服 clause on 直接进行登记备案: zhongning-2021/8 and qiubei-2021/8', () => {
    expect(sharedText('zhongning-2021/8', 'qiubei-2021/8').join('')).toContain('可依据医疗卫生机构已具备的上述相应资质直接进行登记备案，简化手续');
  });

  it('every span pair is the same wording on both sides (after normalisation) and at least minSpan long', () => {
    expect(result.pairs.length).toBeGreaterThan(10);
    for (const pair of result.pairs) {
      expect(pair.spansA.length).toBe(pair.spansB.length);
      expect(pair.spansA.length).toBeGreaterThan(0);
      pair.spansA.forEach(([s, e], k) => {
        const a = normalizeForReuse(text(pair.a).slice(s, e));
        const [s2, e2] = pair.spansB[k]!;
        expect(a).toBe(normalizeForReuse(text(pair.b).slice(s2, e2)));
        expect(a.length).toBeGreaterThanOrEqual(REUSE_PARAMS.minSpan);
      });
      expect(Math.max(...pair.spansA.map(([s, e]) => normalizeForReuse(text(pair.a).slice(s, e)).length))).toBeGreaterThanOrEqual(REUSE_PARAMS.minMatch);
      expect(pair.score).toBeGreaterThanOrEqual(REUSE_PARAMS.minScore);
    }
  });

  it('never pairs two provisions of the same document', () => {
    const docOf = new Map(provisions.map((p) => [p.id, p.docId]));
    for (const pair of result.pairs) expect(docOf.get(pair.a)).not.toBe(docOf.get(pair.b));
  });

  it('lists counterparts from both sides, best first, and exports them as JSON-safe data', () => {
    const list = result.byProvision.get('qiubei-2021/13')!;
    expect(list.map((c) => c.id)).toEqual(expect.arrayContaining(['zhongning-2021/43', 'jiangkou-2022/2.1.5']));
    for (const [, cps] of result.byProvision) for (let k = 1; k < cps.length; k += 1) expect(cps[k]!.score).toBeLessThanOrEqual(cps[k - 1]!.score);
    const similar = similarProvisions(result, 'zhongning-2021/45');
    expect(similar[0]).toMatchObject({ id: 'qiubei-2021/11' });
    const json = JSON.parse(JSON.stringify(reuseJson(result))) as ReturnType<typeof reuseJson>;
    expect(json.pairs.length).toBe(result.pairs.length);
    // The table leaves the spans out: every pair's spans are in the similar list of one side or both.
    expect(Object.keys(json.pairs[0]!).sort()).toEqual(['a', 'b', 'coverageA', 'coverageB', 'score']);
    for (const pair of result.pairs) {
      const fromA = similarProvisions(result, pair.a).find((x) => x.id === pair.b);
      const fromB = similarProvisions(result, pair.b).find((x) => x.id === pair.a);
      expect(fromA ?? fromB, `${pair.a}~${pair.b}`).toBeDefined();
      if (fromA) expect([fromA.spans, fromA.otherSpans]).toEqual([pair.spansA, pair.spansB]);
      if (fromB) expect([fromB.spans, fromB.otherSpans]).toEqual([pair.spansB, pair.spansA]);
    }
    expect(json.clusters[0]!.meanScore).toBeGreaterThanOrEqual(json.clusters.at(-1)!.meanScore);
    expect(similarProvisions(result, 'wangyi-2016/29')).toEqual([]);
  });

  it('clusters are strongest first', () => {
    for (let k = 1; k < result.clusters.length; k += 1) expect(result.clusters[k]!.meanScore).toBeLessThanOrEqual(result.clusters[k - 1]!.meanScore);
  });

  it('is deterministic and does not depend on the input order', () => {
    const again = computeReuse([...provisions].reverse(), documents);
    const key = (r: ReuseResult) => r.pairs.map((p) => [p.a, p.b].sort().join('~') + `:${p.score}`).sort();
    expect(key(again)).toEqual(key(result));
  });
});

describe('candidate search finds every pair an exhaustive comparison finds', () => {
  it('on the seeds, with the same score and span rules', () => {
    const prepared = prepareCorpus(provisions);
    const { setIds, setStart, weights, totals, posIds, posStart, docOf, ids } = prepared;
    const expected: string[] = [];
    for (let i = 0; i < prepared.size; i += 1) {
      for (let j = i + 1; j < prepared.size; j += 1) {
        if (docOf[i] === docOf[j]) continue;
        const score = containmentScore(sharedWeight(setIds, setStart[i]!, setStart[i + 1]!, setIds, setStart[j]!, setStart[j + 1]!, weights), totals[i]!, totals[j]!);
        if (score < REUSE_PARAMS.minScore) continue;
        const spans = alignSpans(posIds.subarray(posStart[i]!, posStart[i + 1]!), posIds.subarray(posStart[j]!, posStart[j + 1]!), 3, REUSE_PARAMS.minSpan);
        if (spans.some((s) => s.length >= REUSE_PARAMS.minMatch)) expected.push([ids[i], ids[j]].sort().join('~'));
      }
    }
    const wide = computeReuse(provisions, documents, { maxCounterparts: 1000 });
    expect(expected.length).toBeGreaterThan(10);
    expect(wide.pairs.map((p) => [p.a, p.b].sort().join('~')).sort()).toEqual(expected.sort());
  });

  it('winnowing keeps an anchor inside every common substring of minMatch characters', () => {
    const window = REUSE_PARAMS.minMatch - REUSE_PARAMS.anchorSize + 1;
    const a = normalizeForReuse(text('qiubei-2021/16'));
    for (let start = 0; start + REUSE_PARAMS.minMatch <= a.length; start += 7) {
      const piece = a.slice(start, start + REUSE_PARAMS.minMatch);
      const inPiece = new Set(winnowAnchors(piece, REUSE_PARAMS.anchorSize, window));
      const whole = winnowAnchors(`某县${piece}另行规定`, REUSE_PARAMS.anchorSize, window);
      expect([...whole].some((h) => inPiece.has(h)) || inPiece.size === 0).toBe(true);
      expect(whole.length).toBeGreaterThan(0);
    }
  });
});

describe('robust to punctuation and small edits', () => {
  it('finds a clause re-punctuated, re-spaced and lightly edited', () => {
    const original = text('zhongning-2021/45');
    const edited = original.replaceAll('，', ',').replaceAll('。', '.\n').replace('小微企业', '小型微型企业').replace('水电气热', '水 电 气 热');
    const items: ReuseItem[] = [
      { id: 'a/1', docId: 'a', text: original },
      { id: 'b/1', docId: 'b', text: edited },
      { id: 'c/1', docId: 'c', text: text('wangyi-2016/22') },
    ];
    const r = computeReuse(items);
    const pair = pairOf(r, 'a/1', 'b/1');
    expect(pair).toBeDefined();
    expect(pair!.score).toBeGreaterThan(0.8);
    expect(pairOf(r, 'a/1', 'c/1')).toBeUndefined();
  });

  it('catches a partial overlap: one sentence inside a long unrelated clause', () => {
    const sentence = '非营利性医养结合机构可依法使用国有划拨土地，营利性医养结合机构应当以有偿方式用地。';
    const items: ReuseItem[] = [
      { id: 'a/1', docId: 'a', text: sentence },
      { id: 'b/1', docId: 'b', text: `${text('wangyi-2016/16')}${sentence}${text('wangyi-2016/22')}` },
    ];
    const pair = pairOf(computeReuse(items), 'a/1', 'b/1');
    expect(pair?.coverageA).toBe(1);
    expect(pair!.coverageB).toBeLessThan(0.2);
  });
});

describe('boilerplate counts less', () => {
  it('a shingle in every document weighs less than one in two, which weighs less than one in one', () => {
    expect(shingleWeight(1, 100)).toBe(1);
    expect(shingleWeight(2, 100)).toBeLessThan(1);
    expect(shingleWeight(100, 100)).toBeLessThan(shingleWeight(2, 100));
    expect(shingleWeight(100, 100)).toBeGreaterThan(0);
  });

  it('two clauses sharing only a phrase every document carries score lower than two sharing rare text', () => {
    const boiler = '按规定享受有关优惠政策并纳入考核';
    const rare = '探索开展远程实时查看实时定位服务';
    const docs: ReuseItem[] = [];
    for (let d = 0; d < 20; d += 1) docs.push({ id: `d${d}/1`, docId: `d${d}`, text: `第${d}项工作${boiler}` });
    docs.push({ id: 'x/1', docId: 'x', text: `甲乙丙丁戊己庚辛${boiler}` });
    docs.push({ id: 'y/1', docId: 'y', text: `子丑寅卯辰巳午未${boiler}` });
    docs.push({ id: 'u/1', docId: 'u', text: `甲乙丙丁戊己庚辛${rare}` });
    docs.push({ id: 'v/1', docId: 'v', text: `子丑寅卯辰巳午未${rare}` });
    const prepared = prepareCorpus(docs);
    const score = (i: number, j: number) => {
      const { setIds, setStart, weights, totals } = prepared;
      return containmentScore(sharedWeight(setIds, setStart[i]!, setStart[i + 1]!, setIds, setStart[j]!, setStart[j + 1]!, weights), totals[i]!, totals[j]!);
    };
    const n = docs.length;
    expect(score(n - 4, n - 3)).toBeLessThan(score(n - 2, n - 1));
  });
});

describe('hostile input', () => {
  it('handles empty, tiny, markup-like and pathologically repetitive texts quickly', () => {
    const items: ReuseItem[] = [
      { id: 'a/1', docId: 'a', text: '' },
      { id: 'a/2', docId: 'a', text: '一' },
      { id: 'b/1', docId: 'b', text: '<script>alert(1)</script>'.repeat(20) },
      { id: 'c/1', docId: 'c', text: '<script>alert(1)</script>'.repeat(20) },
      { id: 'd/1', docId: 'd', text: '哈'.repeat(4000) },
      { id: 'e/1', docId: 'e', text: '哈'.repeat(4000) },
    ];
    const started = performance.now();
    const r = computeReuse(items);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(pairOf(r, 'b/1', 'c/1')).toBeDefined();
    const rep = pairOf(r, 'd/1', 'e/1');
    expect(rep).toBeDefined();
    expect(rep!.spansA.every(([s, e]) => e <= 4000 && s >= 0)).toBe(true);
  });
});

describe('segments for display', () => {
  it('cover the text exactly, marks where the spans are, and keep markup-like text as text', () => {
    const t = '甲<b>乙</b>丙丁';
    const segs = segmentText(t, [[1, 4], [3, 9], [50, 60]]);
    expect(segs.map((s) => s.text).join('')).toBe(t);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['<b>乙</b>']);
  });

  it('this side: shared with the counterpart, shared elsewhere, locally new; punctuation alone is never "new"', () => {
    const t = text('zhongning-2021/43');
    const list = result.byProvision.get('zhongning-2021/43')!;
    const all = list.flatMap((c) => c.spans);
    const segs = thisSideSegments(t, list[0]!.spans, all);
    expect(segs.map((s) => s.text).join('')).toBe(t);
    const kinds = new Set(segs.map((s) => s.kind));
    expect(kinds.has('shared')).toBe(true);
    expect(kinds.has('new')).toBe(true);
    expect(segs.filter((s) => s.kind === 'new').every((s) => /[\p{L}\p{N}]/u.test(s.text))).toBe(true);
    expect(segs.filter((s) => s.kind === 'new').map((s) => s.text).join('')).toContain('落实用地扶持政策');
    const other = otherSideSegments(text(list[0]!.id), list[0]!.otherSpans);
    expect(other.map((s) => s.text).join('')).toBe(text(list[0]!.id));
  });
});

describe('document × document matrix', () => {
  const matrix = documentMatrix(provisions, result.pairs, documents.map((d) => d.id));
  it('is 0 on the diagonal, within 0–1, and positive where documents share clauses', () => {
    const i = matrix.docIds.indexOf('zhongning-2021');
    const j = matrix.docIds.indexOf('qiubei-2021');
    expect(matrix.share[i]![i]).toBe(0);
    expect(matrix.share[i]![j]).toBeGreaterThan(0);
    for (const row of matrix.share) for (const v of row) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
  });

  it('counts shared letters per direction from the pairs (not symmetric shares)', () => {
    const i = matrix.docIds.indexOf('zhongning-2021');
    const j = matrix.docIds.indexOf('qiubei-2021');
    // Independent count: every letter or digit of zhongning's provisions inside a span shared with qiubei.
    const isLetter = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
    let naive = 0;
    let total = 0;
    for (const p of provisions.filter((x) => x.docId === 'zhongning-2021')) {
      const spans = result.pairs.flatMap((pair) => {
        const other = pair.a === p.id ? pair.b : pair.b === p.id ? pair.a : null;
        if (!other?.startsWith('qiubei-2021/')) return [];
        return pair.a === p.id ? pair.spansA : pair.spansB;
      });
      [...p.text].forEach((ch, k) => {
        if (!isLetter(ch)) return;
        total += 1;
        if (spans.some(([s, e]) => s <= k && k < e)) naive += 1;
      });
    }
    expect(matrix.letters[i]).toBe(total);
    expect(matrix.sharedLetters[i]![j]).toBe(naive);
    expect(naive).toBeGreaterThan(0);
    expect(matrix.sharedLetters[i]![j]).toBeLessThanOrEqual(matrix.letters[i]!);
    expect(matrix.share[i]![j]).toBeCloseTo(matrix.sharedLetters[i]![j]! / matrix.letters[i]!, 10);
  });
});

describe('computeReuseInWorker', () => {
  const plain = (r: ReuseResult) => ({
    params: r.params,
    stats: r.stats,
    clusters: r.clusters,
    pairs: r.pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, coverageA: p.coverageA, coverageB: p.coverageB, spansA: p.spansA, spansB: p.spansB })),
    byProvision: [...r.byProvision],
  });
  it('gives the same result as computeReuse on the seeds', async () => {
    const inWorker = await computeReuseInWorker(provisions, documents, new URL('../../src/reuse/sharedTextWorker.ts', import.meta.url));
    expect(inWorker.pairs.length).toBeGreaterThan(0);
    expect(plain(inWorker)).toEqual(plain(result));
  });
  it('fails with the worker named when the worker cannot run', async () => {
    await expect(computeReuseInWorker(provisions, documents, new URL('../../src/reuse/noSuchWorker.ts', import.meta.url))).rejects.toThrow(/shared text: the worker thread .*noSuchWorker\.ts/u);
  });
});

describe('letterPrefix', () => {
  // The reference: the regular expression on each UTF-16 unit, as the share of text was first counted.
  const reference = (text: string) => {
    const out = [0];
    for (let i = 0; i < text.length; i++) out.push(out[i]! + (/[\p{L}\p{N}]/u.test(text[i]!) ? 1 : 0));
    return out;
  };
  it('counts letters and digits of every script as the regular expression does', () => {
    const hostile = '医养结合 ABC xyz 09 ０９ Ⅻ é ß 〇 ㈠ ①、。；：（）《》\u3400\u9fff\ua000 𠀀𪚥 \ud840 ・— \t\n';
    expect([...letterPrefix(hostile)]).toEqual(reference(hostile));
  });
  it('agrees with it on every provision of the seeds', () => {
    for (const p of provisions) expect([...letterPrefix(p.text)]).toEqual(reference(p.text));
  });
});

describe('countCovered', () => {
  // The reference: every UTF-16 unit inside any span (clamped to the text) tested on its own.
  const reference = (text: string, spans: readonly TextSpan[]) => {
    const isLetter = (i: number) => /[\p{L}\p{N}]/u.test(text[i]!);
    let covered = 0;
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isLetter(i)) continue;
      total += 1;
      if (spans.some(([s, e]) => i >= s && i < e)) covered += 1;
    }
    return { covered, total };
  };
  const hostile = '医养结合 ABC xyz 09 ０９ Ⅻ é ß 〇 ㈠ ①、。；：（）《》\u3400\u9fff\ua000 𠀀𪚥 \ud840 ・— \t\n';

  it('counts the letters inside overlapping, touching and out-of-range spans once, as the reference does', () => {
    const spans: TextSpan[] = [[0, 3], [2, 6], [6, 9], [20, 25], [40, 200], [-5, 1]];
    // Twice: the second time every unit's answer is remembered.
    expect(countCovered(hostile, spans)).toEqual(reference(hostile, spans));
    expect(countCovered(hostile, spans)).toEqual(reference(hostile, spans));
    expect(countCovered(hostile, [])).toEqual({ covered: 0, total: reference(hostile, []).total });
  });

  it('agrees with the reference on every provision of the seeds', () => {
    for (const p of provisions) {
      const n = p.text.length;
      const spans: TextSpan[] = [[0, Math.floor(n / 3)], [Math.floor(n / 4), Math.floor(n / 2)], [n - 5, n + 5]];
      expect(countCovered(p.text, spans), p.id).toEqual(reference(p.text, spans));
    }
  });
});

describe('scale behaviour', () => {
  it('a clause copied into 120 documents gives each copy maxCounterparts counterparts and one cluster', () => {
    const clause = text('qiubei-2021/12');
    const items: ReuseItem[] = Array.from({ length: 120 }, (_, d) => ({ id: `s${d}/1`, docId: `s${d}`, text: clause }));
    const r = computeReuse(items);
    for (const item of items) expect(r.byProvision.get(item.id)?.length).toBe(REUSE_PARAMS.maxCounterparts);
    expect(r.clusters.length).toBe(1);
    expect(r.clusters[0]!.members.length).toBe(120);
    expect(r.stats.candidates).toBeLessThan(120 * REUSE_PARAMS.candidateBudget + 1);
  });
});

describe('topSharedDocuments', () => {
  it('keeps the k documents with the largest row sums, in their original order', async () => {
    const { topSharedDocuments } = await import('../../src/reuse/documentMatrix.ts');
    const m = {
      docIds: ['a', 'b', 'c'],
      share: [[0, 0.1, 0], [0.5, 0, 0.4], [0.2, 0.3, 0]],
      letters: [10, 20, 30],
      sharedLetters: [[0, 1, 0], [10, 0, 8], [6, 9, 0]],
    };
    const top = topSharedDocuments(m, 2);
    expect(top.docIds).toEqual(['b', 'c']);
    expect(top.share).toEqual([[0, 0.4], [0.3, 0]]);
    expect(top.letters).toEqual([20, 30]);
    expect(topSharedDocuments(m, 3)).toBe(m);
  });
});
