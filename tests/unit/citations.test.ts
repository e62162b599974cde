// 文号: normalisation, anchors, and who cites, forwards and abolishes what, on the real seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citationEntryPath, citationGraphLayout, citationIndex, citationListing, citationsExport, docNumberParts, graphSubset, relationsByNode, docNumberIssuer, docNumberSlug, documentLinks, findDocNumbers,
  issuerJurisdiction, normalizeDocNumber,
} from '../../src/citations/index.ts';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import type { PolicyDocument } from '../../src/schemas/corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const gazetteer = loadGazetteer(join(root, 'content/jurisdictions.yml'));
const corpus = ingestCorpus(join(root, 'seeds'), gazetteer, root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const index = citationIndex(documents, provisions, gazetteer);
const node = (docNumber: string) => index.nodes.find((n) => n.docNumber === docNumber)!;
const edge = (from: string, to: string) => index.edges.find((e) => e.from === from && e.to === to)?.relation ?? null;

/** Every 文号 in the raw seed files, by a regex of its own (not the pipeline's). */
function rawDocNumbers(): string[] {
  const found = new Set<string>();
  for (const f of readdirSync(join(root, 'seeds')).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(root, 'seeds', f), 'utf8').normalize('NFKC');
    for (const m of text.matchAll(/([\p{Script=Han}]{2,10})\s*[〔[(（【]\s*(\d{4})\s*[〕\])）】]\s*(\d+)\s*号/gu)) found.add(`${m[1]}〔${m[2]}〕${m[3]}号`);
  }
  return [...found];
}

describe('文号', () => {
  it.each([
    ['国卫办老龄发〔2023〕3号', '国卫办老龄发〔2023〕3号'],
    ['国卫办老龄发[2023]3号', '国卫办老龄发〔2023〕3号'],
    ['国卫办老龄发（２０２３）第３号', '国卫办老龄发〔2023〕3号'],
    ['国卫办老龄发 〔 2023 〕 03 号', '国卫办老龄发〔2023〕3号'],
    ['国卫办老龄发【2023】3号', '国卫办老龄发〔2023〕3号'],
    ['丘政办发﹝2021﹞104号', '丘政办发〔2021〕104号'],
  ])('%s → %s', (raw, expected) => expect(normalizeDocNumber(raw)).toBe(expected));

  it.each(['2023年3号', '国卫办〔23〕3号', '<a>〔2023〕</a>', ''])('%j is not a 文号', (raw) => expect(normalizeDocNumber(raw)).toBeNull());

  it('finds numbers in running text without the words before them', () => {
    expect(findDocNumbers('根据国卫办老龄发〔2019〕17号文件和《通知》（黔卫健函[2022]44号）').map((f) => f.docNumber)).toEqual(['国卫办老龄发〔2019〕17号', '黔卫健函〔2022〕44号']);
  });

  it('gives each number a stable ASCII anchor that every printed form shares', () => {
    const slug = docNumberSlug('国卫办老龄发〔2023〕3号');
    expect(slug).toBe('wh-2023-3-56fd536b529e80019f8453d1');
    expect(docNumberSlug('国卫办老龄发[2023]第3号')).toBe(slug);
    const numbers = rawDocNumbers();
    const slugs = numbers.map(docNumberSlug);
    expect(new Set(slugs).size).toBe(numbers.length);
    for (const s of slugs) expect(s).toMatch(/^wh-[a-z0-9-]+$/u);
  });
});

