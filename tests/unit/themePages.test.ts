// The pure modules behind the theme pages and the overview, on the real corpus (real seeds,
// taxonomy, overrides and coverage list) and on hostile or edge-case input.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realThemeCorpus } from './helpers.ts';
import { normalizeForMatch } from '../../src/classify/index.ts';
import type { PolicyDocument, Provision } from '../../src/schemas/corpus.ts';
import { comparisonMatrix } from '../../src/themes/comparisonMatrix.ts';
import { combinedStatus, coverageProblems, documentCaveat, documentCoverage, parseCoverage } from '../../src/themes/coverage.ts';
import { excerptSegments, highlightSegments, splitLines, type Segment } from '../../src/themes/highlightSegments.ts';
import { groupByJurisdiction, slugify } from '../../src/themes/jurisdictionGroups.ts';
import { leadAgencyCounts } from '../../src/themes/leadAgencyCounts.ts';
import { provisionEvidence } from '../../src/themes/provisionEvidence.ts';
import { themeColumns } from '../../src/themes/themeColumns.ts';
import { columnPath } from '../../src/themes/themePaths.ts';

const { root, documents, provisions, themes, exceptions } = realThemeCorpus();
const groups = groupByJurisdiction(documents);
const REQUIRED = ['licensing', 'land', 'tax', 'insurance', 'workforce', 'informatisation'];
const NATIONAL = 'national-2023-pilot-experience';

