import { describe, expect, it } from 'vitest';
import { ingestErrorOf, seedLines, toLines } from './helpers.ts';
import { accountForSource } from '../../src/pipeline/ledger.ts';
import { cellTableParser } from '../../src/pipeline/parseCellTable.ts';
import {
  alignRow,
  columnKind,
  endsSentence,
  headingPaths,
  nearestLabel,
  repairBrokenCells,
  splitAgencyList,
  taskTableParser,
} from '../../src/pipeline/parseTaskTable.ts';
import type { ParsedProvision, SourceLine } from '../../src/pipeline/types.ts';

const seed = seedLines;

const zhongning = seed('zhongning-2021.txt');
const doc = taskTableParser.parse(zhongning, 'zhongning-2021.txt');
const row = (n: number): ParsedProvision => {
  const p = doc.provisions.find((x) => x.key === String(n));
  if (p === undefined) throw new Error(`no row ${n}`);
  return p;
};

const HEADER = '序号\t重点工作\t具体任务\t工作内容\t责任单位\t配合单位\t完成时限';
const fixture = (...rows: string[]): SourceLine[] => toLines([HEADER, ...rows].join('\n'));
const parseFixture = (lines: SourceLine[]) => taskTableParser.parse(lines, 'fixture.txt');
const errorOf = ingestErrorOf;

describe('taskTableParser.detect', () => {
  it('recognises the tab-separated task table', () => {
    expect(taskTableParser.detect(zhongning)).toBeGreaterThan(0.9);
  });
  it('returns 0 for numbered plans and the cell-per-line table', () => {
    for (const name of ['qiubei-2021.txt', 'national-2023-pilot-experience.txt', 'jiangkou-2022.txt', 'wangyi-2016.txt']) {
      expect(taskTableParser.detect(seed(name)), name).toBe(0);
    }
  });
  it('is not claimed by the cell-table parser', () => {
    expect(cellTableParser.detect(zhongning)).toBe(0);
  });
});

