// Dates of documents, deadlines, work steps and targets as timeline events, on the real seeds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { collectTargets, loadIndicators } from '../../src/targets/index.ts';
import { eventsPerYear, findDayDeadlines, pageRanges, parseDeadline, parseMonthRange, timelineEvents, timelineLayout, timelinePages, trackOf, type TimelineEvent } from '../../src/timeline/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const gazetteer = loadGazetteer(join(root, 'content/jurisdictions.yml'));
const corpus = ingestCorpus(join(root, 'seeds'), gazetteer, root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const { targets } = collectTargets(documents, provisions, loadIndicators(join(root, 'content/indicators.yml')));
const { events, undated } = timelineEvents(documents, provisions, targets, gazetteer);
const ofKind = (kind: string) => events.filter((e) => e.kind === kind);

describe('printed dates', () => {
  it.each([
    ['2021年4月底完成，并长期坚持', { date: '2021-04-30', precision: 'month', ongoing: true }],
    ['2021年12月底', { date: '2021-12-31', precision: 'month', ongoing: false }],
    ['2021年2月底', { date: '2021-02-28', precision: 'month', ongoing: false }],
    ['2024年2月底', { date: '2024-02-29', precision: 'month', ongoing: false }],
    ['２０２２年９月３０日前', { date: '2022-09-30', precision: 'day', ongoing: false }],
    ['2022 年底', { date: '2022-12-31', precision: 'year', ongoing: false }],
  ])('deadline %s', (text, expected) => expect(parseDeadline(text)).toEqual(expected));

  it.each([null, '并长期坚持', '2021年13月底', '长期', '<script>2021</script>'])('no deadline in %j', (text) => expect(parseDeadline(text)).toBeNull());

  it.each([
    ['（2022年3—4月）', '2022-03-01', '2022-04-30'],
    ['2022年5-8月', '2022-05-01', '2022-08-31'],
    ['2022年5月至8月', '2022-05-01', '2022-08-31'],
    ['（2022年9月）', '2022-09-01', '2022-09-30'],
    ['（2022年2月）', '2022-02-01', '2022-02-28'],
  ])('month range %s', (text, start, end) => expect(parseMonthRange(text)).toEqual({ start, end, precision: 'month' }));

  it('finds no range in reversed or yearless months', () => {
    expect(parseMonthRange('2022年8—5月')).toBeNull();
    expect(parseMonthRange('6—8月，对照任务分解表')).toBeNull();
  });

  it('finds dates a text sets with 前', () => {
    expect(findDayDeadlines('在2022年9月30日前，力争……；2021年2月30日前；2023年1月1日召开').map((d) => d.date)).toEqual(['2022-09-30']);
  });
});

describe('timeline events of the seeds', () => {
  it('has one deadline per provision with a 完成时限, ongoing exactly where it says 长期坚持', () => {
    const withDeadline = provisions.filter((p) => p.deadline !== null);
    expect(ofKind('deadline')).toHaveLength(withDeadline.length);
    expect(ofKind('deadline').filter((e) => e.ongoing).map((e) => e.provisionId).sort()).toEqual(withDeadline.filter((p) => /长期坚持/u.test(p.deadline!)).map((p) => p.id).sort());
    expect(ofKind('deadline').find((e) => e.provisionId === 'zhongning-2021/1')).toMatchObject({ start: '2021-04-30', ongoing: true, printed: '2021年4月底完成，并长期坚持', url: '/documents/zhongning-2021/#p-1' });
  });

  it('reads 江口\'s four work steps as month ranges', () => {
    expect(ofKind('work-step').map((e) => [e.provisionId, e.start, e.end])).toEqual([
      ['jiangkou-2022/3.1', '2022-03-01', '2022-04-30'],
      ['jiangkou-2022/3.2', '2022-05-01', '2022-08-31'],
      ['jiangkou-2022/3.3', '2022-09-01', '2022-09-30'],
      ['jiangkou-2022/3.4', '2022-10-01', '2022-10-31'],
    ]);
  });

  it('places forwarding-chain layers in their own jurisdictions, and lists the undated one', () => {
    expect(ofKind('forwarded').map((e) => [e.jurisdiction, e.level, e.start])).toEqual([['全国', 'national', '2023-03-14'], ['鞍山市', 'city', '2023-03-31']]);
    expect(undated.map((u) => u.jurisdiction)).toEqual(['辽宁省']);
    expect(undated[0]!.label).toContain('辽卫发〔2023〕8号');
  });

  it('has document dates, the 王益 planning period and one event per yearly cell', () => {
    expect(events.filter((e) => e.docId === 'qiubei-2021' && (e.kind === 'issued' || e.kind === 'printed')).map((e) => [e.kind, e.start])).toEqual([['issued', '2021-07-23']]);
    expect(ofKind('printed').map((e) => [e.docId, e.start])).toEqual([['zhongning-2021', '2021-02-26']]);
    expect(ofKind('period').map((e) => [e.docId, e.start, e.end])).toEqual([['wangyi-2016', '2016-01-01', '2020-12-31']]);
    expect(ofKind('yearly-target')).toHaveLength(provisions.flatMap((p) => p.targets).filter((t) => t.year !== null).length);
  });

  it('puts a target year for every target that has one, flagging inferred years', () => {
    expect(ofKind('target-year')).toHaveLength(targets.filter((t) => t.year !== null).length);
    const jk = ofKind('target-year').find((e) => e.provisionId === 'jiangkou-2022/2.3.3')!;
    expect(jk.start).toBe('2022-12-31');
    expect(jk.label).toContain('推定');
  });

  it('gives unique ids and sorts by date', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.start)).toEqual([...events.map((e) => e.start)].sort());
  });
});

