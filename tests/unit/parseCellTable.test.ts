import { describe, expect, it } from 'vitest';
import { ingestErrorOf, seedLines, toLines } from './helpers.ts';
import { accountForSource } from '../../src/pipeline/ledger.ts';
import { cellTableParser, readTargets, splitAgencyCell, yearCell } from '../../src/pipeline/parseCellTable.ts';
import { taskTableParser } from '../../src/pipeline/parseTaskTable.ts';
import type { ParsedProvision, SourceLine } from '../../src/pipeline/types.ts';

const seed = seedLines;

const wangyi = seed('wangyi-2016.txt');
const doc = cellTableParser.parse(wangyi, 'wangyi-2016.txt');
const row = (n: number): ParsedProvision => {
  const p = doc.provisions.find((x) => x.key === String(n));
  if (p === undefined) throw new Error(`no row ${n}`);
  return p;
};

/** A small cell-per-line table: header with the given years, then rows of cells. */
const fixture = (years: string[], rows: string[][], tail: string[] = []): SourceLine[] => {
  const blocks = [['序号', '工作任务', '负责单位', '年度工作任务'], ['', '', '', ...years], ...rows];
  const body = blocks.map((cells) => cells.map((c) => `\t${c}`).join('\n')).join('\n\n');
  return toLines(['附件', '', '某县任务表', '', body, '', ...tail].join('\n'));
};
const parseFixture = (lines: SourceLine[]) => cellTableParser.parse(lines, 'fixture.txt');
const errorOf = ingestErrorOf;

describe('cellTableParser.detect', () => {
  it('recognises the cell-per-line table', () => {
    expect(cellTableParser.detect(wangyi)).toBeGreaterThan(0.9);
  });
  it('returns 0 for numbered plans and the tab-separated task table', () => {
    for (const name of ['qiubei-2021.txt', 'national-2023-pilot-experience.txt', 'jiangkou-2022.txt', 'zhongning-2021.txt']) {
      expect(cellTableParser.detect(seed(name)), name).toBe(0);
    }
  });
  it('is not claimed by the task-table parser', () => {
    expect(taskTableParser.detect(wangyi)).toBe(0);
  });
});

