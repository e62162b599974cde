// Quantitative targets extracted from the real seeds, compared through content/indicators.yml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import type { Provision } from '../../src/schemas/corpus.ts';
import {
  cellItems, collectTargets, documentGoalYear, dotPlotLayout, extractTargets, loadIndicators, parseIndicators,
  provisionTargetsColumn, RESERVED_LIST_IDS, seriesLayout, seriesPages, spreadByYear, statedYear, targetSlices, valueBins, yearlySeries,
} from '../../src/targets/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const indicators = loadIndicators(join(root, 'content/indicators.yml'));
const corpus = ingestCorpus(join(root, 'seeds'), loadGazetteer(join(root, 'content/jurisdictions.yml')), root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const all = collectTargets(documents, provisions, indicators);
const place = (docId: string) => documents.find((d) => d.id === docId)!.jurisdiction.name;
const fake = (over: Partial<Provision>): Provision => ({
  id: 'test-doc/1', docId: 'test-doc', anchor: 'p-1', url: '/documents/test-doc/#p-1', order: 1, label: '1', headingPath: [], text: '条款',
  leadAgencies: [], partnerAgencies: [], agencyNote: null, deadline: null, targets: [], lines: [1, 1], themes: [], ...over,
}) as Provision;

describe('the 65+ health-management rate (done-when check)', () => {
  const rate = all.targets.filter((t) => t.indicator === 'health-management-65');

  it('is found for every jurisdiction whose text sets one', () => {
    // Independent of the extractor: provisions whose text names the rate and prints a percentage.
    const setting = provisions.filter((p) => /65岁(及)?以上老年人健康管理[^。]*?\d+\s*%/u.test(p.text.replace(/\s+/gu, '')));
    expect(new Set(setting.map((p) => place(p.docId)))).toEqual(new Set(['中宁县', '丘北县', '江口县', '王益区']));
    for (const p of setting) expect(rate.some((t) => t.provisionId === p.id), p.id).toBe(true);
  });

  it.each([
    ['中宁县', 'zhongning-2021/24', 72, 2022, 'text'],
    ['丘北县', 'qiubei-2021/s1', 70, 2022, 'text'],
    // 江口 prints no year with the value; the year is the plan's own goal date (在2022年9月30日前), marked as inferred.
    ['江口县', 'jiangkou-2022/2.3.3', 72, 2022, 'document'],
    ['王益区', 'wangyi-2016/26', 95, 2020, 'text'],
  ])('%s: %s sets %i%% for %i (year from %s)', (jurisdiction, provisionId, value, year, basis) => {
    const found = rate.filter((t) => place(t.docId) === jurisdiction);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ provisionId, value, unit: 'percent', year, yearBasis: basis });
  });

  it('has 王益\'s yearly series 2016–2020 beside the text target', () => {
    const series = all.series.filter((s) => s.indicator === 'health-management-65');
    expect(series).toHaveLength(1);
    expect(series[0]!.provisionId).toBe('wangyi-2016/26');
    expect(series[0]!.points.map((p) => [p.year, p.value])).toEqual([[2016, 85], [2017, 85], [2018, 90], [2019, 95], [2020, 95]]);
  });
});

