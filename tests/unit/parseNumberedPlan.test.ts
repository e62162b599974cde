import { describe, expect, it } from 'vitest';
import { seedLines } from './helpers.ts';
import { forwardingChainParser } from '../../src/pipeline/parseForwardingChain.ts';
import { numberedPlanParser } from '../../src/pipeline/parseNumberedPlan.ts';
import { IngestError } from '../../src/pipeline/IngestError.ts';
import { accountForSource } from '../../src/pipeline/ledger.ts';
import { segmentLines } from '../../src/pipeline/segment.ts';
import type { ParsedDocument, SourceLine } from '../../src/pipeline/types.ts';

const seed = seedLines;
const inline = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const byKey = (doc: ParsedDocument, key: string) => doc.provisions.find((p) => p.key === key);
const meta = (doc: ParsedDocument, role: string) => doc.metadataText.filter((m) => m.role === role).map((m) => m.text);

describe('numbered plan: 丘北 (global （N） numbering, blank-line paragraphs, page breaks)', () => {
  const lines = seed('qiubei-2021.txt');
  const doc = numberedPlanParser.parse(lines, 'seeds/qiubei-2021.txt');

  it('accounts for every character', () => {
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads s1 then the run-on （一）…（二十一） as global keys 1…21', () => {
    expect(doc.provisions.map((p) => p.key)).toEqual(['s1', ...Array.from({ length: 21 }, (_, i) => String(i + 1))]);
    expect(byKey(doc, 's1')).toMatchObject({ label: '一', headingPath: ['一、目标要求'] });
    expect(byKey(doc, '11')).toMatchObject({ label: '（十一）', headingPath: ['三、保障措施'] });
    expect(byKey(doc, '21')?.headingPath).toEqual(['四、组织实施']);
  });

  it('joins paragraphs cut by page breaks without adding characters', () => {
    expect(byKey(doc, '1')?.text).toContain('落实国家上门医疗卫生服务相关政策。');
    expect(byKey(doc, '1')?.lines).toEqual([29, 31]);
    expect(byKey(doc, '17')?.text).toContain('支持医务人员从事医养结合服务。鼓励医务人员');
    expect(byKey(doc, '19')?.text).toContain('向家庭医生团队倾斜');
  });

  it('keeps an unnumbered paragraph after a complete item as a new paragraph of that item', () => {
    const p10 = byKey(doc, '10');
    expect(p10?.text.split('\n')).toHaveLength(2);
    expect(p10?.text.split('\n')[1]).toMatch(/^认真落实国家医养结合机构/u);
  });

  it('turns agency notes into agencies and removes them from the text', () => {
    const p13 = byKey(doc, '13');
    expect(p13?.text).toContain('国有划拨土地');
    expect(p13?.leadAgencies).toContain('自然资源局');
    expect(p13?.leadAgencies).toContain('各乡〈镇〉人民政府');
    expect(p13?.text).not.toContain('责任单位');
    expect(byKey(doc, '1')?.leadAgencies).toEqual(['县卫健局', '医保局', '民政局', '驻丘保险机构']);
    // Split over lines 63/65 by a page break.
    expect(byKey(doc, '12')).toMatchObject({ agencyNote: '（责任单位：县民政局、财政局、卫健局）', leadAgencies: ['县民政局', '财政局', '卫健局'] });
    // A note on its own paragraph belongs to the item before it.
    expect(byKey(doc, '19')).toMatchObject({ agencyNote: '（责任单位：县发改局、财政局、人社局、卫健局、医保局）', lines: [83, 87] });
    expect(byKey(doc, '19')?.text).not.toContain('\n');
    expect(byKey(doc, '20')?.agencyNote).toBeNull();
    expect(doc.provisions.every((p) => p.partnerAgencies.length === 0)).toBe(true);
  });

  it('sets front and back matter aside as metadata', () => {
    expect(meta(doc, 'masthead')).toEqual(['丘北县人民政府办公室文件']);
    expect(meta(doc, 'doc-number')).toEqual(['丘政办发〔2021〕104号']);
    expect(meta(doc, 'notice-title')).toEqual(['丘北县人民政府办公室关于印发丘北县深入推进 医养结合发展实施方案的通知']);
    expect(meta(doc, 'title')).toEqual(['丘北县深入推进医养结合发展实施方案']);
    expect(meta(doc, 'cover-letter')).toHaveLength(1);
    expect(meta(doc, 'preamble')[0]).toMatch(/^为认真贯彻落实.*制定本实施方案。$/u);
    expect(meta(doc, 'publicity')).toEqual(['（此件公开发布）']);
    expect(meta(doc, 'cc')).toEqual(['抄送：县委办、县人大办、县政协办、县纪委监委、县法院、县检察院、县人武部。']);
    expect(meta(doc, 'issuer')).toEqual(['丘北县人民政府办公室']);
    expect(meta(doc, 'printed-date')).toEqual(['2021年7月23日印发']);
    expect(doc.provisions.some((p) => p.text.includes('抄送') || p.text.includes('县人武部'))).toBe(false);
  });
});

