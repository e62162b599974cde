// The agency registry and the resolution of printed agency names, on the real seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  agencyIndex, agencyKey, agencyPages, firstOf, agencyKindLabels, agencyLookupKeys, agencyThemeMatrix, aliasNotes, loadAgencyRegistry, matrixLayout,
  parseAgencyRegistry, provisionAgencyColumns, relatedAgencies, resolveAgencies, unknownAgencyNames,
} from '../../src/agencies/index.ts';
import { classifyIngested } from '../../src/corpus/classifyIngested.ts';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import type { Provision } from '../../src/schemas/corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const registry = loadAgencyRegistry(join(root, 'content/agencies.yml'));
const corpus = ingestCorpus(join(root, 'seeds'), loadGazetteer(join(root, 'content/jurisdictions.yml')), root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const byId = (id: string) => {
  const p = provisions.find((x) => x.id === id);
  if (!p) throw new Error(`no provision ${id}`);
  return p;
};
const idOf = (printed: string) => registry.lookup(printed)?.agency.id ?? null;
const fake = (over: Partial<Provision>): Provision => ({
  id: 'test-doc/1', docId: 'test-doc', anchor: 'p-1', url: '/documents/test-doc/#p-1', order: 1, label: '1', headingPath: [], text: '条款',
  leadAgencies: [], partnerAgencies: [], agencyNote: null, deadline: null, targets: [], lines: [1, 1], themes: [], ...over,
}) as Provision;

describe('the agency registry', () => {
  it('knows every agency name printed in the five seeds', () => {
    const printed = new Set(provisions.flatMap((p) => [...p.leadAgencies, ...p.partnerAgencies]));
    expect(printed.size).toBeGreaterThan(50);
    expect(unknownAgencyNames(provisions, registry)).toEqual([]);
    for (const name of printed) expect(idOf(name), name).not.toBeNull();
  });

  it.each([
    [['卫生健康局', '卫健局', '县卫生健康局', '县卫健局'], 'health'],
    [['区卫计局', '卫生和计划生育局'], 'health-family-planning'],
    [['国土王益分局', '自然资源局', '县自然资源局'], 'natural-resources'],
    [['人社局', '人力资源和社会保障局', '县人力资源社会保障局', '区人社局', '人力资源和 社会保障局'], 'human-resources'],
    [['国家税务总局中宁县税务局', '县税务局', '税务局'], 'tax'],
    [['财政局(金融办)', '财政局（金融办）', '区财政局'], 'finance'],
    [['驻丘保险机构'], 'insurers'],
    [['各乡镇人民政府', '各乡〈镇〉人民政府', '各乡镇<街道>', '各乡镇<街道', '各镇乡<街道>', '各镇人民政府'], 'township'],
    [['市监局', '市场监管局'], 'market-regulation'],
    [['县委组织部'], 'organisation-department'],
    [['区文广局'], 'culture-broadcasting'],
  ])('%j all mean %s', (names, id) => {
    for (const n of names) expect(idOf(n), n).toBe(id);
  });

  it('keeps 卫计局 as its own entry, related to the health bureau that succeeded it', () => {
    const old = registry.byId.get('health-family-planning')!;
    expect(old.successor).toBe('health');
    expect(relatedAgencies(old, registry).successor?.id).toBe('health');
    expect(relatedAgencies(registry.byId.get('health')!, registry).predecessors.map((a) => a.id)).toContain('health-family-planning');
  });

  it('explains the 金融办 in 财政局（金融办）, once for both bracket widths', () => {
    const notes = aliasNotes(['财政局(金融办)', '财政局（金融办）', '财政局'], registry);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.note).toContain('金融办');
    expect(notes[0]!.printed).toEqual(['财政局(金融办)', '财政局（金融办）']);
  });

  it('strips one jurisdiction prefix only after trying the name as printed', () => {
    expect(agencyLookupKeys('县卫健局')).toEqual(['县卫健局', '卫健局']);
    expect(agencyLookupKeys('市监局')).toEqual(['市监局', '监局']);
    expect(agencyKey(' 各乡〈镇〉人民政府 ')).toBe('各乡镇人民政府');
    expect(agencyKey('财政局（金融办）。')).toBe('财政局金融办');
  });

  it('rejects a registry with clashing aliases, an unknown successor or a bad id', () => {
    expect(() => parseAgencyRegistry('- {id: a, zh: 甲, en: A, kind: department, aliases: [卫健局]}\n- {id: b, zh: 乙, en: B, kind: department, aliases: [卫 健 局]}')).toThrow(/卫 健 局.*"b".*卫健局.*"a"/u);
    expect(() => parseAgencyRegistry('- {id: a, zh: 甲, en: A, kind: department, aliases: [x], successor: nope}')).toThrow(/unknown successor "nope"/u);
    expect(() => parseAgencyRegistry('- {id: A_1, zh: 甲, en: A, kind: department, aliases: [x]}')).toThrow(/entry 0 .*"id"/u);
    expect(() => parseAgencyRegistry('- {id: a, zh: 甲, en: A, kind: ministry, aliases: [x]}')).toThrow(/"kind"/u);
  });
});