describe('other indicators', () => {
  const of = (indicator: string) => all.targets.filter((t) => t.indicator === indicator).map((t) => [t.provisionId, t.value, t.year]);

  it('compares the share of level-2+ hospitals with a geriatrics department', () => {
    expect(of('geriatrics-department')).toEqual([['qiubei-2021/s1', 100, 2022], ['qiubei-2021/4', 100, 2022], ['zhongning-2021/27', 50, 2022]]);
    expect(all.targets.filter((t) => t.indicator === 'geriatrics-department' && t.docId === 'qiubei-2021').every((t) => t.strive)).toBe(true);
  });

  it('finds age-friendly institutions, nursing beds, signing coverage and the home-sickbed pilot', () => {
    expect(of('age-friendly-institutions')).toEqual([['jiangkou-2022/2.4', 60, 2022], ['zhongning-2021/30', 80, 2022]]);
    expect(of('nursing-bed-share')).toEqual([['zhongning-2021/36', 30, 2022]]);
    expect(of('care-home-signing')).toEqual([['qiubei-2021/2', 100, 2022]]);
    expect(all.series.find((s) => s.indicator === 'care-home-signing')!.points.map((p) => p.value)).toEqual([20, 70, 80, 100, 100]);
    const pilot = all.targets.find((t) => t.indicator === 'home-sickbed-pilot')!;
    expect(pilot).toMatchObject({ provisionId: 'qiubei-2021/1', value: 1, unit: 'count', measure: '个', year: 2022, yearBasis: 'text' });
  });

  it('reads 王益 rows 6, 10, 12, 13 and 26 as percentage series, and row 11 as two unassigned ones', () => {
    const rows = (id: string) => all.series.filter((s) => s.provisionId === id);
    for (const id of ['wangyi-2016/6', 'wangyi-2016/10', 'wangyi-2016/12', 'wangyi-2016/13', 'wangyi-2016/26']) {
      expect(rows(id), id).toHaveLength(1);
      expect(rows(id)[0]!.indicator, id).not.toBeNull();
    }
    const row11 = rows('wangyi-2016/11');
    expect(row11.map((s) => [s.position, s.indicator])).toEqual([[1, null], [2, null]]);
    expect(row11[0]!.points.map((p) => p.printed)).toEqual(['试点', '50%', '80%', '90%', '95%']);
    expect(row11[1]!.points.map((p) => p.value)).toEqual([85, 85, 90, 95, 95]);
    // Rows whose cells hold only words (巩固提升, 扶持 …) are no series.
    expect(rows('wangyi-2016/1')).toEqual([]);
  });
});

describe('what is and is not a target', () => {
  it('skips the national notice: its numbers are pilot results', () => {
    expect(all.targets.filter((t) => t.docId === 'national-2023-pilot-experience')).toEqual([]);
    expect(all.skipped.map((s) => s.docId)).toEqual(['national-2023-pilot-experience']);
  });

  it('extracts every percentage printed in the plans and task lists, and nothing else as a percentage', () => {
    for (const p of provisions.filter((x) => x.docId !== 'national-2023-pilot-experience')) {
      const printed = (p.text.normalize('NFKC').match(/\d+(?:\.\d+)?\s*%/gu) ?? []).length;
      expect(all.targets.filter((t) => t.provisionId === p.id && t.unit === 'percent'), p.id).toHaveLength(printed);
    }
  });

  it('does not take frequencies, durations or time limits for targets', () => {
    // 江口 2.3.3 prints 1次 twice and 1个月; 丘北 (十六) prints 30个工作日.
    expect(all.targets.filter((t) => t.provisionId === 'jiangkou-2022/2.3.3').map((t) => t.value)).toEqual([72, 70]);
    expect(all.targets.filter((t) => t.provisionId === 'qiubei-2021/16')).toEqual([]);
  });

  it('reads counts after a verb, Chinese numerals included', () => {
    const zn10 = all.targets.find((t) => t.provisionId === 'zhongning-2021/10')!;
    expect(zn10).toMatchObject({ value: 1, unit: 'count', measure: '家', printed: '一家', atLeast: true, indicator: 'integrated-care-institution' });
  });

  it('takes a missing year from the row deadline, else the document goal, and says which', () => {
    expect(all.targets.filter((t) => t.provisionId === 'zhongning-2021/22').map((t) => [t.value, t.year, t.yearBasis])).toEqual([[30, 2022, 'deadline'], [20, 2022, 'deadline']]);
    expect(all.targets.find((t) => t.id === 'qiubei-2021/2#1')).toMatchObject({ value: 1, year: 2022, yearBasis: 'document' });
  });

  it('handles hostile and full-width text as data', () => {
    const p = fake({ text: '<script>alert("x")</script>到２０２５年，覆盖率达到８０％以上；力争在 3 个社区试点。' });
    const found = extractTargets(p, indicators, { documentYear: null });
    expect(found.map((t) => [t.value, t.unit, t.year, t.atLeast, t.strive])).toEqual([[80, 'percent', 2025, true, false], [3, 'count', 2025, false, true]]);
    expect(found[0]!.clause).toBe('覆盖率达到80%以上');
    expect(extractTargets(fake({ text: '<b onclick="x()">覆盖率</b>达到８０％' }), indicators, { documentYear: null })[0]!.clause).toBe('<b onclick="x()">覆盖率</b>达到80%');
    expect(extractTargets(fake({ text: '每年1次，30个工作日内，1个月内。' }), indicators, { documentYear: 2030 })).toEqual([]);
    expect(extractTargets(fake({ text: '覆盖率达到50%。' }), indicators, { documentYear: null })[0]).toMatchObject({ year: null, yearBasis: null });
  });
});