describe('numbered plan: 江口 (一、 → （一） → 1., no blank lines, repeated title page)', () => {
  const lines = seed('jiangkou-2022.txt');
  const doc = numberedPlanParser.parse(lines, 'seeds/jiangkou-2022.txt');

  it('accounts for every character', () => {
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('builds path keys where numbering restarts', () => {
    const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
    expect(doc.provisions.map((p) => p.key)).toEqual([
      's1',
      ...range('2.1', 8),
      ...range('2.2', 4),
      ...range('2.3', 3),
      '2.4',
      '2.5',
      '2.6',
      ...range('3', 4),
      ...range('4', 3),
    ]);
  });

  it('reads 2.1.5 with its heading path and note', () => {
    const p = byKey(doc, '2.1.5');
    expect(p?.label).toBe('5.');
    expect(p?.text.startsWith('加大用地保障力度。')).toBe(true);
    expect(p?.headingPath).toEqual(['二、工作任务', '（一）建立完善老年健康服务体系和医养结合服务体系']);
    expect(p?.agencyNote).toBe('（责任单位：县自然资源局、县发展改革局、县卫生健康局、县民政局、各乡镇<街道>）。');
    expect(p?.leadAgencies).toContain('各乡镇<街道>');
    expect(p?.text.endsWith('依法用于医养结合机构建设。')).toBe(true);
  });

  it('makes a （N） without children a provision of its title and paragraph', () => {
    const p = byKey(doc, '2.4');
    expect(p?.label).toBe('（四）');
    expect(p?.headingPath).toEqual(['二、工作任务']);
    expect(p?.text.split('\n')[0]).toBe('积极开展老年友好型社区和老年友善医院建设');
    expect(p?.text.split('\n')[1]).toMatch(/^积极推进公共设施适老化改造/u);
    expect(byKey(doc, '2.6')?.leadAgencies).toEqual(['县卫生健康局', '县医保局', '各乡镇<街道']);
    expect(byKey(doc, 's1')?.headingPath).toEqual(['一、工作目标']);
  });

  it('keeps the attachment list out of the provisions', () => {
    expect(meta(doc, 'attachment')).toEqual(['附件：1.江口县创建省级医养结合示范县工作领导小组', '2.2022年贵州省医养结合示范县评分表']);
    expect(meta(doc, 'title')).toEqual(['江口县创建省级医养结合示范县工作实施方案']);
    expect(meta(doc, 'issuer')).toEqual(['江口县人民政府']);
    expect(meta(doc, 'date')).toEqual(['2022年5月11日']);
    expect(meta(doc, 'preamble')).toHaveLength(1);
  });

  it('reports the repeated title page after the signature as an artefact', () => {
    expect(meta(doc, 'signature')).toEqual(['江口县人民政府2022-05-13']);
    expect(doc.artefacts.map((a) => [a.kind, a.line])).toEqual([
      ['repeated-title-fragment', 50],
      ['repeated-title-fragment', 52],
      ['repeated-title-fragment', 56],
    ]);
    expect(doc.artefacts.every((a) => a.reason.length > 0)).toBe(true);
    expect(doc.ledger.filter((e) => e.role === 'artefact').map((e) => e.line)).toEqual([50, 52, 56]);
  });
});

describe('numbered plan detection', () => {
  it('scores plans above the forwarding-chain detector and tables at 0', () => {
    for (const name of ['qiubei-2021.txt', 'jiangkou-2022.txt']) {
      const lines = seed(name);
      expect(numberedPlanParser.detect(lines)).toBeGreaterThan(forwardingChainParser.detect(lines));
      expect(numberedPlanParser.detect(lines)).toBeGreaterThanOrEqual(0.5);
    }
    expect(numberedPlanParser.detect(seed('zhongning-2021.txt'))).toBe(0);
    expect(numberedPlanParser.detect(seed('wangyi-2016.txt'))).toBe(0);
  });
});

describe('numbered plan: hostile inline fixtures', () => {
  const plan = [
    '某某县医养结合工作方案',
    '为推进医养结合，制定本方案。',
    '一、总体要求',
    '到2025年，建成服务体系。',
    '二、重点任务',
    '(一)加强服务',
    '１．建立机制<script>alert(1)</script>。（责任单位:县卫健局、县民政局）',
    '２．完善政策。',
    '（二）强化保障',
    '1、落实资金。',
    '三、保障措施',
    '加强领导。',
    '某某县人民政府',
    '2024年1月2日',
  ].join('\n');

  it('parses a new county plan with mixed-width markers and keeps text literally', () => {
    const lines = inline(plan);
    const doc = numberedPlanParser.parse(lines, 'fixture.txt');
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.provisions.map((p) => [p.key, p.label])).toEqual([
      ['s1', '一'],
      ['2.1.1', '１．'],
      ['2.1.2', '２．'],
      ['2.2.1', '1、'],
      ['s3', '三'],
    ]);
    const p = byKey(doc, '2.1.1');
    expect(p?.text).toBe('建立机制<script>alert(1)</script>。');
    expect(p?.leadAgencies).toEqual(['县卫健局', '县民政局']);
    expect(p?.headingPath).toEqual(['二、重点任务', '(一)加强服务']);
    expect(meta(doc, 'title')).toEqual(['某某县医养结合工作方案']);
    expect(meta(doc, 'issuer')).toEqual(['某某县人民政府']);
    expect(meta(doc, 'date')).toEqual(['2024年1月2日']);
    expect(byKey(doc, 's3')?.text).toBe('加强领导。');
  });

  it('joins a page break across blank lines and drops a page number as an artefact', () => {
    const lines = inline(['方案', '', '一、任务', '', '（一）第一项工作要落', '', '- 2 -', '', '实到位。', '', '（二）第二项。', '', '二、要求', '', '（三）第三项。'].join('\n'));
    const doc = numberedPlanParser.parse(lines, 'fixture.txt');
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.provisions.map((p) => p.key)).toEqual(['1', '2', '3']);
    expect(byKey(doc, '1')?.text).toBe('第一项工作要落实到位。');
    expect(doc.artefacts).toMatchObject([{ kind: 'page-number', line: 7 }]);
  });

  it('throws naming file:line for a numbered item with no text', () => {
    const lines = inline(['方案', '一、任务', '（一）第一项。', '（二）', '（三）第三项。'].join('\n'));
    expect(() => numberedPlanParser.parse(lines, 'empty.txt')).toThrow(IngestError);
    expect(() => numberedPlanParser.parse(lines, 'empty.txt')).toThrow(/^empty\.txt:4: /u);
  });

  it('throws when numbering goes back, warns when it skips', () => {
    const back = inline(['方案', '一、任务', '（一）第一项。', '（二）第二项。', '（二）又是第二项。'].join('\n'));
    expect(() => numberedPlanParser.parse(back, 'back.txt')).toThrow(/back\.txt:5: .*expected （三）/u);
    const gap = inline(['方案', '一、任务', '（一）第一项。', '（三）第三项。', '（五）第五项。'].join('\n'));
    const doc = numberedPlanParser.parse(gap, 'gap.txt');
    expect(doc.provisions.map((p) => p.key)).toEqual(['1.1', '1.3', '1.5']);
    expect(doc.warnings).toHaveLength(2);
    expect(doc.warnings[0]).toMatch(/^gap\.txt:4: .*（二）/u);
  });

  it('reads CRLF text the same, and tolerates a stray \\r left on a line', () => {
    const crlf = segmentLines(plan.replace(/\n/gu, '\r\n'));
    const withCr = inline(plan).map((l) => ({ ...l, text: `${l.text}\r` }));
    const plain = numberedPlanParser.parse(inline(plan), 'lf.txt').provisions;
    for (const lines of [crlf, withCr]) {
      const doc = numberedPlanParser.parse(lines, 'crlf.txt');
      expect(accountForSource(lines, doc.ledger)).toEqual([]);
      expect(doc.provisions).toEqual(plain);
    }
  });

  it('makes a section intro before its items a provision s<N>', () => {
    const lines = inline(['方案', '一、任务', '围绕以下方面开展工作：', '（一）第一项。', '（二）第二项。'].join('\n'));
    const doc = numberedPlanParser.parse(lines, 'intro.txt');
    expect(doc.provisions.map((p) => [p.key, p.text])).toEqual([
      ['s1', '围绕以下方面开展工作：'],
      ['1.1', '第一项。'],
      ['1.2', '第二项。'],
    ]);
    expect(doc.provisions[0]?.headingPath).toEqual(['一、任务']);
  });

  it('throws when there is no numbered body', () => {
    expect(() => numberedPlanParser.parse(inline('只是一段话。'), 'flat.txt')).toThrow(IngestError);
  });
});