describe('timeline layout', () => {
  const layout = timelineLayout(events);

  it('aggregates same-day events of a row into one mark, losing none', () => {
    expect(layout.marks.reduce((n, m) => n + m.count, 0)).toBe(events.length);
    expect(new Set(layout.marks.flatMap((m) => m.items))).toEqual(new Set(events.map((e) => e.id)));
    for (const m of layout.marks) for (const id of m.items) expect(trackOf(events.find((e) => e.id === id)!)).toBe(m.track);
  });

  it('orders lanes national first and keeps time running left to right', () => {
    expect(layout.lanes[0]!.name).toBe('全国');
    expect(layout.lanes.map((l) => l.name)).toEqual(expect.arrayContaining(['鞍山市', '中宁县', '王益区', '丘北县', '江口县']));
    const sorted = [...layout.marks].sort((a, b) => (a.start < b.start ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x);
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(m.x2).toBeLessThanOrEqual(layout.plotRight);
    }
    expect(layout.years.map((y) => y.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('draws ongoing deadlines in their own row and ranges as bars', () => {
    expect(layout.marks.filter((m) => m.track === 'ongoing').every((m) => m.ongoing)).toBe(true);
    expect(layout.marks.filter((m) => m.shape === 'bar').map((m) => m.track).sort()).toEqual(['document', 'step', 'step', 'step', 'step']);
  });

  it('copes with no events', () => {
    expect(timelineLayout([]).marks).toEqual([]);
  });
});

describe('timeline pages', () => {
  const provinceOf = new Map(documents.map((d) => [d.id, d.jurisdiction.province]));
  const province = (e: TimelineEvent) => provinceOf.get(e.docId) ?? null;

  it('keeps the seeds\' timeline on one page, in date order', () => {
    const { pages, groups } = timelinePages(events, province);
    expect(pages).toEqual([events]);
    expect(groups.reduce((n, g) => n + g.events, 0)).toBe(events.length);
    expect(groups[0]).toMatchObject({ national: true, pages: [1] });
  });

  it('splits by place with small pages: every event once, no page over the cap, each page in date order', () => {
    const { pages, groups } = timelinePages(events, province, 20);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(events.length / 20));
    for (const p of pages) {
      expect(p.length).toBeLessThanOrEqual(20);
      expect(p.map((e) => events.indexOf(e))).toEqual(p.map((e) => events.indexOf(e)).sort((a, b) => a - b));
    }
    expect(pages.flat().map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    // National lanes come first; a jurisdiction that fits on a page is not split.
    const national = events.filter((e) => e.level === 'national');
    expect(national.length).toBeGreaterThan(0);
    expect(pages[0]!.filter((e) => e.level === 'national')).toEqual(national);
    const pagesOf = (name: string) => new Set(pages.flatMap((p, i) => (p.some((e) => e.jurisdiction === name) ? [i] : [])));
    const small = [...new Set(events.map((e) => e.jurisdiction))].filter((j) => events.filter((e) => e.jurisdiction === j).length <= 20);
    for (const j of small) expect(pagesOf(j).size, j).toBe(1);
    // The index names, for each group, exactly the pages its events are on.
    for (const g of groups) {
      const on = pages.flatMap((p, i) => (p.some((e) => (g.national ? e.level === 'national' : e.level !== 'national' && province(e) === g.province)) ? [i + 1] : []));
      expect(g.pages).toEqual(on);
    }
  });

  it('counts events per year and track, adding up to all events', () => {
    const years = eventsPerYear(events);
    expect(years.map((y) => y.year)).toEqual([...new Set(events.map((e) => Number(e.start.slice(0, 4))))].sort());
    expect(years.reduce((n, y) => n + y.total, 0)).toBe(events.length);
    for (const y of years) expect(Object.values(y.byTrack).reduce((a, b) => a + b, 0)).toBe(y.total);
    expect(years.find((y) => y.year === 2016)!.byTrack.target).toBeGreaterThan(0);
  });

  it('writes page lists as ranges', () => {
    expect(pageRanges([1, 2, 3, 7, 9, 10])).toEqual([{ from: 1, to: 3 }, { from: 7, to: 7 }, { from: 9, to: 10 }]);
    expect(pageRanges([])).toEqual([]);
  });

  it('lays out thousands of events without a stack overflow', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...events[i % events.length]!, id: `x-${i}` }));
    expect(timelineLayout(many).years.length).toBeGreaterThan(0);
  });
});