describe('resolving a provision\'s agencies', () => {
  it('keeps roles and printed names (王益 "各医院归属企业牵头，区发改局…配合")', () => {
    const r = resolveAgencies(byId('wangyi-2016/2'), registry);
    expect(r.lead).toEqual([{ id: 'hospital-enterprises', printed: '各医院归属企业' }]);
    expect(r.partner.map((x) => x.id)).toEqual(['development-reform', 'finance', 'health-family-planning', 'civil-affairs', 'human-resources']);
    expect(r.partner.map((x) => x.printed)).toEqual(byId('wangyi-2016/2').partnerAgencies);
    expect(r.unknown).toEqual([]);
  });

  it('reads "区民政局牵头，区卫计局、分别负责" as two leads', () => {
    expect(resolveAgencies(byId('wangyi-2016/4'), registry).lead.map((x) => x.id)).toEqual(['civil-affairs', 'health-family-planning']);
  });

  it('resolves an agency note (丘北 （十六）) and the 中宁 tax bureau as a partner', () => {
    const qb = resolveAgencies(byId('qiubei-2021/16'), registry);
    expect(qb.lead.map((x) => x.id)).toEqual(['medical-security', 'health', 'civil-affairs', 'insurers']);
    expect(resolveAgencies(byId('zhongning-2021/45'), registry).partner[0]).toEqual({ id: 'tax', printed: '国家税务总局中宁县税务局' });
  });

  it('reports names it does not know instead of dropping them, hostile text included', () => {
    const p = fake({ leadAgencies: ['县卫健局', '<script>alert(1)</script>局'], partnerAgencies: ['某某办'] });
    const r = resolveAgencies(p, registry);
    expect(r.lead).toEqual([{ id: 'health', printed: '县卫健局' }]);
    expect(r.unknown).toEqual(['<script>alert(1)</script>局', '某某办']);
    expect(unknownAgencyNames([p, fake({ id: 'test-doc/2', partnerAgencies: ['某某办'] })], registry)).toEqual([
      { printed: '<script>alert(1)</script>局', provisions: ['test-doc/1'] },
      { printed: '某某办', provisions: ['test-doc/1', 'test-doc/2'] },
    ]);
  });

  it('gives CSV columns of registry ids, each once', () => {
    expect(provisionAgencyColumns(byId('zhongning-2021/38'), registry)).toEqual({ leadAgencyIds: 'civil-affairs', partnerAgencyIds: 'civil-affairs；finance；township' });
  });
});

describe('the agency index', () => {
  const records = agencyIndex(documents, provisions, registry);
  const record = (id: string) => records.find((r) => r.agency.id === id)!;

  it('lists an agency\'s provisions across jurisdictions, under every printed form', () => {
    const land = record('natural-resources');
    expect(land.documents.map((g) => g.document.jurisdiction.name).sort()).toEqual(['中宁县', '丘北县', '江口县', '王益区'].sort());
    expect(land.printedNames).toEqual(expect.arrayContaining(['国土王益分局', '自然资源局', '县自然资源局']));
    const wangyi = land.documents.find((g) => g.document.id === 'wangyi-2016')!;
    expect(wangyi.assignments.map((a) => [a.provision.id, a.role])).toEqual([['wangyi-2016/3', 'partner'], ['wangyi-2016/25', 'lead']]);
  });

  it('counts each provision once per agency, lead winning over partner', () => {
    // Independent count: provisions naming the agency at all, split by whether a lead name resolves to it.
    for (const r of records) {
      const naming = provisions.filter((p) => [...p.leadAgencies, ...p.partnerAgencies].some((n) => idOf(n) === r.agency.id));
      const leading = naming.filter((p) => p.leadAgencies.some((n) => idOf(n) === r.agency.id));
      expect(r.leadCount + r.partnerCount, r.agency.id).toBe(naming.length);
      expect(r.leadCount, r.agency.id).toBe(leading.length);
    }
    // 中宁 row 38 names 民政局 as both lead and partner: one lead assignment.
    const row38 = record('civil-affairs').documents.flatMap((g) => g.assignments).filter((a) => a.provision.id === 'zhongning-2021/38');
    expect(row38.map((a) => a.role)).toEqual(['lead']);
  });

  it('leaves out agencies no provision names', () => {
    const named = new Set(provisions.flatMap((p) => [...p.leadAgencies, ...p.partnerAgencies]).map(idOf));
    expect(new Set(records.map((r) => r.agency.id))).toEqual(named);
  });
});

