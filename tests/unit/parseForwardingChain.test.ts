import { describe, expect, it } from 'vitest';
import { seedLines } from './helpers.ts';
import { forwardingChainParser, mastheadIssuers } from '../../src/pipeline/parseForwardingChain.ts';
import { numberedPlanParser } from '../../src/pipeline/parseNumberedPlan.ts';
import { IngestError } from '../../src/pipeline/IngestError.ts';
import { accountForSource } from '../../src/pipeline/ledger.ts';
import type { ParsedDocument, SourceLine } from '../../src/pipeline/types.ts';

const seed = seedLines;
const inline = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const meta = (doc: ParsedDocument, role: string) => doc.metadataText.filter((m) => m.role === role);

describe('forwarding chain: 鞍山 → 辽宁 → 国卫办老龄发〔2023〕3号', () => {
  const lines = seed('national-2023-pilot-experience.txt');
  const doc = forwardingChainParser.parse(lines, 'seeds/national-2023-pilot-experience.txt');

  it('accounts for every character', () => {
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('records the three layers outermost first', () => {
    expect(doc.forwardingChain).toEqual([
      {
        issuers: ['鞍山市卫生健康委员会'],
        docNumber: '鞍卫发〔2023〕9号',
        title: '关于转发省卫生健康委《转发国家卫生健康委办公厅、民政部办公厅关于推广医养结合试点工作典型经验的通知》的通知',
        date: '2023-03-31',
        line: 3,
      },
      {
        issuers: ['辽宁省卫生健康委', '辽宁省民政厅'],
        docNumber: '辽卫发〔2023〕8号',
        title: '转发国家卫生健康委办公厅、民政部办公厅 关于推广医养结合试点工作 典型经验的通知',
        date: null,
        line: 21,
      },
      {
        issuers: ['国家卫生健康委办公厅', '民政部办公厅'],
        docNumber: '国卫办老龄发〔2023〕3号',
        title: '关于推广医养结合试点工作 典型经验的通知',
        date: '2023-03-14',
        line: 45,
      },
    ]);
  });

  it('takes only the innermost notice’s numbered items as provisions', () => {
    expect(doc.provisions.map((p) => p.key)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2']);
    expect(doc.provisions.map((p) => p.label)).toEqual(['（一）', '(二)', '(一)', '(二)', '(三)', '(一)', '(二)', '(三)', '(一)', '(二)']);
    expect(doc.provisions[0]?.headingPath).toEqual(['一、强化组织领导，推动政策协同']);
    expect(doc.provisions[2]?.headingPath).toEqual(['二、健全投入机制,加强服务保障']);
  });

  it('joins items across page breaks', () => {
    expect(doc.provisions[0]?.text).toContain('相关部门联动的工作机制。内蒙古自治区');
    expect(doc.provisions[0]?.lines).toEqual([57, 59]);
    expect(doc.provisions[9]?.text).toContain('参与医养结合的积极性。福建省');
    expect(doc.provisions[9]?.text).not.toContain('鉴于');
  });

  it('keeps preamble, closing, cover letters, contacts and proofreader as metadata', () => {
    expect(meta(doc, 'preamble').map((m) => m.line)).toEqual([53]);
    expect(meta(doc, 'closing').map((m) => m.line)).toEqual([87]);
    expect(meta(doc, 'closing')[0]?.text).toMatch(/^鉴于国家级医养结合试点工作已圆满结束/u);
    expect(meta(doc, 'cover-letter').map((m) => m.line)).toEqual([11, 29]);
    expect(meta(doc, 'contact')).toHaveLength(5);
    expect(meta(doc, 'proofreader').map((m) => m.text)).toEqual(['校对：曹 群']);
    expect(meta(doc, 'masthead')).toHaveLength(3);
    expect(meta(doc, 'notice-title')).toHaveLength(3);
    expect(meta(doc, 'issuer').map((m) => m.text)).toEqual(['鞍山市卫生健康委员会', '国家卫生健康委办公厅']);
    expect(meta(doc, 'printed-date').map((m) => m.text)).toEqual(['2023年3月14日印发']);
  });

  it('reads the annex of abolished documents, which are not provisions', () => {
    expect(meta(doc, 'annex-title').map((m) => m.text)).toEqual(['宣布废止的医养结合试点 工作相关文件']);
    expect(doc.abolishedDocuments).toEqual([
      { label: '1.', title: '国家卫生计生委办公厅 民政部办公厅关于遴选国家级医养结合试点单位的通知', docNumber: '国卫办家庭发〔2016〕511号', line: 99 },
      { label: '2.', title: '国家卫生计生委办公厅 民政部办公厅关于确定第一批国家级医养结合试点单位的通知', docNumber: '国卫办家庭函〔2016〕644号', line: 100 },
      { label: '3.', title: '国家卫生计生委办公厅 民政部办公厅关于确定第二批国家级医养结合试点单位的通知', docNumber: '国卫办家庭函〔2016〕1004号', line: 101 },
    ]);
    expect(meta(doc, 'annex-item')).toHaveLength(3);
    expect(doc.provisions.some((p) => p.text.includes('遴选国家级医养结合试点单位'))).toBe(false);
  });

  it('scores the chain above the numbered-plan detector; tables score 0', () => {
    expect(forwardingChainParser.detect(lines)).toBeGreaterThan(numberedPlanParser.detect(lines));
    expect(forwardingChainParser.detect(lines)).toBeGreaterThanOrEqual(0.9);
    expect(forwardingChainParser.detect(seed('zhongning-2021.txt'))).toBe(0);
    expect(forwardingChainParser.detect(seed('wangyi-2016.txt'))).toBe(0);
    expect(forwardingChainParser.detect(seed('qiubei-2021.txt'))).toBe(0);
  });
});

describe('forwarding chain: small fixtures', () => {
  const chain = [
    '某市卫生健康委员会文件',
    '某卫发〔2024〕1号',
    '关于转发《关于做好医养结合工作的通知》的通知',
    '各县区卫生健康局：',
    '现将《关于做好医养结合工作的通知》（某省卫发〔2024〕2号）转发给你们，请遵照执行。',
    '某市卫生健康委员会',
    '2024年2月1日',
    '某省卫生健康委文件',
    '某省卫发〔2024〕2号',
    '关于做好医养结合工作的通知',
    '各市卫生健康委：',
    '为做好工作，现通知如下。',
    '一、加强领导',
    '（一）建立机制<script>x</script>。（责任单位：省卫生健康委）',
    '（二）完善政策。',
    '二、抓好落实',
    '１．按时报送。',
    '请认真贯彻执行。',
    '某省卫生健康委',
    '2024年1月15日',
  ].join('\n');

  it('reads a two-layer chain with full-width markers and literal text', () => {
    const lines = inline(chain);
    expect(forwardingChainParser.detect(lines)).toBeGreaterThan(numberedPlanParser.detect(lines));
    const doc = forwardingChainParser.parse(lines, 'chain.txt');
    expect(accountForSource(lines, doc.ledger)).toEqual([]);
    expect(doc.forwardingChain.map((l) => [l.docNumber, l.date, l.issuers])).toEqual([
      ['某卫发〔2024〕1号', '2024-02-01', ['某市卫生健康委员会']],
      ['某省卫发〔2024〕2号', '2024-01-15', ['某省卫生健康委']],
    ]);
    expect(doc.provisions.map((p) => [p.key, p.label])).toEqual([
      ['1.1', '（一）'],
      ['1.2', '（二）'],
      ['2.1', '１．'],
    ]);
    expect(doc.provisions[0]).toMatchObject({ text: '建立机制<script>x</script>。', leadAgencies: ['省卫生健康委'] });
    expect(meta(doc, 'closing').map((m) => m.text)).toEqual(['请认真贯彻执行。']);
    expect(meta(doc, 'preamble').map((m) => m.text)).toEqual(['为做好工作，现通知如下。']);
  });

  it('throws naming file:line for an empty numbered item in the innermost notice', () => {
    const lines = inline(chain.replace('（二）完善政策。', '（二）'));
    expect(() => forwardingChainParser.parse(lines, 'chain.txt')).toThrow(IngestError);
    expect(() => forwardingChainParser.parse(lines, 'chain.txt')).toThrow(/^chain\.txt:15: /u);
  });

  it('splits joint mastheads into issuers', () => {
    expect(mastheadIssuers('国家卫生健康委办公厅 民政部办公厅 文件')).toEqual(['国家卫生健康委办公厅', '民政部办公厅']);
    expect(mastheadIssuers('鞍山市卫生健康委员会文件')).toEqual(['鞍山市卫生健康委员会']);
  });
});