describe('years', () => {
  it('reads the last year stated before the value', () => {
    expect(statedYear('到2020年，……到 2022 年')).toBe(2022);
    expect(statedYear('65岁以上老年人')).toBeNull();
    expect(statedYear('第9999年')).toBeNull();
  });

  it('finds a document\'s goal year in its 目标 section, else its period, else none', () => {
    const goal = (id: string) => documentGoalYear(documents.find((d) => d.id === id)!, provisions.filter((p) => p.docId === id));
    expect(goal('jiangkou-2022')).toBe(2022);
    expect(goal('qiubei-2021')).toBe(2022);
    expect(goal('wangyi-2016')).toBe(2020);
    expect(goal('zhongning-2021')).toBeNull();
  });
});

describe('indicators', () => {
  it('loads the curated list with the five required indicators', () => {
    const ids = indicators.map((i) => i.id);
    for (const id of ['health-management-65', 'geriatrics-department', 'care-home-signing', 'age-friendly-institutions', 'nursing-bed-share']) expect(ids).toContain(id);
    expect(readFileSync(join(root, 'content/indicators.yml'), 'utf8')).toContain('patterns');
  });

  it('rejects a bad pattern, a duplicate id and a wrong unit with the entry named', () => {
    expect(() => parseIndicators('- {id: a, zh: 甲, en: A, unit: percent, patterns: ["("]}')).toThrow(/"a" pattern 0/u);
    expect(() => parseIndicators('- {id: a, zh: 甲, en: A, unit: percent, patterns: [x]}\n- {id: a, zh: 乙, en: B, unit: count, patterns: [y]}')).toThrow(/duplicate indicator id "a"/u);
    expect(() => parseIndicators('- {id: a, zh: 甲, en: A, unit: yuan, patterns: [x]}')).toThrow(/entry 0 .*"unit"/u);
  });
});