/** Provisions of a document on a theme, counted straight from the classifier's tags. */
const countOf = (docId: string, theme: string) => provisions.filter((p) => p.docId === docId && p.themes.some((t) => t.theme === theme)).length;
const provision = (id: string) => {
  const p = provisions.find((x) => x.id === id);
  if (!p) throw new Error(`no provision ${id}`);
  return p;
};
const theme = (slug: string) => {
  const t = themes.find((x) => x.slug === slug);
  if (!t) throw new Error(`no theme ${slug}`);
  return t;
};
const joined = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
const marked = (segments: readonly Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
function fakeDoc(id: string, name: string, nameEn: string, province: string | null = null): PolicyDocument {
  const real = documents[0]!;
  return { ...real, id, jurisdiction: { ...real.jurisdiction, name, nameEn, province } };
}

describe('jurisdiction groups', () => {
  it('gives each of the five seed jurisdictions one column with a stable ASCII id', () => {
    expect(groups).toHaveLength(new Set(documents.map((d) => d.jurisdiction.name)).size);
    const ids = groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    const byName = Object.fromEntries(groups.map((g) => [g.jurisdiction.name, g.id]));
    expect(byName['中宁县']).toBe('zhongning-county');
    expect(byName['全国']).toBe('national');
    expect(byName['王益区']).toBe('wangyi-district-tongchuan');
  });

  it('puts several documents of one jurisdiction under it, in the order given', () => {
    const a = fakeDoc('a-2020', '甲县', 'Jia County');
    const b = fakeDoc('b-2021', '乙县', 'Yi County');
    const c = fakeDoc('c-2022', '甲县', 'Jia County');
    const g = groupByJurisdiction([a, b, c]);
    expect(g.map((x) => x.id)).toEqual(['jia-county', 'yi-county']);
    expect(g[0]!.documents.map((d) => d.id)).toEqual(['a-2020', 'c-2022']);
  });

  it('falls back to the document id when the English name has no Latin letters, and never repeats an id', () => {
    const g = groupByJurisdiction([
      fakeDoc('hostile-2024', '恶意县<script>', '恶意县<script>'),
      fakeDoc('x-1', '东区', 'East District', '甲省'),
      fakeDoc('x-2', '东区', 'East District', '乙省'),
    ]);
    expect(g.map((x) => x.id)).toEqual(['script', 'east-district', 'east-district-2']);
    expect(groupByJurisdiction([fakeDoc('only-han', '某县', '某县')])[0]!.id).toBe('only-han');
    expect(slugify('Wangyi District (Tongchuan)')).toBe('wangyi-district-tongchuan');
    expect(slugify('"><img src=x>')).toBe('img-src-x');
  });
});

describe('coverage', () => {
  it('the curated list parses and every entry applies to the real corpus', () => {
    expect(exceptions.length).toBeGreaterThan(0);
    expect(exceptions.find((e) => e.document === NATIONAL)?.themes).toBe('*');
    expect(coverageProblems(exceptions, documents.map((d) => d.id), themes.map((t) => t.slug), countOf)).toEqual([]);
  });

  it('reports unknown documents and themes, and stale entries for themes the document does cover', () => {
    const list = parseCoverage(
      `- document: nowhere-2020\n  themes: '*'\n  reason: x\n- document: zhongning-2021\n  themes: [land, no-such-theme]\n  reason: y\n`,
      'test.yml',
    );
    const problems = coverageProblems(list, documents.map((d) => d.id), themes.map((t) => t.slug), countOf);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/unknown document "nowhere-2020"/u);
    expect(problems.join('\n')).toMatch(/unknown theme "no-such-theme"/u);
    expect(problems.join('\n')).toMatch(new RegExp(`zhongning-2021 has ${countOf('zhongning-2021', 'land')} provision`, 'u'));
  });

  it('rejects malformed lists with the file named', () => {
    expect(() => parseCoverage('- document: a\n  themes: []\n  reason: r\n', 'cov.yml')).toThrow(/cov\.yml: entry 0\.themes/u);
    expect(() => parseCoverage('- document: a\n  themes: "*"\n', 'cov.yml')).toThrow(/cov\.yml: entry 0\.reason/u);
    expect(() => parseCoverage('- document: a\n  themes: "*"\n  reason: r\n  extra: 1\n', 'cov.yml')).toThrow(/cov\.yml/u);
    expect(() => parseCoverage('- [unclosed', 'cov.yml')).toThrow(/cov\.yml: not valid YAML/u);
    expect(parseCoverage('# nothing yet\n', 'cov.yml')).toEqual([]);
  });

  it('provisions always win; silence is the default; only listed documents are not applicable', () => {
    const list = parseCoverage(`- document: d\n  themes: [land]\n  reason: 理由\n`, 'x.yml');
    expect(documentCoverage('d', 'land', 2, list).status).toBe('found');
    expect(documentCoverage('d', 'land', 0, list)).toEqual({ status: 'not-applicable', reason: '理由', reasonEn: null });
    expect(documentCoverage('d', 'tax', 0, list).status).toBe('silent');
    expect(documentCoverage('e', 'land', 0, list).status).toBe('silent');
    expect(combinedStatus(['silent', 'found'])).toBe('found');
    expect(combinedStatus(['not-applicable', 'silent'])).toBe('silent');
    expect(combinedStatus(['not-applicable', 'not-applicable'])).toBe('not-applicable');
    expect(combinedStatus([])).toBe('silent');
    expect(documentCaveat(NATIONAL, exceptions)?.reason).toMatch(/典型经验/u);
    expect(documentCaveat('zhongning-2021', exceptions)).toBeNull();
  });
});

