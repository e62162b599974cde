// Search building blocks on the real seeds: folding, synonyms, facets, entries, verification.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { fold, foldWithOrigin } from '../../src/search/fold.ts';
import { mergeRanges, occurrences, sourceRanges } from '../../src/search/match.ts';
import { loadSynonyms, parseSynonyms } from '../../src/search/synonymFile.ts';
import { agencyKey, canonicalMap, documentDate, FACET_KEYS } from '../../src/search/facets.ts';
import { documentRecord, INDEX_LANGUAGE, searchEntries } from '../../src/search/entries.ts';
import { commonWords, indexQuery } from '../../src/search/commonWords.ts';
import { documentTokens } from '../../src/search/segment.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { MAX_QUERY_LENGTH, matchedVariants, planQuery, queryTerms } from '../../src/search/queryPlan.ts';
import { prepareEntries, sortHits } from '../../src/search/rankResults.ts';
import { verifyDocument } from '../../src/search/session.ts';
import type { FacetKey } from '../../src/search/facets.ts';
import type { QueryPlan } from '../../src/search/queryPlan.ts';
import { readSearchState, searchStateParams } from '../../src/search/searchState.ts';
import { excerptSegments } from '../../src/search/excerpt.ts';
import { agencySpellings, facetOptions } from '../../src/search/facetOptions.ts';
import { themeLabel, themeNames } from '../../src/search/themeLabels.ts';