describe('series and charts', () => {
  it('splits cells into values', () => {
    expect(cellItems('试点、85%、鼓励')).toEqual(['试点', '85%', '鼓励']);
    expect(cellItems(' 90%、95%鼓励')).toEqual(['90%', '95%鼓励']);
  });

  it('gives no series for cells without a year', () => {
    expect(yearlySeries(fake({ targets: [{ year: null, value: '50%' }] }), indicators)).toEqual([]);
  });

  it('lays out a dot plot with x growing with the value, on 0–100 for percentages', () => {
    const layout = dotPlotLayout([
      { id: 'a', label: 'A', value: 0, valueLabel: '0%', hollow: false, href: '#a' },
      { id: 'b', label: 'B', value: 100, valueLabel: '100%', hollow: true, href: '#b' },
      { id: 'c', label: 'C', value: 72, valueLabel: '72%', hollow: false, href: '#c' },
    ], 'percent');
    const [a, b, c] = layout.dots;
    expect(a!.x).toBe(layout.plotLeft);
    expect(b!.x).toBe(layout.plotRight);
    expect(c!.x).toBeCloseTo(layout.plotLeft + 0.72 * (layout.plotRight - layout.plotLeft));
    expect(layout.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(new Set(layout.dots.map((d) => d.y)).size).toBe(3);
  });

  it('lays out a series with a gap-free line through the percentages only', () => {
    const s = all.series.find((x) => x.provisionId === 'wangyi-2016/13')!;
    const layout = seriesLayout(s);
    expect(layout.points.map((p) => p.label)).toEqual(['试点', '试点', '50%', '90%', '95%']);
    expect((layout.path.match(/[ML]/gu) ?? []).length).toBe(3);
  });

  it('gives a CSV cell per provision', () => {
    expect(provisionTargetsColumn({ id: 'zhongning-2021/22' }, all).extractedTargets).toBe('elder-education-sites=30%+@2022(deadline)；elder-education-participation=20%+@2022(deadline)');
  });
});

describe('bounding /targets/', () => {
  const t = (value: number, year: number | null, i = 0) => ({ ...all.targets[0]!, id: `x#${i}`, value, year });

  it('puts every target and series on exactly one page of at most the page size, targets first', () => {
    const targets = Array.from({ length: 130 }, (_, i) => t(i % 100, 2022, i));
    const series = all.series.slice(0, 5);
    const slices = targetSlices(targets, series, 60);
    expect(slices.map((s) => s.targets.length + s.series.length)).toEqual([60, 60, 15]);
    expect(slices.flatMap((s) => s.targets)).toEqual(targets);
    expect(slices.flatMap((s) => s.series)).toEqual(series);
    expect(slices[2]!.targets).toHaveLength(10);
    expect(targetSlices([], [], 60)).toEqual([{ targets: [], series: [] }]);
  });

  it('keeps a document\'s yearly series on one page where they fit', () => {
    const wangyi = all.series.filter((s) => s.docId === 'wangyi-2016');
    expect(wangyi.length).toBeGreaterThan(2);
    const other = { ...wangyi[0]!, docId: 'other', id: 'other#y' };
    const pages = seriesPages([other, ...wangyi], wangyi.length);
    expect(pages).toEqual([[other], wangyi]);
  });

  it('summarises values per year with loops, and bins them into a fixed number of bars', () => {
    const targets = [t(72, 2022, 1), t(70, 2022, 2), t(95, 2020, 3), t(80, null, 4), t(90, 2022, 5)];
    expect(spreadByYear(targets)).toEqual([
      { year: 2020, count: 1, min: 95, median: 95, max: 95 },
      { year: 2022, count: 3, min: 70, median: 72, max: 90 },
      { year: null, count: 1, min: 80, median: 80, max: 80 },
    ]);
    const bins = valueBins(targets, 'percent');
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 1, 2]);
    // 200,000 targets: still ten bars, every target counted once, no stack overflow.
    const many = Array.from({ length: 200_000 }, (_, i) => t(i % 101, 2022, i));
    const manyBins = valueBins(many, 'percent');
    expect(manyBins).toHaveLength(10);
    expect(manyBins.reduce((n, b) => n + b.value, 0)).toBe(many.length);
    expect(spreadByYear(many)[0]).toMatchObject({ count: 200_000, min: 0, max: 100 });
    const counts = valueBins([t(0, 2022), t(5, 2022), t(1000, 2022)], 'count');
    expect(counts.length).toBeLessThanOrEqual(11);
    expect(counts.reduce((n, b) => n + b.value, 0)).toBe(3);
    expect(counts[counts.length - 1]!.value).toBe(1);
  });

  it('reserves the ids of the unclassified list and the yearly series', () => {
    for (const id of RESERVED_LIST_IDS) {
      expect(() => parseIndicators(`- id: ${id}\n  zh: 某\n  en: x\n  unit: percent\n  patterns: ['某']\n`)).toThrow(/reserved/u);
    }
  });
});
