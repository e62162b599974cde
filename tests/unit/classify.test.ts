// The classify stage on small strings: matching, evidence, headings, excludes, agencies, overrides.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirs } from './helpers.ts';
import { classifyCorpus } from '../../src/classify/classifyCorpus.ts';
import { classifyProvision, type ClassifiableProvision } from '../../src/classify/classifyProvision.ts';
import { scoreLabels } from '../../src/classify/evaluate.ts';
import { loadThemes, parseThemeFile } from '../../src/classify/loadThemes.ts';
import { matchTerms } from '../../src/classify/matchTerms.ts';
import { normalizeForMatch } from '../../src/classify/normalize.ts';
import { applyOverrides, loadOverrides, parseOverrides, type ThemeOverride } from '../../src/classify/overrides.ts';
import { themeFrontmatterSchema, type Theme } from '../../src/classify/themeSchema.ts';
import type { Provision } from '../../src/schemas/corpus.ts';

const scratchDir = scratchDirs('classify-');

const theme = (t: Record<string, unknown>): Theme => themeFrontmatterSchema.parse({ name: '主题', nameEn: 'Theme', ...t });

const land = theme({
  slug: 'land', order: 2, terms: ['用地', '土地', '划拨'], headingTerms: ['用地'],
  excludes: [{ term: '土地', unless: ['用地', '划拨'] }, { term: '土地使用税' }],
  agencyTerms: ['自然资源局'],
});
const tax = theme({ slug: 'tax', order: 1, terms: ['税费', '土地使用税'], leadAgencyTerms: ['税务局'] });
const insurance = theme({
  slug: 'insurance', order: 3, terms: ['保险', '医疗保险', '医保'],
  excludes: [{ term: '医保等部门', unless: ['支付'] }], leadAgencyTerms: ['医保局'],
});
const licensing = theme({ slug: 'licensing', order: 4, terms: ['登记', '审批'], excludes: [{ term: '志愿者登记' }] });
const informatisation = theme({ slug: 'informatisation', order: 5, terms: ['数据', '互联网+'] });
const themes = [land, tax, insurance, licensing, informatisation];

const provision = (p: Partial<ClassifiableProvision>): ClassifiableProvision => ({
  headingPath: [], text: '', leadAgencies: [], partnerAgencies: [], agencyNote: null, ...p,
});
const tags = (p: Partial<ClassifiableProvision>) => classifyProvision(provision(p), themes);
const slugs = (p: Partial<ClassifiableProvision>) => tags(p).map((t) => t.theme);

describe('normalizeForMatch / matchTerms', () => {
  it('folds full-width forms and drops whitespace, so terms split by line breaks still match', () => {
    expect(normalizeForMatch('互联网＋ 健康\n养老 （一）')).toBe('互联网+健康养老(一)');
    expect(matchTerms(normalizeForMatch('推动“互联网＋健康科普”'), ['互联网+'])).toEqual(['互联网+']);
    expect(matchTerms(normalizeForMatch('用\n地保障'), ['用地'])).toEqual(['用地']);
  });

  it('prefers the longer term and keeps first-occurrence order', () => {
    expect(matchTerms('纳入基本医疗保险，连续计算医保起付线', ['保险', '医疗保险', '医保'])).toEqual(['医疗保险', '医保']);
    expect(matchTerms('商业保险和医疗保险', ['保险', '医疗保险'])).toEqual(['保险', '医疗保险']);
  });

  it('drops occurrences inside an exclude phrase but keeps other occurrences of the same term', () => {
    const ex = [{ term: '志愿者登记', unless: [] }];
    expect(matchTerms('建立养老服务志愿者登记储备制度', ['登记'], ex)).toEqual([]);
    expect(matchTerms('建立志愿者登记制度，并办理法人登记', ['登记'], ex)).toEqual(['登记']);
  });

  it('lets an exclude lapse when an unless word is named in the context', () => {
    const ex = [{ term: '土地', unless: ['用地'] }];
    expect(matchTerms('自用的房产、土地', ['土地'], ex, '自用的房产、土地')).toEqual([]);
    expect(matchTerms('国有划拨土地', ['土地'], ex, '保障用地¦国有划拨土地')).toEqual(['土地']);
  });
});