describe('the agency × theme matrix', () => {
  it('says there is no theme data when no provision is tagged', () => {
    const m = agencyThemeMatrix(provisions.map((p) => ({ ...p, themes: [] })), registry, []);
    expect(m).toEqual({ themes: [], rows: [], hasThemeData: false });
    expect(matrixLayout(m).cells).toEqual([]);
  });

  it('counts provisions per agency and theme, lead and partner apart', () => {
    const tag = (theme: string) => ({ theme, source: 'rule' as const, evidence: [], reason: null });
    const ps = [
      fake({ id: 't/1', leadAgencies: ['县卫健局'], partnerAgencies: ['民政局'], themes: [tag('signing'), tag('tcm')] }),
      fake({ id: 't/2', leadAgencies: ['民政局'], partnerAgencies: ['卫生健康局', '县卫健局'], themes: [tag('signing')] }),
      fake({ id: 't/3', leadAgencies: ['医保局'], themes: [] }),
    ];
    const m = agencyThemeMatrix(ps, registry, [{ slug: 'tcm', name: '中医药', nameEn: 'TCM' }, { slug: 'signing', name: '签约', nameEn: 'Signing' }]);
    expect(m.hasThemeData).toBe(true);
    expect(m.themes.map((t) => t.slug)).toEqual(['tcm', 'signing']);
    const health = m.rows.find((r) => r.agency.id === 'health')!;
    expect(health.total).toBe(2);
    expect(health.cells).toEqual([{ theme: 'tcm', lead: 1, partner: 0, total: 1 }, { theme: 'signing', lead: 1, partner: 1, total: 2 }]);
    expect(m.rows.some((r) => r.agency.id === 'medical-security')).toBe(false);
    const layout = matrixLayout(m);
    for (const c of layout.cells) {
      expect(c.x).toBeLessThan(layout.width);
      expect(c.y).toBeLessThan(layout.height);
      expect(c.r).toBeGreaterThan(0);
    }
  });

  it('matches a brute-force count on the classifier\'s real tags', () => {
    const tagged = classifyIngested(corpus.documents, join(root, 'content')).documents.flatMap((d) => d.provisions);
    const themes = [...new Set(tagged.flatMap((p) => p.themes.map((t) => t.theme)))].map((slug) => ({ slug, name: slug, nameEn: slug }));
    expect(themes.length).toBeGreaterThan(0);
    const m = agencyThemeMatrix(tagged, registry, themes);
    expect(m.hasThemeData).toBe(true);
    expect(m.rows.find((r) => r.agency.id === 'health')?.total).toBeGreaterThan(0);
    for (const row of m.rows) {
      for (const cell of row.cells) {
        const expected = tagged.filter((p) => p.themes.some((t) => t.theme === cell.theme) && [...p.leadAgencies, ...p.partnerAgencies].some((n) => idOf(n) === row.agency.id)).length;
        expect(cell.total, `${row.agency.id} × ${cell.theme}`).toBe(expected);
      }
    }
  });
});

it('the registry file is what the site loads: every entry has names in both languages and a labelled kind', () => {
  const ids = [...readFileSync(join(root, 'content/agencies.yml'), 'utf8').matchAll(/^- id: (\S+)$/gmu)].map((m) => m[1]);
  expect(registry.agencies.map((a) => a.id)).toEqual(ids);
  for (const a of registry.agencies) {
    expect(agencyKindLabels[a.kind].zh, a.id).toBeTruthy();
    expect(a.zh.length * a.en.length, a.id).toBeGreaterThan(0);
  }
});

describe('agency pages', () => {
  const records = agencyIndex(documents, provisions, registry);
  const health = records.find((r) => r.agency.id === 'health')!;
  const rows = (groups: ReturnType<typeof agencyPages>[number]) => groups.flatMap((g) => g.assignments.map((a) => a.provision.id));

  it('keeps the seeds\' agencies on one page each', () => {
    for (const r of records) expect(agencyPages(r)).toEqual([r.documents]);
  });

  it('splits a long list into pages of at most the page size, every provision once, grouped by document in order', () => {
    const pages = agencyPages(health, 20);
    const all = health.documents.flatMap((g) => g.assignments.map((a) => a.provision.id));
    expect(all.length).toBeGreaterThan(40);
    for (const p of pages) {
      expect(rows(p).length).toBeLessThanOrEqual(20);
      // One group per document on a page.
      expect(new Set(p.map((g) => g.document.id)).size).toBe(p.length);
    }
    expect(pages.flatMap(rows)).toEqual(all);
  });

  it('cuts lists to their first few with the total', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], total: 3 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], total: 1 });
  });
});