describe('taskTableParser.parse on zhongning-2021', () => {
  it('(a) reads 57 rows keyed by their own 序号', () => {
    expect(doc.provisions.map((p) => p.key)).toEqual(Array.from({ length: 57 }, (_, i) => String(i + 1)));
    expect(doc.provisions.map((p) => p.label)).toEqual(Array.from({ length: 57 }, (_, i) => String(i + 1)));
    expect(doc.structure).toBe('task-table');
  });

  it('claims every non-whitespace character exactly once', () => {
    expect(accountForSource(zhongning, doc.ledger)).toEqual([]);
  });

  it('keeps the provision text faithful: the joined texts equal the joined content cells', () => {
    // The content cell is the longest cell of each body row in this seed; only whitespace may differ.
    const content = zhongning
      .filter((l) => l.text.includes('\t') && !l.text.startsWith('序号'))
      .map((l) => l.text.split('\t').reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), ''))
      .join('');
    expect(doc.provisions.map((p) => p.text).join('')).toBe(content);
  });

  it('(b) assigns merged labels to the nearest rows, outer labels covering their children', () => {
    for (const n of [1, 2, 3, 4]) expect(row(n).headingPath).toEqual(['(一) 深入推进医养融合发展', '1. 深化医养签约合作。']);
    expect(row(5).headingPath).toEqual(['(一) 深入推进医养融合发展', '2. 推进放管服改革。']);
    for (const n of [43, 44, 45]) expect(row(n).headingPath).toEqual(['(三)保障措施', '1、强化政策支持。']);
    expect(row(46).headingPath).toEqual(['(三)保障措施', '2、优化保障措施']);
    for (const n of [37, 38, 39, 40]) expect(row(n).headingPath).toEqual(['(二)构建老年健康服务体系。', '8.加强长期照护服务。']);
    // Row 36 is equally far from 7. (row 33) and 8. (row 39): the tie goes to the earlier label.
    expect(row(36).headingPath[1]).toBe('7.加强康复治疗服务。');
    for (const n of [41, 42]) expect(row(n).headingPath).toEqual(['(二)构建老年健康服务体系。', '9.加强安宁疗护服务']);
    // Row 17 is nearer to 4、 (row 19) than to 3、 (row 14), so it follows 4、 into (二).
    expect(row(17).headingPath).toEqual(['(二)构建老年健康服务体系。', '4、加强健康教育。']);
    expect(row(16).headingPath).toEqual(['(一) 深入推进医养融合发展', '3、实施医养康融合发展。']);
  });

  it('(b) reads a label pushed one cell right by an empty cell (row 8) as a label, not as text', () => {
    expect(row(8).text.startsWith('医疗卫生机构利用现有资源')).toBe(true);
    expect(row(8).text).not.toContain('推进放管服改革');
    expect(row(8).leadAgencies).toEqual(['卫生健康局']);
    expect(row(8).deadline).toBe('2022年12月底完成，并长期坚持');
  });

  it('(c) repairs content cells broken across rows', () => {
    expect(row(18).text.endsWith('提高老年人健康素养。')).toBe(true);
    expect(row(18).text).toContain('健康教育活动，内容包括');
    expect(row(18).lines).toEqual([29, 30]);
    expect(row(19).text.startsWith('推动中医治未病')).toBe(true);
    expect(row(21).text.endsWith('健康教育活动。')).toBe(true);
    expect(row(22).text.startsWith('老年大学')).toBe(true);
    expect(row(22).text).toContain('教学内容。全县30%以上');
    expect(row(22).text.endsWith('达到20%以上。')).toBe(true);
    expect(row(22).lines).toEqual([33, 34]);
    // The continuation line's empty cells add nothing to row 22's agencies or deadline.
    expect(row(22).deadline).toBe('2022年10月底');
    expect(row(22).partnerAgencies).toEqual(['农业农村局', '民政局']);
  });

  it('(d) drops a duplicated agency cell and takes the deadline from the last cell', () => {
    expect([row(3).leadAgencies, row(3).partnerAgencies, row(3).deadline]).toEqual([['民政局'], ['卫生健康局'], '2021年12月底']);
    expect([row(4).leadAgencies, row(4).partnerAgencies, row(4).deadline]).toEqual([['卫生健康局'], ['民政局'], '2021年11月底']);
    expect(row(7).deadline).toBe('2021年12月底完成，并长期坚持');
    const dups = doc.artefacts.filter((a) => a.kind === 'duplicated-agency-cell');
    expect(dups.map((a) => [a.line, a.text])).toEqual([10, 11, 12, 13, 14].map((l) => [l, '卫生健康局']));
  });

  it('(e) splits partner cells on spaces but keeps wrapped and bracketed names whole', () => {
    expect(row(8).partnerAgencies).toEqual(['民政局', '住建局', '市场监管局', '发改局']);
    expect(row(51).partnerAgencies).toEqual(['医保局', '人力资源和社会保障局']);
    expect(row(54).partnerAgencies).toEqual(['人力资源和社会保障局', '民政局']);
    expect(row(49).leadAgencies).toEqual(['财政局(金融办)']);
    expect(row(53).leadAgencies).toEqual(['财政局（金融办）']);
    expect(row(16).partnerAgencies).toEqual([]);
  });

  it('(f) keeps the deadline as printed', () => {
    expect(row(1).deadline).toBe('2021年4月底完成，并长期坚持');
    expect(row(57).deadline).toBe('2022年12月底');
  });

  it('(g) sets text around the table aside as metadata and artefacts', () => {
    const meta = doc.metadataText.filter((m) => m.role !== 'table-header').map((m) => [m.role, m.text, m.line]);
    expect(meta).toEqual([
      ['attachment', '附件:', 3],
      ['title', '中宁县深入推进医养结合促进老年健康服务体系建设主要任务清单', 5],
      ['cc', '抄送： 各医疗卫生机构。', 85],
      ['issuer', '中宁县卫生健康局办公室', 89],
      ['printed-date', '2021年2月26日印发', 91],
    ]);
    expect(doc.metadataText.filter((m) => m.role === 'table-header').map((m) => m.text)).toEqual([
      '序号', '重点工作', '具体任务', '工作内容', '责任单位', '配合单位', '完成时限',
    ]);
    const markup = doc.artefacts.filter((a) => a.kind === 'layout-markup').map((a) => [a.text, a.line]);
    expect(markup).toEqual([['##', 5], ['---', 83], ['---', 87], ['---', 93]]);
    expect(doc.artefacts.filter((a) => a.kind === 'repeated-table-header').map((a) => a.line)).toEqual([17, 26, 36, 43, 53, 63, 71, 78]);
    expect(doc.warnings).toEqual([]);
  });
});