describe('classifyProvision', () => {
  it('records text evidence for each matched term', () => {
    const [tag] = tags({ text: '落实用地扶持政策，非营利性机构可依法使用国有划拨土地' });
    expect(tag).toEqual({
      theme: 'land', source: 'rule', reason: null,
      evidence: [{ term: '用地', where: 'text' }, { term: '划拨', where: 'text' }, { term: '土地', where: 'text' }],
    });
  });

  it('counts a heading that names a heading term, not a heading that does not', () => {
    const under = tags({ headingPath: ['二、工作任务', '5.加大用地保障力度。'], text: '切实保障医养结合机构建设发展。' });
    expect(under.map((t) => t.theme)).toEqual(['land']);
    expect(under[0]?.evidence).toEqual([{ term: '用地', where: 'heading' }]);
    expect(slugs({ headingPath: ['(三)保障措施', '1、强化政策支持。'], text: '切实保障医养结合机构建设发展。' })).toEqual([]);
  });

  it('does not match text terms in headings unless they are heading terms', () => {
    expect(slugs({ headingPath: ['（三）土地'], text: '加强建设。' })).toEqual([]);
  });

  it('treats 土地 in 城镇土地使用税 as tax, not land', () => {
    expect(slugs({ text: '按规定享受房产税、城镇土地使用税优惠政策' })).toEqual(['tax']);
  });

  it('keeps 长期照护 out of insurance and 志愿者登记 out of licensing', () => {
    expect(slugs({ text: '探索建立失能老年人长期照护服务体系' })).toEqual([]);
    expect(slugs({ text: '建立养老服务志愿者登记储备制度' })).toEqual([]);
  });

  it('applies a department-list exclude unless payment is named', () => {
    expect(slugs({ text: '召开由卫生健康、民政、医保等部门参加的协调会' })).toEqual([]);
    expect(slugs({ text: '由卫生健康、民政、医保等部门研究支付政策' })).toEqual(['insurance']);
  });

  it('tags on a lead agency term alone, but a partner agency is never enough', () => {
    const lead = tags({ text: '开展慢性病诊疗和全额保障服务', leadAgencies: ['县卫生健康局', '县医保局'] });
    expect(lead).toEqual([{ theme: 'insurance', source: 'rule', reason: null, evidence: [{ term: '医保局', where: 'agency' }] }]);
    expect(slugs({ text: '开展安宁疗护服务', leadAgencies: ['卫生健康局'], partnerAgencies: ['医保局'] })).toEqual([]);
  });

  it('adds supporting agency evidence only when the theme matched otherwise', () => {
    expect(slugs({ text: '改扩建社区卫生服务机构', leadAgencies: ['自然资源局'] })).toEqual([]);
    const [tag] = tags({ text: '保障建设发展用地', leadAgencies: ['发改局'], partnerAgencies: ['自然资源局'] });
    expect(tag?.evidence).toEqual([{ term: '用地', where: 'text' }, { term: '自然资源局', where: 'agency' }]);
  });

  it('does not read an agency note repeated inside the text as text', () => {
    const note = '（责任单位：县民政局，驻丘保险机构）';
    expect(slugs({ text: `鼓励社会力量举办机构。${note}`, agencyNote: note })).toEqual([]);
    expect(slugs({ text: `鼓励社会力量举办机构。${note}`, agencyNote: null })).toEqual(['insurance']);
  });

  it('returns tags in taxonomy order whatever the order of the theme list', () => {
    const p = provision({ text: '依托信息平台汇集数据，落实税费优惠和用地政策，开展审批' });
    expect(classifyProvision(p, themes).map((t) => t.theme)).toEqual(['tax', 'land', 'licensing', 'informatisation']);
    expect(classifyProvision(p, [...themes].reverse()).map((t) => t.theme)).toEqual(['tax', 'land', 'licensing', 'informatisation']);
  });
});

