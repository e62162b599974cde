// The national pilot checklist: curated file validation, and matching with and without themes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyCorpus, loadOverrides, loadThemes } from '../../src/classify/index.ts';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { loadChecklist, parseChecklist } from '../../src/reuse/checklistSchema.ts';
import { pilotChecklist, practiceHeadline, type PilotChecklist } from '../../src/reuse/pilotChecklist.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ingestCorpus(`${root}seeds`, loadGazetteer(`${root}content/jurisdictions.yml`), root);
const documents = corpus.documents.map((d) => d.document);
const raw = corpus.documents.flatMap((d) => d.provisions);
const classified = classifyCorpus(raw, loadThemes(`${root}content/themes`), loadOverrides(`${root}content/theme-overrides.yml`)).provisions;
const config = loadChecklist(`${root}content/pilot-checklist.yml`);

function cell(c: PilotChecklist, item: string, jurisdiction: string) {
  const row = c.rows.find((r) => r.id === `national-2023-pilot-experience/${item}`)!;
  return row.cells[c.columns.findIndex((col) => col.name === jurisdiction)]!;
}

describe('content/pilot-checklist.yml', () => {
  it('is valid and every curated entry names a provision of the corpus', () => {
    const ids = new Set(raw.map((p) => p.id));
    for (const item of config.items) for (const d of [...item.include, ...item.exclude]) expect(ids.has(d.provision), d.provision).toBe(true);
    expect(pilotChecklist(documents, classified, config).problems).toEqual([]);
  });

  it.each([
    ['a missing reason', 'source: x\nitems:\n  - item: x/1\n    include:\n      - provision: a/1\n', /reason/],
    ['an unknown key', 'source: x\nitems:\n  - item: x/1\n    includes: []\n', /items\.0/],
    ['a bad provision id', 'source: x\nitems:\n  - item: x/1\n    include:\n      - provision: "../etc"\n        reason: r\n', /provision id/],
    ['an item listed twice', 'source: x\nitems:\n  - item: x/1\n  - item: x/1\n', /twice/],
    ['include and exclude of the same provision', 'source: x\nitems:\n  - item: x/1\n    include: [{provision: a/1, reason: r}]\n    exclude: [{provision: a/1, reason: r}]\n', /both/],
    ['broken YAML', 'source: [', /YAML/],
  ])('rejects %s, naming the file', (_, text, pattern) => {
    expect(() => parseChecklist(text, 'pilot.yml')).toThrow(pattern);
    expect(() => parseChecklist(text, 'pilot.yml')).toThrow(/pilot\.yml/);
  });

  it('rejects an item that is not a numbered item of the source notice', () => {
    const bad = parseChecklist(`source: national-2023-pilot-experience\nitems:\n  - item: qiubei-2021/13\n`, 'x.yml');
    expect(() => pilotChecklist(documents, raw, bad)).toThrow(/not a numbered item/);
  });

  it('reports stale provision ids instead of failing', () => {
    const stale = parseChecklist(readFileSync(`${root}content/pilot-checklist.yml`, 'utf8').replace('qiubei-2021/16', 'qiubei-2021/99'), 'x.yml');
    expect(pilotChecklist(documents, raw, stale).problems.join('\n')).toContain('qiubei-2021/99');
  });
});

describe('the checklist matrix', () => {
  const withThemes = pilotChecklist(documents, classified, config);
  const withoutThemes = pilotChecklist(documents, raw, config);

  it('has one row per numbered item of the notice and one column per other jurisdiction', () => {
    const items = raw.filter((p) => p.docId === 'national-2023-pilot-experience').map((p) => p.id);
    expect(withThemes.rows.map((r) => r.id)).toEqual(items);
    expect(withThemes.rows.map((r) => r.key)).toContain('3.3');
    expect(withThemes.columns.map((c) => c.name).sort()).toEqual(['中宁县', '丘北县', '江口县', '王益区'].sort());
    expect(withThemes.rows.find((r) => r.key === '3.3')!.practice).toBe('深化医养签约服务');
  });

  it('degrades gracefully without themes: text similarity and curated entries only', () => {
    expect(withoutThemes.themesAvailable).toBe(false);
    const all = withoutThemes.rows.flatMap((r) => r.cells.flat());
    expect(all.some((m) => m.via.includes('theme'))).toBe(false);
    expect(all.some((m) => m.via.includes('text'))).toBe(true);
    expect(cell(withoutThemes, '2.2', '丘北县').map((m) => m.provisionId)).toContain('qiubei-2021/16');
    expect(cell(withoutThemes, '2.2', '丘北县').find((m) => m.provisionId === 'qiubei-2021/16')!.via).toEqual(['curated']);
  });

  it('with themes, adds theme matches (signing clauses under 深化医养签约服务)', () => {
    expect(withThemes.themesAvailable).toBe(true);
    const zn = cell(withThemes, '3.3', '中宁县');
    expect(zn.find((m) => m.provisionId === 'zhongning-2021/1')?.via).toContain('theme');
    expect(zn.find((m) => m.provisionId === 'zhongning-2021/1')?.themes).toEqual(['signing']);
  });

  it('curated excludes remove an automatic match and are listed with their reason', () => {
    const row = withThemes.rows.find((r) => r.key === '2.3')!;
    expect(cell(withThemes, '2.3', '中宁县').map((m) => m.provisionId)).not.toContain('zhongning-2021/50');
    expect(row.excluded.map((x) => x.provisionId)).toContain('zhongning-2021/50');
    expect(cell(withThemes, '2.1', '中宁县').map((m) => m.provisionId)).toContain('zhongning-2021/50');
  });

  it('every match links to a provision of its column and carries its url', () => {
    for (const row of withThemes.rows) {
      row.cells.forEach((cellList, i) => {
        for (const m of cellList) {
          expect(withThemes.columns[i]!.docIds).toContain(m.docId);
          expect(m.url).toBe(raw.find((p) => p.id === m.provisionId)!.url);
        }
      });
    }
  });

  it('practice headlines are the first sentence', () => {
    expect(practiceHeadline('加强部门工作合力。一些试点单位……')).toBe('加强部门工作合力');
    expect(practiceHeadline('没有句号的长文本'.repeat(10))).toHaveLength(20);
  });
});