const root = new URL('../..', import.meta.url).pathname;
const synonyms = loadSynonyms(join(root, 'content/synonyms.yml'));
const groups = synonyms.map((g) => g.terms);
const canonical = canonicalMap(synonyms);
const corpus = buildCorpus(root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const entries = searchEntries(documents, provisions, canonical);
const scan = prepareEntries(entries);
const scanByDoc = [...Map.groupBy(scan, (s) => s.entry.docId).values()];
/** Every document verified, as if Pagefind had returned them all: the verified clauses in corpus order. */
const rankResults = (o: { plan: QueryPlan; filters: Partial<Record<FacetKey, string>> }) => ({
  verified: scanByDoc.flatMap((d) => verifyDocument(d, o.plan, o.filters).verified),
});
const entry = (id: string) => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
/** Independent of the search code: plain NFKC + no whitespace containment over clause text. */
const plainContains = (text: string, phrase: string) => text.normalize('NFKC').replace(/\s+/gu, '').includes(phrase.normalize('NFKC').replace(/\s+/gu, ''));

describe('folding', () => {
  it('folds full-width forms, case and whitespace, keeping the source offsets', () => {
    expect(fold('互联网＋ 医疗\n健康')).toBe('互联网+医疗健康');
    expect(fold('ＡＢｃ\u3000１２')).toBe('abc12');
    const f = foldWithOrigin('到 2022 年');
    expect(f.text).toBe('到2022年');
    expect(f.start).toEqual([0, 2, 3, 4, 5, 7]);
    expect(f.end).toEqual([1, 3, 4, 5, 6, 8]);
  });

  it('folds every seed as character-by-character NFKC, lower case and no whitespace would', () => {
    const reference = (text: string) => [...text].map((ch) => ch.normalize('NFKC').toLowerCase().replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '')).join('');
    const texts = corpus.documents.flatMap((d) => d.provisions.map((p) => p.text));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of [...texts, '㈠（一）ＡＢ\u3000ⅰ\ufeffＫ℃', '\u{20000}𠀀']) {
      expect(fold(text)).toBe(reference(text));
      expect(foldWithOrigin(text).text).toBe(reference(text));
    }
  });

  it('maps matches back to the source across spaces and line breaks', () => {
    const source = '在 1 个社区（村委会）开展家庭\n病床服务试点';
    const [range] = sourceRanges(source, [fold('家庭病床')]);
    expect(source.slice(...range!)).toBe('家庭\n病床');
    expect(sourceRanges(source, [fold('不存在')])).toEqual([]);
  });

  it('finds overlapping occurrences and merges touching ranges', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(occurrences('abc', '')).toEqual([]);
    expect(mergeRanges([[5, 7], [0, 2], [2, 3], [6, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});

describe('synonyms file', () => {
  it('loads content/synonyms.yml with a reason for every group', () => {
    expect(synonyms.length).toBeGreaterThanOrEqual(10);
    for (const g of synonyms) {
      expect(g.terms.length).toBeGreaterThanOrEqual(2);
      expect(g.reason.length).toBeGreaterThan(5);
    }
  });

  it('every group has at least one term that occurs in the seeds', () => {
    const all = entries.map((e) => e.text).join('\n');
    const unused = synonyms.filter((g) => !g.terms.some((t) => plainContains(all, t)));
    // 国土资源局 and similar former names may be absent; the current names must be present.
    expect(unused.map((g) => g.terms[0])).toEqual([]);
  });

  it.each([
    ['not a list', 'terms: [a, b]', /entry/u],
    ['a group without a reason', '- terms: [长护险, 长期护理保险]', /reason/u],
    ['a one-term group', '- terms: [长护险]\n  reason: x', /terms/u],
    ['a term in two groups', '- terms: [卫健局, 卫生健康局]\n  reason: x\n- terms: [卫健局, 卫计局]\n  reason: y', /卫健局.*group 1 and group 2/u],
    ['a one-character term', '- terms: [局, 卫健局]\n  reason: x', /shorter than two/u],
    ['broken YAML', '- terms: [a\n', /not valid YAML/u],
    ['an unknown key', '- terms: [长护险, 长期护理保险]\n  reason: x\n  weight: 2', /weight|unrecognized/iu],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseSynonyms(text, 'synonyms.yml')).toThrow(message);
  });
});

describe('query plan', () => {
  it('expands an abbreviation to the full name and back', () => {
    expect(planQuery('长护险', groups).terms[0]!.variants).toEqual(['长护险', '长期护理保险']);
    expect(planQuery('长期护理保险', groups).terms[0]!.variants).toEqual(['长期护理保险', '长护险']);
    expect(planQuery('长护险', groups).queries).toEqual(['长护险', '长期护理保险']);
  });

  it('replaces a synonym inside a longer term', () => {
    const variants = planQuery('县卫计局', groups).terms[0]!.variants;
    expect(variants).toEqual(expect.arrayContaining(['县卫计局', '县卫生健康局', '县卫健局', '县卫生计生局']));
  });

  it('prefers the longest synonym where two overlap', () => {
    // 医养结合服务机构 must not be read as containing 医养结合机构's pieces.
    expect(planQuery('医养结合服务机构', groups).terms[0]!.variants).toEqual(['医养结合服务机构', '医养结合机构']);
  });

  it('splits terms on spaces (all required) and clips long input', () => {
    const plan = planQuery('  划拨 土地  划拨 ', groups);
    expect(plan.terms.map((t) => t.typed)).toEqual(['划拨', '土地']);
    expect(queryTerms('长'.repeat(MAX_QUERY_LENGTH + 50))[0]!.length).toBe(MAX_QUERY_LENGTH);
    expect(planQuery('   ', groups).terms).toEqual([]);
    expect(planQuery('a b c d e f g h i j', groups).queries.length).toBeLessThanOrEqual(8);
  });

  it('a text matches only when every term (or a synonym) is in it', () => {
    const plan = planQuery('长护险 试点', groups);
    expect(matchedVariants(fold('积极推进长期护理保险试点'), plan)).toEqual(['长期护理保险', '试点']);
    expect(matchedVariants(fold('积极推进长期护理保险'), plan)).toBeNull();
  });
});

describe('facets', () => {
  it.each([
    ['县卫健局', '卫生健康局'],
    ['区卫计局', '卫生健康局'],
    ['县卫生健康局', '卫生健康局'],
    ['住建局', '住房城乡建设局'],
    ['县住房城乡建设局', '住房城乡建设局'],
    ['市场监管局', '市场监管局'],
    ['市监局', '市场监管局'],
    ['县委组织部', '县委组织部'],
    ['财政局（金融办）', '财政局(金融办)'],
    ['民政局', '民政局'],
  ])('lead agency %s is filtered as %s', (name, key) => expect(agencyKey(name, canonical)).toBe(key));

  it('every entry carries every facet key; jurisdiction, level and kind always have one value', () => {
    for (const e of entries) {
      expect(Object.keys(e.facets).sort()).toEqual([...FACET_KEYS].sort());
      for (const k of ['jurisdiction', 'level', 'kind'] as const) expect(e.facets[k]).toHaveLength(1);
    }
  });

  it('the lead-agency filter gathers every spelling of the health bureau', () => {
    const health = entries.filter((e) => e.facets.lead.includes('卫生健康局'));
    const jurisdictions = new Set(health.map((e) => e.jurisdiction));
    for (const j of ['王益区', '中宁县', '丘北县', '江口县']) expect(jurisdictions).toContain(j);
    expect(agencySpellings(provisions, canonical).get('卫生健康局')).toEqual(expect.arrayContaining(['区卫计局', '县卫健局']));
  });

  it('dates documents by issue, print, else planning period', () => {
    expect(entry('qiubei-2021/13').date).toBe('2021-07-23');
    expect(entry('zhongning-2021/43').date).toBe('2021-02-26');
    const wangyi = documents.find((d) => d.id === 'wangyi-2016')!;
    expect(documentDate(wangyi)).toBe(wangyi.period ? String(wangyi.period.from) : null);
    expect(entry('wangyi-2016/1').facets.year).toEqual(['2016']);
  });

  it('orders filter options: fixed orders for level, newest year first, counts otherwise', () => {
    expect(facetOptions(entries, 'level').map((o) => o.value)).toEqual(['national', 'district', 'county']);
    const years = facetOptions(entries, 'year').map((o) => o.value);
    expect(years).toEqual([...years].sort().reverse());
    const counts = facetOptions(entries, 'jurisdiction').map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(entries.length);
  });

  it('labels themes from the collection, else by slug', () => {
    const names = themeNames([{ id: 'land', data: { slug: 'land', name: '用地保障', nameEn: 'Land' } }, { id: 'x', data: {} }]);
    expect(themeLabel('land', names)).toEqual({ label: '用地保障', en: 'Land' });
    expect(themeLabel('x', names)).toEqual({ label: 'x', en: null });
    expect(themeLabel('unknown', names)).toEqual({ label: 'unknown', en: null });
  });
});

describe('entries and Pagefind records', () => {
  it('one entry per provision, holding its text, heading path and agencies', () => {
    expect(entries).toHaveLength(provisions.length);
    for (const p of provisions) {
      const e = entry(p.id);
      expect(e.text).toContain(p.text);
      for (const h of p.headingPath) expect(e.text).toContain(h);
      for (const a of [...p.leadAgencies, ...p.partnerAgencies]) {
        if (!p.agencyNote) expect(e.text).toContain(a);
      }
      if (p.agencyNote) expect(e.text).toContain(p.agencyNote);
    }
  });

  it('one record per document: its page, the union of its clauses\' filters, each word once', () => {
    const own = entries.filter((e) => e.docId === 'qiubei-2021');
    const r = documentRecord(own);
    expect(r.language).toBe(INDEX_LANGUAGE);
    expect(INDEX_LANGUAGE).toBe('und');
    expect(r.url).toBe('/documents/qiubei-2021/');
    expect(r.meta).toEqual({ id: 'qiubei-2021' });
    expect(r.filters.jurisdiction).toEqual(['丘北县']);
    expect(new Set(r.filters.theme)).toEqual(new Set(own.flatMap((e) => e.facets.theme)));
    expect(r.sort.date).toBe('2021-07-23');
    const words = r.content.split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(words).toEqual(expect.arrayContaining(['土地', '划', '拨', '长期', '护理', '保险']));
    for (const values of Object.values(r.filters)) expect(values.length).toBeGreaterThan(0);
    expect(() => documentRecord([])).toThrow(/without provisions/u);
  });

  it('leaves the common words out of a record, and counts them over the real seeds', () => {
    const byDoc = [...Map.groupBy(entries, (e) => e.docId).values()];
    const vocabulary = new Vocabulary();
    const tokens = byDoc.map((list) => vocabulary.add(documentTokens(list.map((e) => e.text))));
    const df = vocabulary.documentFrequencies();
    // Independent count: a word's documents are those whose full record holds it.
    const full = byDoc.map((list) => new Set(documentRecord(list).content.split(' ')));
    for (const [word, n] of df) expect(n, word).toBe(full.filter((set) => set.has(word)).length);
    expect(vocabulary.postings).toBe(full.reduce((sum, set) => sum + set.size, 0));
    // Below the minimum corpus size nothing is common; from it, the words of more than half the documents.
    expect(commonWords(df, byDoc.length)).toEqual([]);
    const common = commonWords(df, byDoc.length, 1);
    expect(common).toEqual([...df].filter(([, n]) => n > byDoc.length / 2).map(([w]) => w).sort());
    expect(common).toEqual(expect.arrayContaining(['养老', '服务']));
    expect(common.length).toBeLessThan(df.size);
    const leaveOut = new Set(common);
    byDoc.forEach((list, i) => {
      const content = documentRecord(list, leaveOut).content;
      expect(vocabulary.content(tokens[i]!, leaveOut)).toBe(content);
      expect(content.split(' ').filter((w) => leaveOut.has(w))).toEqual([]);
      expect(new Set(content.split(' '))).toEqual(new Set([...full[i]!].filter((w) => !leaveOut.has(w))));
    });
  });

  it('asks the index only for the words it holds', () => {
    const common = new Set(['医养', '结合']);
    expect(indexQuery(['医养', '结合', '审批'], common)).toBe('审批');
    // Only common words: every document is a candidate; no words at all: none is.
    expect(indexQuery(['医养', '结合'], common)).toBeNull();
    expect(indexQuery([], common)).toBeUndefined();
    expect(indexQuery(['审批'], new Set())).toBe('审批');
  });
});

describe('verification and ranking', () => {
  it.each(['划拨土地', '长期护理保险', '两证合一', '职称评定', '安宁疗护', '互联网+'])('a scan finds every clause containing %s', (q) => {
    const ranked = rankResults({ plan: planQuery(q, []), filters: {} });
    const expected = entries.filter((e) => plainContains(e.text, q)).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(ranked.verified.map((h) => h.entry.id).sort()).toEqual(expected);
  });

  it('spot-checks 划拨土地 across three jurisdictions', () => {
    const ids = rankResults({ plan: planQuery('划拨土地', groups), filters: {} }).verified.map((h) => h.entry.id);
    expect(ids).toEqual(expect.arrayContaining(['zhongning-2021/43', 'qiubei-2021/13', 'jiangkou-2022/2.1.5']));
  });

  it('a document without the words yields no verified clause, only its closest clause apart', () => {
    const plan = planQuery('划拨土地 消防', groups);
    const doc = scanByDoc.find((d) => !d.some((s) => plainContains(s.entry.text, '划拨土地') && plainContains(s.entry.text, '消防')) && d.some((s) => plainContains(s.entry.text, '消防')))!;
    const { verified, partial } = verifyDocument(doc, plan, {});
    expect(verified).toEqual([]);
    expect(partial!.matched).toEqual([]);
    expect(plainContains(partial!.entry.text, '消防') || plainContains(partial!.entry.text, '划拨土地')).toBe(true);
    const qiubei = verifyDocument(scanByDoc.find((d) => d[0]!.entry.docId === 'qiubei-2021')!, planQuery('划拨土地', groups), {});
    expect(qiubei.verified.map((h) => h.entry.id)).toContain('qiubei-2021/13');
    expect(qiubei.partial).toBeNull();
  });

  it('a synonym query finds the full form and says which spelling matched', () => {
    const ranked = rankResults({ plan: planQuery('长护险', groups), filters: {} });
    const expected = entries.filter((e) => plainContains(e.text, '长护险') || plainContains(e.text, '长期护理保险')).map((e) => e.id).sort();
    expect(ranked.verified.map((h) => h.entry.id).sort()).toEqual(expected);
    expect(new Set(ranked.verified.map((h) => h.entry.jurisdiction)).size).toBeGreaterThan(1);
    expect(ranked.verified.find((h) => h.entry.id === 'qiubei-2021/18')!.matched).toContain('长护险');
  });

  it('filters narrow the verified clauses', () => {
    const plan = planQuery('长期护理保险', groups);
    const all = rankResults({ plan, filters: {} }).verified;
    const narrowed = rankResults({ plan, filters: { jurisdiction: '中宁县' } }).verified;
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((h) => h.entry.jurisdiction === '中宁县')).toBe(true);
    expect(rankResults({ plan, filters: { jurisdiction: '不存在' } }).verified).toEqual([]);
  });

  it('with no words, lists every clause that passes the filters', () => {
    const ranked = rankResults({ plan: planQuery('', groups), filters: { kind: 'task-list' } });
    expect(ranked.verified.length).toBe(entries.filter((e) => e.facets.kind.includes('task-list')).length);
  });

  it('sorts by date either way, undated last', () => {
    const hits = rankResults({ plan: planQuery('养老机构', groups), filters: {} }).verified;
    const desc = sortHits(hits, 'date-desc').map((h) => h.entry.date ?? '');
    const asc = sortHits(hits, 'date-asc').map((h) => h.entry.date ?? '');
    expect(desc).toEqual([...desc].sort().reverse());
    expect(asc).toEqual([...asc].sort());
  });

  it('nonsense and boundary-crossing queries verify nothing they do not contain', () => {
    for (const q of ['量子计算', '火星基地']) {
      expect(rankResults({ plan: planQuery(q, groups), filters: {} }).verified).toEqual([]);
    }
    // 段简 exists in the seeds only across a word boundary; the scan must find it if it is there.
    const cross = entries.filter((e) => plainContains(e.text, '段简')).map((e) => e.id);
    expect(rankResults({ plan: planQuery('段简', groups), filters: {} }).verified.map((h) => h.entry.id)).toEqual(cross);
  });
});

describe('excerpts', () => {
  it('marks the match and clips around it', () => {
    const text = `${'前'.repeat(100)}国有划拨土地${'后'.repeat(200)}`;
    const segs = excerptSegments(text, [fold('划拨土地')], 10);
    expect(segs[0]).toEqual({ text: '…', mark: false });
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['划拨土地']);
    expect(segs.at(-1)).toEqual({ text: '…', mark: false });
    expect(segs.map((s) => s.text).join('')).toBe(`…${'前'.repeat(8)}国有划拨土地${'后'.repeat(20)}…`);
  });

  it('keeps hostile text as text (segments are plain strings)', () => {
    const text = '<img src=x onerror=alert(1)>划拨土地<script>';
    const segs = excerptSegments(text, [fold('划拨土地')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('without a match, starts at the beginning', () => {
    expect(excerptSegments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and order', () => {
    const params = new URLSearchParams('q=划拨土地&jurisdiction=中宁县&theme=land&sort=date-desc&utm=1');
    const state = readSearchState(params);
    expect(state).toEqual({ q: '划拨土地', filters: { jurisdiction: '中宁县', theme: 'land' }, sort: 'date-desc' });
    expect(searchStateParams(state).toString()).toBe(new URLSearchParams('q=划拨土地&jurisdiction=中宁县&theme=land&sort=date-desc').toString());
  });

  it('ignores hostile or unknown values', () => {
    const state = readSearchState(new URLSearchParams(`q=${'x'.repeat(500)}&sort=<script>&level=${'y'.repeat(500)}&lead=`));
    expect(state.q.length).toBe(MAX_QUERY_LENGTH);
    expect(state.sort).toBe('relevance');
    expect(state.filters.level!.length).toBe(100);
    expect(state.filters.lead).toBeUndefined();
    expect(searchStateParams(readSearchState(new URLSearchParams(''))).toString()).toBe('');
  });
});

describe('the synonyms file on disk', () => {
  it('is the file the build reads', () => {
    expect(parseSynonyms(readFileSync(join(root, 'content/synonyms.yml'), 'utf8'))).toEqual(synonyms);
  });
});