describe('theme frontmatter', () => {
  const file = (yaml: string) => `---\n${yaml}\n---\n\n正文。\n\nBody.\n`;
  const ok = 'slug: land\nname: 用地\nnameEn: Land\norder: 1\nterms: [用地]';

  it('parses a theme file and fills defaults', () => {
    expect(parseThemeFile(file(ok), 'land.mdx')).toMatchObject({ slug: 'land', terms: ['用地'], excludes: [], headingTerms: [] });
  });

  it('names the file and field of invalid frontmatter', () => {
    expect(() => parseThemeFile(file(ok.replace('terms: [用地]', 'terms: []')), 'themes/land.mdx')).toThrow(/^themes\/land\.mdx: frontmatter field "terms"/);
    expect(() => parseThemeFile(file(`${ok}\nexclude: []`), 'x.mdx')).toThrow(/x\.mdx: .*exclude/);
    expect(() => parseThemeFile('no frontmatter', 'y.mdx')).toThrow(/^y\.mdx: no YAML frontmatter/);
  });

  it('rejects an exclude that contains none of the theme terms', () => {
    expect(() => parseThemeFile(file(`${ok}\nexcludes: [{ term: 数据库 }]`), 'z.mdx')).toThrow(/excludes\.0\.term.*can never apply/);
  });

  it('loads a folder sorted by order and checks file names and orders', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'land.mdx'), file(ok.replace('order: 1', 'order: 2')));
    writeFileSync(join(dir, 'tax.mdx'), file('slug: tax\nname: 税\nnameEn: Tax\norder: 1\nterms: [税费]'));
    expect(loadThemes(dir).map((t) => t.slug)).toEqual(['tax', 'land']);
    writeFileSync(join(dir, 'misnamed.mdx'), file('slug: other\nname: 他\nnameEn: Other\norder: 3\nterms: [他]'));
    expect(() => loadThemes(dir)).toThrow(/misnamed\.mdx: slug "other" does not match the file name/);
  });
});

describe('overrides', () => {
  const p = (id: string, themesOf: string[]): Provision => ({
    id, docId: id.split('/')[0]!, anchor: 'p-1', url: '/documents/x/#p-1', order: 1, label: '1', headingPath: [], text: 't',
    leadAgencies: [], partnerAgencies: [], agencyNote: null, deadline: null, targets: [], lines: [1, 1],
    themes: themesOf.map((theme) => ({ theme, source: 'rule', evidence: [{ term: 'x', where: 'text' }], reason: null })),
  });
  const corpus = [p('a-2021/1', ['tax', 'land']), p('a-2021/2', [])];

  it('removes and adds tags, sorting by the given order', () => {
    const overrides: ThemeOverride[] = [
      { provision: 'a-2021/1', remove: 'land', reason: 'tax on land' },
      { provision: 'a-2021/1', add: 'licensing', reason: 'approval named in annex' },
    ];
    const { provisions, unmatched } = applyOverrides(corpus, overrides, ['licensing', 'tax', 'land']);
    expect(unmatched).toEqual([]);
    expect(provisions[0]?.themes).toEqual([
      { theme: 'licensing', source: 'override', evidence: [], reason: 'approval named in annex' },
      { theme: 'tax', source: 'rule', evidence: [{ term: 'x', where: 'text' }], reason: null },
    ]);
    expect(corpus[0]?.themes.map((t) => t.theme)).toEqual(['tax', 'land']);
  });

  it('reports overrides for a non-existent provision, an untagged remove target and an already-tagged add', () => {
    const overrides: ThemeOverride[] = [
      { provision: 'a-2021/99', add: 'tax', reason: 'gone' },
      { provision: 'a-2021/2', remove: 'land', reason: 'never tagged' },
      { provision: 'a-2021/1', add: 'tax', reason: 'rule already finds it' },
    ];
    const { unmatched, provisions } = applyOverrides(corpus, overrides);
    expect(unmatched.map((u) => [u.provision, u.problem])).toEqual([
      ['a-2021/99', 'no provision "a-2021/99"'],
      ['a-2021/2', '"a-2021/2" is not tagged "land"'],
      ['a-2021/1', '"a-2021/1" is already tagged "tax"'],
    ]);
    expect(provisions.map((x) => x.themes.map((t) => t.theme))).toEqual([['tax', 'land'], []]);
  });

  it('validates entries and names the file and entry index', () => {
    expect(parseOverrides('', 'o.yml')).toEqual([]);
    const good = '- { provision: a-2021/1, remove: land, reason: ok }\n';
    expect(parseOverrides(good, 'o.yml')).toEqual([{ provision: 'a-2021/1', remove: 'land', reason: 'ok' }]);
    expect(() => parseOverrides(`${good}- { provision: a-2021/1, add: tax, remove: land, reason: both }\n`, 'content/theme-overrides.yml'))
      .toThrow(/^content\/theme-overrides\.yml: entry 1 \(0-based\): expected exactly one of add or remove/);
    expect(() => parseOverrides(`${good}${good}- { provision: a-2021/1, add: tax }\n`, 'o.yml')).toThrow(/^o\.yml: entry 2 \(0-based\) field "reason"/);
    expect(() => parseOverrides('- { provision: Qiubei/1, add: tax, reason: r }', 'o.yml')).toThrow(/entry 0 .*field "provision"/);
    expect(() => parseOverrides('provision: a-2021/1', 'o.yml')).toThrow(/^o\.yml: expected a list/);
    const dir = scratchDir();
    writeFileSync(join(dir, 'o.yml'), '- { provision: a-2021/1, add: tax, reason: r, extra: 1 }');
    expect(() => loadOverrides(join(dir, 'o.yml'))).toThrow(new RegExp(`^${join(dir, 'o.yml')}: entry 0 .*extra`));
    expect(() => loadOverrides(join(dir, 'missing.yml'))).toThrow(/missing\.yml: cannot read/);
  });
});