describe('task-table helpers', () => {
  it('maps header synonyms to columns', () => {
    expect(['序号', '牵头单位', '主要内容', '时限', '配合单位', '重点工作', '序 号'].map(columnKind)).toEqual([
      'number', 'lead', 'content', 'deadline', 'partner', 'label', 'number',
    ]);
    expect(columnKind('备注')).toBeNull();
  });

  it('recognises sentence ends, also before closing quotes and brackets', () => {
    expect(endsSentence('开展健康教育活')).toBe(false);
    expect(endsSentence('素养。')).toBe(true);
    expect(endsSentence('“非禁即入。”')).toBe(true);
    expect(endsSentence('（试行）')).toBe(false);
  });

  it('joins agency names broken after 和/与/及 or inside brackets', () => {
    expect(splitAgencyList('医保局 人力资源和 社会保障局')).toEqual(['医保局', '人力资源和社会保障局']);
    expect(splitAgencyList('财政局( 金融办) 医保局')).toEqual(['财政局(金融办)', '医保局']);
    expect(splitAgencyList('民政局、残联，发改局')).toEqual(['民政局', '残联', '发改局']);
    expect(splitAgencyList('')).toEqual([]);
  });

  it('breaks ties to the earlier label', () => {
    const labels = [{ row: 2, text: 'a' }, { row: 6, text: 'b' }];
    expect(nearestLabel(labels, 4)?.text).toBe('a');
    expect(nearestLabel(labels, 5)?.text).toBe('b');
    expect(nearestLabel(labels, 0)?.text).toBe('a');
  });

  it('gives an outer label exactly the rows of its children', () => {
    const paths = headingPaths(
      [
        [{ row: 1, text: 'A' }, { row: 4, text: 'B' }],
        [{ row: 0, text: 'a1' }, { row: 5, text: 'b1' }],
      ],
      7,
    );
    // Row 3 is nearer b1 (row 5) than a1 (row 0), so it is under B although B is printed on row 4.
    expect(paths.map((p) => p.join('/'))).toEqual(['A/a1', 'A/a1', 'A/a1', 'B/b1', 'B/b1', 'B/b1', 'B/b1']);
    expect(headingPaths([[], []], 2)).toEqual([[], []]);
  });

  it('explains one surplus cell as a duplicated agency or a shifted label, else refuses', () => {
    const cols = ['number', 'label', 'label', 'content', 'lead', 'partner', 'deadline'] as const;
    expect(alignRow(['3', '', '', 'T。', 'A', 'B', 'B', 'D'], [...cols])).toEqual({ cells: ['3', '', '', 'T。', 'A', 'B', 'D'], dropped: 'B' });
    expect(alignRow(['8', '', '', '2. 标签。', 'T。', 'A', 'B', 'D'], [...cols])).toEqual({ cells: ['8', '', '2. 标签。', 'T。', 'A', 'B', 'D'], dropped: null });
    expect(alignRow(['3', '', '', 'T。', 'A', 'B', 'C', 'D'], [...cols])?.cells).toEqual(['3', '', 'T。', 'A', 'B', 'C', 'D']);
    // Both explanations fit: a numbered label in the content column means the row is shifted.
    expect(alignRow(['8', '', '', '2. 标签。', 'T。', 'A', 'A', 'D'], [...cols])?.cells).toEqual(['8', '', '2. 标签。', 'T。', 'A', 'A', 'D']);
    expect(alignRow(['4', '', '', '养老机构提供服务。', 'A', 'A', 'B', 'D'], [...cols])?.cells).toEqual(['4', '', '', '养老机构提供服务。', 'A', 'B', 'D']);
    expect(alignRow(['3', 'x', 'y', 'T。', 'A', 'B', 'C', 'D'], [...cols])).toBeNull();
    expect(alignRow(['3', '', '', 'T。', 'A', 'B', 'B', 'B', 'D'], [...cols])).toBeNull();
  });

  it('moves the first sentence of the next cell only when it completes a broken one', () => {
    const contents = [[{ line: 1, text: '健康教育活' }], [{ line: 2, text: '动，内容。推动。' }], [{ line: 3, text: '未完' }], [{ line: 4, text: '无句号' }]];
    const warned: number[] = [];
    repairBrokenCells(contents, (i) => warned.push(i));
    expect(contents.map((c) => c.map((s) => `${s.line}:${s.text}`).join('|'))).toEqual(['1:健康教育活|2:动，内容。', '2:推动。', '3:未完', '4:无句号']);
    expect(warned).toEqual([2]);
  });
});

