import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/pipeline/chineseNumerals.ts';
import { findDocNumbers, metadataRole, parseDate } from '../../src/pipeline/metadataLines.ts';
import { collapseCjkSpaces, jurisdictionName, levelOfPlace } from '../../src/pipeline/inferMetadata.ts';
import { headingBreaks } from '../../src/lib/headingBreaks.ts';
import { gbtCitation, plainCitation } from '../../src/lib/citation.ts';
import { csvField } from '../../src/data/exportCorpus.ts';
import { accountForSource, claim } from '../../src/pipeline/ledger.ts';
import type { LedgerEntry } from '../../src/pipeline/types.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十三', 13], ['二十', 20], ['二十一', 21], ['１２', 12], ['7', 7],
  ])('%s → %i', (s, n) => expect(parseNumeral(s)).toBe(n));
  it.each(['', '百', '三三', '十十', 'a'])('rejects %j', (s) => expect(parseNumeral(s)).toBeNull());
});

describe('metadata lines', () => {
  it.each([
    ['丘北县人民政府办公室文件', 'masthead'],
    ['丘政办发〔2021〕104号', 'doc-number'],
    ['各乡（镇）人民政府，县直有关部门：', 'addressees'],
    ['2021年7月23日', 'date'],
    ['2021年7月23日印发', 'printed-date'],
    ['（此件公开发布）', 'publicity'],
    ['(信息公开形式：主动公开)', 'publicity'],
    ['抄送： 各医疗卫生机构。', 'cc'],
    ['校对：曹 群', 'proofreader'],
    ['联系电话（传真）：024-23392130', 'contact'],
  ])('%s is %s', (line, role) => expect(metadataRole(line)).toBe(role));

  it('does not take a provision for metadata', () => {
    expect(metadataRole('（一）加强部门工作合力。一些试点单位成立医养结合工作领导小组')).toBeNull();
    expect(metadataRole('到2022年，65岁及以上老年人健康管理率达到72%。')).toBeNull();
  });

  it('parses printed dates', () => {
    expect(parseDate('2021年2月26日印发')).toBe('2021-02-26');
    expect(parseDate(' 江口县人民政府2022-05-13')).toBe('2022-05-13');
    expect(parseDate('2021年13月1日')).toBeNull();
  });

  it('finds and normalises document numbers', () => {
    const found = findDocNumbers('根据《关于深入推进医养结合发展的实施方案》（文卫健发〔2020〕181号），和(国卫办家庭发〔2016〕511号)');
    expect(found.map((f) => f.docNumber)).toEqual(['文卫健发〔2020〕181号', '国卫办家庭发〔2016〕511号']);
  });
});

describe('jurisdiction inference', () => {
  it('reads the place a title begins with', () => {
    expect(jurisdictionName('中宁县深入推进医养结合促进老年健康服务体系建设主要任务清单', [])).toBe('中宁县');
    expect(jurisdictionName('王益区医养结合试点工作任务表', [])).toBe('王益区');
    expect(jurisdictionName('关于推广医养结合试点工作典型经验的通知', ['国家卫生健康委办公厅', '民政部办公厅'])).toBe('全国');
    expect(jurisdictionName('关于印发某方案的通知', [])).toBeNull();
  });
  it('derives the level from the suffix', () => {
    expect(levelOfPlace('中宁县')).toBe('county');
    expect(levelOfPlace('王益区')).toBe('district');
    expect(levelOfPlace('鞍山市')).toBe('city');
    expect(levelOfPlace('辽宁省')).toBe('province');
    expect(levelOfPlace('宁夏回族自治区')).toBe('province');
  });
  it('collapses layout spaces between Chinese characters only', () => {
    expect(collapseCjkSpaces('关于推广医养结合试点工作 典型经验的通知')).toBe('关于推广医养结合试点工作典型经验的通知');
    expect(collapseCjkSpaces('PPP 融资')).toBe('PPP 融资');
  });
});

describe('heading breaks', () => {
  it('opens only the headings that change', () => {
    const out = headingBreaks([['一', 'A'], ['一', 'A'], ['一', 'B'], ['二']]);
    expect(out).toEqual([
      [{ depth: 0, text: '一' }, { depth: 1, text: 'A' }],
      [],
      [{ depth: 1, text: 'B' }],
      [{ depth: 0, text: '二' }],
    ]);
  });
});

describe('citations', () => {
  const doc = { title: '丘北县深入推进医养结合发展实施方案', docNumber: '丘政办发〔2021〕104号', issuers: ['丘北县人民政府办公室'], dates: { issued: '2021-07-23', printed: null } };
  it('gives the plain form', () => {
    expect(plainCitation(doc, { label: '（十三）' })).toBe('《丘北县深入推进医养结合发展实施方案》（丘政办发〔2021〕104号）（十三）');
    expect(plainCitation({ ...doc, docNumber: null }, { label: '43' })).toBe('《丘北县深入推进医养结合发展实施方案》43');
  });
  it('gives the GB/T 7714 form', () => {
    expect(gbtCitation(doc, { label: '（十三）' }, 'https://x.test/documents/qiubei-2021/#p-13', '2026-11-28')).toBe(
      '丘北县人民政府办公室. 丘北县深入推进医养结合发展实施方案: 丘政办发〔2021〕104号[EB/OL]. (2021-07-23)[2026-11-28]. https://x.test/documents/qiubei-2021/#p-13（（十三））.',
    );
  });
});

describe('CSV fields', () => {
  it('quotes and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(null)).toBe('');
  });
});

describe('ledger', () => {
  const lines = [{ no: 1, text: '序号\t任务\t单位' }, { no: 2, text: '  ' }];
  it('balances when every character is claimed once', () => {
    const ledger: LedgerEntry[] = [];
    claim(ledger, 1, '序号', 'metadata');
    claim(ledger, 1, '任务\t单位', 'metadata');
    expect(accountForSource(lines, ledger)).toEqual([]);
  });
  it('reports a lost or a doubled character', () => {
    const lost: LedgerEntry[] = [];
    claim(lost, 1, '序号任务', 'metadata');
    expect(accountForSource(lines, lost).map((m) => m.line)).toEqual([1]);
    const doubled: LedgerEntry[] = [];
    claim(doubled, 1, '序号任务单位单位', 'metadata');
    expect(accountForSource(lines, doubled).map((m) => m.line)).toEqual([1]);
  });
});