describe('cellTableParser.parse on wangyi-2016', () => {
  it('(a) reads 29 rows keyed by their own 序号', () => {
    expect(doc.provisions.map((p) => p.key)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(doc.structure).toBe('cell-table');
  });

  it('claims every non-whitespace character exactly once', () => {
    expect(accountForSource(wangyi, doc.ledger)).toEqual([]);
  });

  it('takes the task text from the second cell, as printed', () => {
    expect(row(1).text).toBe('总结、提升王益区金华社区卫生服务中心老年康复护理部（金华老年公寓）医养结合服务经验，为全市医养结合服务机构提供可复制、可推广的模式。');
    expect(row(29).text).toBe('加强考核督查。');
    expect(row(1).lines).toEqual([19, 26]);
  });

  it('(b) gives yearly targets their header year only when every year has a cell', () => {
    expect(row(1).targets).toEqual([
      { year: 2016, value: '巩固提升' }, { year: 2017, value: '巩固提升' }, { year: 2018, value: '巩固提升' },
      { year: 2019, value: '规范提升' }, { year: 2020, value: '规范提升' },
    ]);
    expect(row(6).targets.map((t) => [t.year, t.value])).toEqual([[2016, '20%'], [2017, '70%'], [2018, '80%'], [2019, '100%'], [2020, '100%']]);
    expect(row(3).targets).toEqual([{ year: null, value: '开展' }]);
    expect(row(9).targets).toEqual([{ year: null, value: '提倡' }, { year: null, value: '加强' }]);
    expect(row(7).targets.map((t) => t.year)).toEqual([null, null, null]);
    expect(row(22).targets).toHaveLength(2);
    expect(row(22).targets[0]).toEqual({ year: null, value: '搭建平台，建立医养结合对象信息数据库' });
    expect(row(22).targets[1]?.year).toBeNull();
    expect(row(22).targets[1]?.value.startsWith('与居家养老服务信息平台')).toBe(true);
  });

  it('(c) joins wrapped cells and keeps blank lines inside row 11', () => {
    expect(row(11).targets).toEqual([
      { year: 2016, value: '试点、85%、鼓励' },
      { year: 2017, value: '50%、85%、鼓励' },
      { year: 2018, value: '80%、90%、鼓励' },
      { year: 2019, value: '90%、95%鼓励' },
      { year: 2020, value: '95%、95%、鼓励' },
    ]);
    expect(row(11).lines).toEqual([88, 105]);
    expect(row(12).lines[0]).toBe(107);
  });

  it('(d) splits the agency cell into lead and partner, keeping the cell as the note', () => {
    expect(row(3).leadAgencies).toEqual(['区民政局', '区卫计局']);
    expect(row(3).partnerAgencies).toEqual(['区发改局', '国土王益分局', '区财政局', '区住建局']);
    expect(row(3).agencyNote).toBe('区民政局、区卫计局牵头，区发改局、国土王益分局、区财政局、区住建局配合。');
    expect([row(4).leadAgencies, row(4).partnerAgencies]).toEqual([['区民政局', '区卫计局'], []]);
    expect([row(5).leadAgencies, row(5).partnerAgencies]).toEqual([['区卫计局'], ['区民政局']]);
    expect([row(18).leadAgencies, row(18).partnerAgencies]).toEqual([['区民政局'], ['区人社局', '区卫计局']]);
    expect(row(22).leadAgencies).toEqual(['区工信局']);
    expect(row(22).partnerAgencies).toEqual(['区民政局', '区卫计局', '区发改局', '区人社局', '区老龄委']);
    expect([row(28).leadAgencies, row(28).partnerAgencies]).toEqual([['区文广局'], ['各单位']]);
    expect(row(2).leadAgencies).toEqual(['各医院归属企业']);
    expect(doc.warnings).toEqual([]);
  });

  it('(e) has no deadlines or headings; text around the table is metadata', () => {
    expect(doc.provisions.every((p) => p.deadline === null && p.headingPath.length === 0)).toBe(true);
    expect(doc.metadataText.map((m) => [m.role, m.text, m.line])).toEqual([
      ['attachment', '附件', 1],
      ['title', '王益区医养结合试点工作任务表', 3],
      ['table-header', '序号', 5],
      ['table-header', '工作任务', 6],
      ['table-header', '负责单位', 7],
      ['table-header', '年度工作任务', 8],
      ...[2016, 2017, 2018, 2019, 2020].map((y, i) => ['table-header', `${y}年`, 13 + i]),
    ]);
    expect(doc.artefacts).toEqual([]);
  });
});

describe('splitAgencyCell', () => {
  it('reads lead and partner groups by role words', () => {
    expect(splitAgencyCell('区民政局、区卫计局牵头，区发改局、国土王益分局、区财政局、区住建局配合。')).toEqual({
      lead: ['区民政局', '区卫计局'], partner: ['区发改局', '国土王益分局', '区财政局', '区住建局'], unassigned: [],
    });
    expect(splitAgencyCell('区卫计局负责。')).toEqual({ lead: ['区卫计局'], partner: [], unassigned: [] });
    expect(splitAgencyCell('区人社局、区财政局、区卫计局分别负责。').lead).toEqual(['区人社局', '区财政局', '区卫计局']);
    expect(splitAgencyCell('区卫计局牵头、区民政局配合。')).toEqual({ lead: ['区卫计局'], partner: ['区民政局'], unassigned: [] });
    expect(splitAgencyCell('区文广局负责、各单位分别配合。')).toEqual({ lead: ['区文广局'], partner: ['各单位'], unassigned: [] });
    expect(splitAgencyCell('区民政局牵头,区人社局、区卫计局配合。')).toEqual({ lead: ['区民政局'], partner: ['区人社局', '区卫计局'], unassigned: [] });
  });

  it('drops the empty fragment left by a dangling 、', () => {
    expect(splitAgencyCell('区民政局牵头，区卫计局、分别负责。')).toEqual({ lead: ['区民政局', '区卫计局'], partner: [], unassigned: [] });
  });

  it('treats a cell without role words as lead and reports names after the last role word', () => {
    expect(splitAgencyCell('县民政局、县卫健局')).toEqual({ lead: ['县民政局', '县卫健局'], partner: [], unassigned: [] });
    expect(splitAgencyCell('区卫计局负责，区民政局')).toEqual({ lead: ['区卫计局'], partner: [], unassigned: ['区民政局'] });
    expect(splitAgencyCell('')).toEqual({ lead: [], partner: [], unassigned: [] });
  });
});

describe('cell-table helpers', () => {
  it('reads years from header cells', () => {
    expect(['2016年', '２０２０年', '2021', '年度', ''].map(yearCell)).toEqual([2016, 2020, 2021, null, null]);
  });
  it('never guesses the year of a merged span', () => {
    expect(readTargets(['a', 'b'], [2016, 2017])).toEqual([{ year: 2016, value: 'a' }, { year: 2017, value: 'b' }]);
    expect(readTargets(['a'], [2016, 2017])).toEqual([{ year: null, value: 'a' }]);
    expect(readTargets(['a', ''], [2016, 2017])).toEqual([{ year: 2016, value: 'a' }]);
  });
});

describe('cellTableParser.parse on hostile input', () => {
  const r = (n: string, ...targets: string[]) => [n, `任务${n}。`, '县卫健局负责。', ...targets];

  it('reads years from the header rather than assuming them', () => {
    const lines = fixture(['2021年', '2022年', '2023年'], [r('1', '10%', '20%', '30%'), r('2', '开展')]);
    const parsed = parseFixture(lines);
    expect(parsed.provisions.map((p) => p.targets)).toEqual([
      [{ year: 2021, value: '10%' }, { year: 2022, value: '20%' }, { year: 2023, value: '30%' }],
      [{ year: null, value: '开展' }],
    ]);
    expect(accountForSource(lines, parsed.ledger)).toEqual([]);
  });

  it('rejects a non-numeric 序号 naming file and line', () => {
    const lines = fixture(['2021年'], [r('1', '开展'), r('二a', '开展')]);
    const e = errorOf(() => parseFixture(lines));
    const at = lines.find((l) => l.text === '\t二a')?.no;
    expect(e.message).toContain(`fixture.txt:${at}`);
    expect(e.message).toContain('expected 序号 2');
  });

  it('rejects a skipped or repeated 序号 instead of reading it as targets', () => {
    expect(errorOf(() => parseFixture(fixture(['2021年'], [r('1', '开展'), r('3', '开展')]))).message).toContain('expected 序号 2');
    expect(errorOf(() => parseFixture(fixture(['2021年'], [r('1', '开展'), r('1', '开展')]))).message).toContain('expected 序号 2');
    expect(errorOf(() => parseFixture(fixture(['2021年'], [r('2', '开展')]))).message).toContain('expected 序号 1');
  });

  it('rejects more target cells than header years and rows missing cells', () => {
    expect(errorOf(() => parseFixture(fixture(['2021年'], [r('1', 'a', 'b')]))).message).toContain('at most 1 yearly target');
    expect(errorOf(() => parseFixture(fixture(['2021年'], [['1', '任务。']]))).message).toContain('expected 3 cells');
  });

  it('keeps unrecognised trailing text as metadata with a warning', () => {
    const lines = fixture(['2021年'], [r('1', '开展')], ['本表由县卫健局负责解释，各单位遵照执行。']);
    const parsed = parseFixture(lines);
    expect(parsed.metadataText.at(-1)?.role).toBe('trailing-text');
    expect(parsed.warnings).toHaveLength(1);
    expect(accountForSource(lines, parsed.ledger)).toEqual([]);
  });

  it('reads CRLF input split into lines exactly like LF input', () => {
    const lf = fixture(['2021年', '2022年'], [r('1', 'a、', 'b'), r('2', '开展')]);
    const crlf = toLines(lf.map((l) => l.text).join('\r\n'));
    expect(parseFixture(crlf)).toEqual(parseFixture(lf));
    expect(parseFixture(crlf).provisions).toHaveLength(2);
  });
});