describe('classifyCorpus', () => {
  const record = (id: string, text: string): Provision => ({
    id, docId: 'a-2021', anchor: 'p-1', url: '/documents/a-2021/#p-1', order: 1, label: '1', headingPath: [], text,
    leadAgencies: [], partnerAgencies: [], agencyNote: null, deadline: null, targets: [], lines: [1, 1], themes: [],
  });
  const corpus = [record('a-2021/1', '落实税费优惠，保障用地'), record('a-2021/2', '建立养老服务志愿者登记储备制度')];

  it('fills rule tags, applies overrides and reports the stale ones', () => {
    const { provisions, unmatchedOverrides } = classifyCorpus(corpus, themes, [
      { provision: 'a-2021/2', add: 'licensing', reason: 'maintainer judgement' },
      { provision: 'a-2021/404', remove: 'tax', reason: 'stale' },
    ]);
    expect(provisions.map((x) => x.themes.map((t) => `${t.theme}:${t.source}`))).toEqual([['tax:rule', 'land:rule'], ['licensing:override']]);
    expect(unmatchedOverrides.map((u) => u.provision)).toEqual(['a-2021/404']);
  });

  it('throws on an override naming an unknown theme', () => {
    expect(() => classifyCorpus(corpus, themes, [{ provision: 'a-2021/1', add: 'lnad', reason: 'typo' }])).toThrow(/unknown theme "lnad"/);
  });
});

describe('scoreLabels', () => {
  const tagged = (id: string, ...t: string[]) => ({ id, themes: t.map((theme) => ({ theme, source: 'rule' as const, evidence: [], reason: null })) });

  it('computes precision and recall and lists the errors', () => {
    const provisions = [tagged('a/1', 'land'), tagged('a/2', 'land'), tagged('a/3'), tagged('a/4')];
    const [s] = scoreLabels(provisions, [
      { provision: 'a/1', theme: 'land', expected: true },
      { provision: 'a/2', theme: 'land', expected: false },
      { provision: 'a/3', theme: 'land', expected: true },
      { provision: 'a/4', theme: 'land', expected: false },
    ]);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, falsePositives: ['a/2'], falseNegatives: ['a/3'] });
  });

  it('throws on a label for an unknown provision', () => {
    expect(() => scoreLabels([], [{ provision: 'a/1', theme: 'land', expected: true }])).toThrow(/unknown provision "a\/1"/);
  });
});