describe('the citation model', () => {
  it('has every 文号 printed in the seeds', () => {
    const raw = rawDocNumbers();
    expect(raw.length).toBeGreaterThanOrEqual(10);
    const model = new Set(index.nodes.map((n) => n.docNumber));
    for (const n of raw) expect(model.has(n), n).toBe(true);
  });

  it('draws the national → province → city forwarding chain', () => {
    expect(edge('n:国卫办老龄发〔2023〕3号', 'n:辽卫发〔2023〕8号')).toBe('forwards');
    expect(edge('n:辽卫发〔2023〕8号', 'n:鞍卫发〔2023〕9号')).toBe('forwards');
    expect([node('国卫办老龄发〔2023〕3号').level, node('辽卫发〔2023〕8号').level, node('鞍卫发〔2023〕9号').level]).toEqual(['national', 'province', 'city']);
    for (const n of ['国卫办老龄发〔2023〕3号', '辽卫发〔2023〕8号', '鞍卫发〔2023〕9号']) expect(node(n).docId).toBe('national-2023-pilot-experience');
  });

  it('links the county plans to what they are based on', () => {
    expect(edge('n:文卫健发〔2020〕181号', 'n:丘政办发〔2021〕104号')).toBe('cites');
    expect(edge('n:国卫办老龄发〔2019〕17号', 'n:丘政办发〔2021〕104号')).toBe('cites');
    expect(edge('n:黔卫健函〔2022〕44号', 'd:jiangkou-2022')).toBe('cites');
    expect(node('黔卫健函〔2022〕44号')).toMatchObject({ level: 'province', place: '贵州省', levelSource: 'issuer', docId: null });
    expect(node('文卫健发〔2020〕181号')).toMatchObject({ level: 'city', place: '文山州' });
  });

  it('records the three abolished pilot documents', () => {
    const abolished = index.nodes.filter((n) => n.abolishedBy.length > 0).map((n) => n.docNumber).sort();
    expect(abolished).toEqual(documents.flatMap((d) => d.abolishedDocuments.map((a) => a.docNumber!)).sort());
    for (const n of abolished) expect(edge('n:国卫办老龄发〔2023〕3号', `n:${n}`)).toBe('abolishes');
  });

  it('points a mention at its provision when the line is in one, else at the document', () => {
    const m = (docNumber: string) => index.mentions.find((x) => x.key === `n:${docNumber}`)!;
    expect(m('国卫办老龄发〔2019〕17号')).toMatchObject({ docId: 'qiubei-2021', provisionId: 'qiubei-2021/8', url: '/documents/qiubei-2021/#p-8', relation: 'cites' });
    expect(m('文卫健发〔2020〕181号')).toMatchObject({ provisionId: null, url: null, line: 21 });
  });

  it('exports every node and relation', () => {
    const out = citationsExport(index);
    expect(out.documents).toHaveLength(index.nodes.length);
    expect(out.relations).toContainEqual({ from: '国卫办老龄发〔2023〕3号', to: '辽卫发〔2023〕8号', relation: 'forwards', docId: 'national-2023-pilot-experience', line: 21 });
  });
});