describe('taskTableParser.parse on hostile input', () => {
  const ok = (n: number, text = '内容。') => `${n}\t\t\t${text}\t卫生健康局\t民政局\t2021年12月底`;

  it('rejects a non-numeric 序号 naming file and line', () => {
    const e = errorOf(() => parseFixture(fixture(ok(1), 'x\t\t\t内容。\t卫生健康局\t民政局\t2021年')));
    expect(e.message).toContain('fixture.txt:3');
    expect(e.message).toContain('expected a number');
  });

  it('rejects a skipped, repeated or backwards 序号', () => {
    expect(errorOf(() => parseFixture(fixture(ok(1), ok(3)))).message).toContain('fixture.txt:3: expected 序号 2, found 3');
    expect(errorOf(() => parseFixture(fixture(ok(1), ok(2), ok(2)))).message).toContain('fixture.txt:4: expected 序号 3');
    expect(errorOf(() => parseFixture(fixture(ok(2)))).message).toContain('expected 序号 1');
  });

  it('rejects a row with unexplained extra cells, a stray line inside the table and a continuation before any row', () => {
    expect(errorOf(() => parseFixture(fixture(ok(1), '2\ta\tb\t内容。\tA\tB\tC\t2021年'))).line).toBe(3);
    expect(errorOf(() => parseFixture(fixture(ok(1), '随便一行', ok(2)))).message).toContain('expected a tab-separated table row');
    expect(errorOf(() => parseFixture(fixture('\t\t\t内容。', ok(1)))).line).toBe(2);
  });

  it('rejects an unknown header column and a missing header', () => {
    expect(errorOf(() => parseFixture(toLines('序号\t工作内容\t责任单位\t备注\n1\t内容。\tA\tB'))).message).toContain('"备注"');
    expect(errorOf(() => parseFixture(toLines('没有表格'))).line).toBeNull();
  });

  it('maps columns by header name in any order, with synonyms', () => {
    const lines = toLines('标题\n序号\t主要内容\t时限\t牵头单位\n1\t做好工作。\t2022年底\t县民政局、县财政局');
    const parsed = parseFixture(lines);
    expect(parsed.provisions).toHaveLength(1);
    expect(parsed.provisions[0]).toMatchObject({
      key: '1', text: '做好工作。', deadline: '2022年底', leadAgencies: ['县民政局', '县财政局'], partnerAgencies: [], headingPath: [],
    });
    expect(accountForSource(lines, parsed.ledger)).toEqual([]);
  });

  it('keeps unrecognised trailing text as metadata with a warning, never drops it', () => {
    const lines = fixture(ok(1), '', '本表由县卫生健康局负责解释，未尽事宜另行通知。');
    const parsed = parseFixture(lines);
    expect(parsed.metadataText.at(-1)).toEqual({ role: 'trailing-text', text: '本表由县卫生健康局负责解释，未尽事宜另行通知。', line: 4 });
    expect(parsed.warnings).toHaveLength(1);
    expect(accountForSource(lines, parsed.ledger)).toEqual([]);
  });

  it('reads CRLF input split into lines exactly like LF input', () => {
    const text = [HEADER, ok(1), ok(2, '甲活'), ok(3, '动。乙。')].join('\r\n');
    const crlf = parseFixture(toLines(text));
    const lf = parseFixture(toLines(text.replace(/\r\n/g, '\n')));
    expect(crlf).toEqual(lf);
    expect(crlf.provisions.map((p) => p.text)).toEqual(['内容。', '甲活动。', '乙。']);
  });
});