describe('theme columns on the real corpus', () => {
  it('every theme × jurisdiction has the status its tags imply', () => {
    for (const t of themes) {
      const columns = themeColumns(t.slug, groups, provisions, exceptions);
      expect(columns.map((c) => c.group.id)).toEqual(groups.map((g) => g.id));
      for (const c of columns) {
        const expected = c.group.documents.reduce((n, d) => n + countOf(d.id, t.slug), 0);
        expect(c.count, `${t.slug} × ${c.group.id}`).toBe(expected);
        const isNational = c.group.documents.every((d) => d.id === NATIONAL);
        expect(c.status).toBe(expected > 0 ? 'found' : isNational ? 'not-applicable' : 'silent');
        for (const d of c.documents) {
          expect(d.provisions.every((x) => x.provision.docId === d.document.id && x.tag.theme === t.slug)).toBe(true);
          if (d.status === 'not-applicable') expect(d.reason).toMatch(/典型经验/u);
        }
      }
    }
  });

  it('spot checks: 中宁 43 (国有划拨土地) is on land; the national notice is not applicable there; a required theme has a silent jurisdiction', () => {
    const land = themeColumns('land', groups, provisions, exceptions);
    const zhongning = land.find((c) => c.group.id === 'zhongning-county')!;
    expect(zhongning.documents[0]!.provisions.map((x) => x.provision.id)).toContain('zhongning-2021/43');
    expect(zhongning.leadAgencies[0]?.agency).toBe('自然资源局');
    expect(land.find((c) => c.group.id === 'national')!.status).toBe('not-applicable');
    const silent = REQUIRED.flatMap((slug) => themeColumns(slug, groups, provisions, exceptions).filter((c) => c.status === 'silent'));
    expect(silent.length).toBeGreaterThan(0);
    // The national notice does speak to some themes: there it is 'found', with its caveat.
    const workforce = themeColumns('workforce', groups, provisions, exceptions).find((c) => c.group.id === 'national')!;
    expect(workforce.status).toBe('found');
    expect(workforce.documents[0]!.caveat?.reason).toMatch(/典型经验/u);
  });

  it('counts the lead agencies most named, each provision once', () => {
    for (const t of REQUIRED) {
      for (const c of themeColumns(t, groups, provisions, exceptions)) {
        const all = c.documents.flatMap((d) => d.provisions.map((x) => x.provision));
        for (const a of c.leadAgencies) expect(a.count).toBe(all.filter((p) => p.leadAgencies.includes(a.agency)).length);
        const counts = c.leadAgencies.map((a) => a.count);
        expect(counts).toEqual([...counts].sort((x, y) => y - x));
      }
    }
    expect(leadAgencyCounts([{ leadAgencies: ['甲', '甲', '乙'] }, { leadAgencies: ['乙'] }, { leadAgencies: ['丙'] }])).toEqual([
      { agency: '乙', count: 2 },
      { agency: '甲', count: 1 },
      { agency: '丙', count: 1 },
    ]);
    expect(leadAgencyCounts([{ leadAgencies: ['a'] }, { leadAgencies: ['b'] }], 1)).toEqual([{ agency: 'a', count: 1 }]);
  });
});