describe('document links', () => {
  it('lists what each corpus document cites, with an anchor on /citations/', () => {
    const links = documentLinks(documents, index);
    expect(Object.keys(links).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(links['qiubei-2021']!.outgoing.map((l) => [l.relation, l.docNumber, l.slug, l.otherDocId])).toEqual([
      ['cites', '文卫健发〔2020〕181号', docNumberSlug('文卫健发〔2020〕181号'), null],
      ['cites', '国卫办老龄发〔2019〕17号', docNumberSlug('国卫办老龄发〔2019〕17号'), null],
    ]);
    expect(links['zhongning-2021']).toEqual({ outgoing: [], incoming: [] });
  });

  it('links two corpus documents when one cites the other', () => {
    const base = documents.find((d) => d.id === 'qiubei-2021')!;
    const a: PolicyDocument = { ...base, id: 'doc-a', docNumber: '丘政办发〔2021〕104号', citedDocuments: [], forwardingChain: [] };
    const b: PolicyDocument = { ...base, id: 'doc-b', docNumber: '丘政发〔2022〕1号', citedDocuments: [{ docNumber: '丘政办发[2021]104号', title: null, line: 3 }], forwardingChain: [] };
    const idx = citationIndex([a, b], [], gazetteer);
    const links = documentLinks([a, b], idx);
    expect(links['doc-b']!.outgoing).toMatchObject([{ relation: 'cites', docNumber: '丘政办发〔2021〕104号', otherDocId: 'doc-a', line: 3 }]);
    expect(links['doc-a']!.incoming).toMatchObject([{ relation: 'cites', fromDocId: 'doc-b', docNumber: '丘政发〔2022〕1号' }]);
  });
});

describe('levels and the graph layout', () => {
  it('reads an issuer\'s jurisdiction from its name', () => {
    expect(issuerJurisdiction(['鞍山市卫生健康委员会'], gazetteer)).toEqual({ name: '鞍山市', level: 'city' });
    expect(issuerJurisdiction(['辽宁省卫生健康委', '辽宁省民政厅'], gazetteer)).toEqual({ name: '辽宁省', level: 'province' });
    expect(issuerJurisdiction(['民政部办公厅'], gazetteer)).toEqual({ name: '全国', level: 'national' });
    expect(issuerJurisdiction(['某某协会'], gazetteer)).toBeNull();
    expect(docNumberIssuer('某发〔2020〕1号')).toBeNull();
  });

  it('places levels top to bottom and every edge between placed nodes', () => {
    const layout = citationGraphLayout(index, (n) => n.docNumber ?? n.key);
    const y = (docNumber: string) => layout.nodes.find((n) => n.node.docNumber === docNumber)!.y;
    expect(y('国卫办老龄发〔2023〕3号')).toBeLessThan(y('辽卫发〔2023〕8号'));
    expect(y('辽卫发〔2023〕8号')).toBeLessThan(y('鞍卫发〔2023〕9号'));
    expect(y('鞍卫发〔2023〕9号')).toBeLessThan(y('丘政办发〔2021〕104号'));
    expect(layout.edges).toHaveLength(index.edges.length);
    for (const e of layout.edges) expect(e.path).toMatch(/^M[\d.]+,[\d.]+/u);
    // No two nodes of a row overlap.
    for (const a of layout.nodes) for (const b of layout.nodes) {
      if (a !== b && a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2);
    }
    // Documents without any citation (中宁, 王益) are not drawn.
    expect(layout.nodes.some((n) => n.node.docId === 'zhongning-2021')).toBe(false);
  });
});

describe('bounding /citations/', () => {
  it('draws every linked node of the seeds, and at most the limit on a large graph, keeping only edges between drawn nodes', () => {
    const whole = graphSubset(index);
    expect(whole.index).toBe(index);
    const small = graphSubset(index, 4);
    expect(small.index.nodes.length).toBeGreaterThan(1);
    expect(small.index.nodes.length).toBeLessThanOrEqual(4);
    const kept = new Set(small.index.nodes.map((n) => n.key));
    for (const e of small.index.edges) expect(kept.has(e.from) && kept.has(e.to)).toBe(true);
    // Every node kept is drawn: it has an edge to another kept node.
    for (const n of small.index.nodes) expect(small.index.edges.some((e) => e.from === n.key || e.to === n.key)).toBe(true);
    expect(small.linked).toBe(whole.linked);
    // The most connected node is kept: the national notice that the province forwards.
    const degree = (key: string) => index.edges.filter((e) => e.from === key || e.to === key).length;
    const top = Math.max(...index.nodes.map((n) => degree(n.key)));
    expect(small.index.nodes.some((n) => degree(n.key) === top)).toBe(true);
    const layout = citationGraphLayout(small.index, (n) => n.docNumber ?? n.key);
    expect(layout.nodes).toHaveLength(small.index.nodes.length);
  });

  it('lists every node on exactly one page of at most the page size, numbered entries first', () => {
    const rowOf = (n: { level: string | null }) => (n.level === 'national' ? 0 : 1);
    const yearOf = (d: string) => docNumberParts(d)?.year ?? 0;
    expect(citationListing(index, rowOf, yearOf).pages).toHaveLength(1);
    const listing = citationListing(index, rowOf, yearOf, 3);
    expect(listing.pages.length).toBeGreaterThan(1);
    for (const p of listing.pages) expect(p.length).toBeLessThanOrEqual(3);
    const listed = listing.pages.flat();
    expect(listed.map((n) => n.key).sort()).toEqual(index.nodes.map((n) => n.key).sort());
    expect(listed.slice(0, listing.numberedCount).every((n) => n.docNumber !== null)).toBe(true);
    expect(listed.slice(listing.numberedCount).every((n) => n.docNumber === null)).toBe(true);
    for (const [i, page] of listing.pages.entries()) for (const n of page) {
      expect(listing.pageOf.get(n.key)).toBe(i + 1);
      expect(listing.pageOfSlug.get(n.slug)).toBe(i + 1);
    }
  });

  it('has a page for every entry a document page links to', () => {
    const listing = citationListing(index, () => 0, () => 0, 2);
    const linked = [
      ...documents.flatMap((d) => d.citedDocuments.map((c) => docNumberSlug(c.docNumber))),
      ...Object.values(documentLinks(documents, index)).flatMap((l) => l.outgoing.filter((x) => x.otherDocId === null).map((x) => x.slug)),
    ];
    expect(linked.length).toBeGreaterThan(0);
    for (const slug of linked) expect(listing.pageOfSlug.has(slug), slug).toBe(true);
    expect(citationEntryPath('x', 1)).toBe('/citations/#x');
    expect(citationEntryPath('x', 4)).toBe('/citations/page/4/#x');
  });

  it('groups edges and mentions per node once, dropping self-mentions', () => {
    const r = relationsByNode(index);
    expect([...r.from.values()].flat()).toHaveLength(index.edges.length);
    expect([...r.to.values()].flat()).toHaveLength(index.edges.length);
    expect([...r.mentions.values()].flat()).toEqual(index.mentions.filter((m) => m.relation !== 'self'));
  });
});