describe('evidence highlighting', () => {
  it('on every tagged provision: the text is kept whole and every evidence term is marked where it matched', () => {
    let checked = 0;
    for (const p of provisions) {
      for (const tag of p.themes) {
        const ev = provisionEvidence(p, tag, theme(tag.theme));
        expect(ev.excerpt).toBe(false);
        expect(ev.lines.map(joined).join('\n')).toBe(p.text);
        const marks = ev.lines.flatMap(marked).map(normalizeForMatch);
        for (const term of ev.terms.text) expect(marks.some((m) => m.includes(normalizeForMatch(term))), `${p.id} ${tag.theme} ${term}`).toBe(true);
        // Every mark is one of the theme's text terms (or overlapping terms merged).
        for (const m of marks) expect(ev.terms.text.some((term) => m.includes(normalizeForMatch(term)))).toBe(true);
        if (ev.terms.heading.length > 0) {
          expect(joined(ev.heading!)).toBe(p.headingPath.join(' › '));
          expect(marked(ev.heading!).length).toBeGreaterThan(0);
        }
        if (ev.terms.agency.length > 0) expect([...ev.lead, ...ev.partners].flatMap(marked).length).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('marks 中宁 43 on land: 划拨 and 用地 in the text, 自然资源局 among the lead agencies', () => {
    const p = provision('zhongning-2021/43');
    const ev = provisionEvidence(p, p.themes.find((t) => t.theme === 'land')!, theme('land'));
    const marks = ev.lines.flatMap(marked);
    expect(marks).toContain('划拨');
    expect(marks).toContain('用地');
    expect(ev.lead.flatMap(marked)).toContain('自然资源局');
    expect(ev.heading).toBeNull();
  });

  it('follows the classifier: longer terms win, excludes are not marked unless their exception applies', () => {
    const licensing = theme('licensing');
    const segs = highlightSegments('加强志愿者登记管理，简化审批和登记手续。', licensing.terms, { excludes: licensing.excludes });
    expect(marked(segs)).toEqual(['审批', '登记']);
    expect(segs[0]).toEqual({ text: '加强志愿者登记管理，简化', mark: false });
    expect(marked(highlightSegments('医疗保险与保险', ['保险', '医疗保险']))).toEqual(['医疗保险', '保险']);
    const unless = [{ term: '医疗服务', unless: ['价格'] }];
    expect(marked(highlightSegments('医疗服务', ['医疗'], { excludes: unless }))).toEqual([]);
    expect(marked(highlightSegments('医疗服务', ['医疗'], { excludes: unless, context: '价格¦医疗服务' }))).toEqual(['医疗']);
  });

  it('maps matches on normalised text back to the original characters (full-width, line breaks, spaces)', () => {
    const segs = highlightSegments('推进ＰＰＰ模式和医疗\n保险，及长期 护理', ['PPP', '医疗保险', '长期护理']);
    expect(marked(segs)).toEqual(['ＰＰＰ', '医疗\n保险', '长期 护理']);
    // ASCII and unified ideographs map to themselves; a compatibility ideograph (U+F9F4) to 林.
    expect(marked(highlightSegments('A PPP 与\uF9F4业、林业', ['PPP', '林业']))).toEqual(['PPP', '\uF9F4业', '林业']);
    const lines = splitLines(segs);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.at(-1)).toEqual({ text: '医疗', mark: true });
    expect(lines[1]![0]).toEqual({ text: '保险', mark: true });
  });

  it('keeps hostile text as plain segments and never marks inside a skipped passage', () => {
    const text = '<script>alert("用地")</script>用地（责任单位：用地局）';
    const segs = highlightSegments(text, ['用地'], { skip: ['（责任单位：用地局）'] });
    expect(joined(segs)).toBe(text);
    expect(marked(segs)).toEqual(['用地', '用地']);
    expect(segs.at(-1)).toEqual({ text: '（责任单位：用地局）', mark: false });
    expect(highlightSegments('', ['用地'])).toEqual([]);
    expect(highlightSegments('无关', [])).toEqual([{ text: '无关', mark: false }]);
  });

  it('cuts very long texts to windows around the marks', () => {
    const text = `${'甲'.repeat(5000)}用地${'乙'.repeat(5000)}划拨${'丙'.repeat(5000)}`;
    const { segments, cut } = excerptSegments(highlightSegments(text, ['用地', '划拨']), 1200, 80);
    expect(cut).toBe(true);
    expect(marked(segments)).toEqual(['用地', '划拨']);
    expect(joined(segments).length).toBeLessThanOrEqual(1200 + 3);
    expect(joined(segments)).toMatch(/^…甲{80}用地乙{80}…乙{80}划拨丙{80}…$/u);
    const short = highlightSegments('短文本用地', ['用地']);
    expect(excerptSegments(short)).toEqual({ segments: short, cut: false });
  });
});

describe('comparison matrix', () => {
  const matrix = comparisonMatrix(themes, groups, provisions, exceptions);

  it('has one cell per theme × jurisdiction, each linking to that column of the theme page', () => {
    expect(matrix.rows.map((r) => r.theme.slug)).toEqual(themes.map((t) => t.slug));
    for (const slug of REQUIRED) expect(matrix.rows.some((r) => r.theme.slug === slug)).toBe(true);
    for (const r of matrix.rows) {
      expect(r.cells.map((c) => c.column)).toEqual(groups.map((g) => g.id));
      for (const c of r.cells) {
        expect(c.path).toBe(columnPath(r.theme.slug, c.column));
        expect(c.path).toBe(`/themes/${r.theme.slug}/#col-${c.column}`);
        const group = groups.find((g) => g.id === c.column)!;
        expect(c.count).toBe(group.documents.reduce((n, d) => n + countOf(d.id, r.theme.slug), 0));
      }
      expect(r.total).toBe(r.cells.reduce((n, c) => n + c.count, 0));
      expect(r.found).toBe(r.cells.filter((c) => c.count > 0).length);
    }
    expect(matrix.max).toBe(Math.max(...matrix.rows.flatMap((r) => r.cells.map((c) => c.count))));
  });

  it('an empty corpus gives silent cells and max 0', () => {
    const empty = comparisonMatrix(themes.slice(0, 2), groups, [], []);
    expect(empty.max).toBe(0);
    expect(empty.rows.flatMap((r) => r.cells).every((c) => c.status === 'silent' && c.count === 0)).toBe(true);
  });
});
