// The draft checker's pure half: the compact index file and the in-browser search, on the real seeds.
import { describe, expect, it } from 'vitest';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { buildDraftIndex, MAX_DRAFT_LENGTH, searchDraft } from '../../src/reuse/draftSearch.ts';
import { normalizeForReuse } from '../../src/reuse/normalizeText.ts';
import { REUSE_PARAMS } from '../../src/reuse/params.ts';
import { buildReuseIndexFile, parseReuseIndexFile } from '../../src/reuse/reuseIndexFile.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ingestCorpus(`${root}seeds`, loadGazetteer(`${root}content/jurisdictions.yml`), root);
const documents = corpus.documents.map((d) => d.document);
const provisions = corpus.documents.flatMap((d) => d.provisions);
const text = (id: string) => provisions.find((p) => p.id === id)!.text;

// Exactly what the browser does: serialise, parse back, rebuild the index from the file.
const file = parseReuseIndexFile(JSON.parse(JSON.stringify(buildReuseIndexFile(documents, provisions, { ...REUSE_PARAMS }))));
const index = buildDraftIndex(file.provisions.map(([d, id, , , t]) => ({ id, docId: file.documents[d]!.id, text: t })), file.params);

describe('the compact index file', () => {
  it('holds every provision with its document, label, link and text', () => {
    expect(file.provisions.length).toBe(provisions.length);
    const row = file.provisions.find((p) => p[1] === 'qiubei-2021/13')!;
    expect(file.documents[row[0]]!.id).toBe('qiubei-2021');
    expect(row[3]).toBe(provisions.find((p) => p.id === 'qiubei-2021/13')!.url);
    expect(row[4]).toBe(text('qiubei-2021/13'));
  });

  it.each([
    ['not an object', 'x'],
    ['wrong format', { format: 'other', params: {}, documents: [], provisions: [] }],
    ['bad provision tuple', { format: 'yiyang-reuse-index/1', params: { minSpan: 8 }, documents: [{ id: 'a', title: 't', jurisdiction: 'j' }], provisions: [[0, 'a/1', '1', 'javascript:alert(1)', 'x']] }],
    ['a link to another host', { format: 'yiyang-reuse-index/1', params: {}, documents: [{ id: 'a', title: 't', jurisdiction: 'j' }], provisions: [[0, 'a/1', '1', '//evil.example/documents/a/#p-1', 'x']] }],
    ['document index out of range', { format: 'yiyang-reuse-index/1', params: {}, documents: [], provisions: [[0, 'a/1', '1', '/documents/a/#p-1', 'x']] }],
    ['non-numeric param', { format: 'yiyang-reuse-index/1', params: { minSpan: '8' }, documents: [], provisions: [] }],
  ])('rejects a broken file: %s', (_, data) => {
    expect(() => parseReuseIndexFile(data)).toThrow(/reuse index/);
  });
});

describe('searching a pasted draft', () => {
  it.each([
    ['zhongning-2021/45', ['qiubei-2021/11']],
    ['zhongning-2021/43', ['qiubei-2021/13', 'jiangkou-2022/2.1.5']],
    ['zhongning-2021/8', ['qiubei-2021/8']],
    ['qiubei-2021/11', ['zhongning-2021/45']],
  ])('pasting %s lists it and its counterparts first', (id, counterparts) => {
    const matches = searchDraft(index, text(id));
    const top = matches.slice(0, counterparts.length + 1).map((m) => m.id);
    expect(top[0]).toBe(id);
    expect(new Set(top)).toEqual(new Set([id, ...counterparts]));
    for (const m of matches.slice(0, counterparts.length + 1)) {
      expect(m.spans.length).toBeGreaterThan(0);
      m.draftSpans.forEach(([s, e], k) => {
        const [s2, e2] = m.spans[k]!;
        expect(normalizeForReuse(text(id).slice(s, e))).toBe(normalizeForReuse(text(m.id).slice(s2, e2)));
      });
    }
  });

  it('finds the clause in a re-punctuated draft with an edit, and scores are best first', () => {
    const draft = text('zhongning-2021/8').replaceAll('，', ' ').replace('简化手续', '进一步简化手续');
    const matches = searchDraft(index, draft);
    expect(matches[0]!.id).toBe('zhongning-2021/8');
    expect(matches.map((m) => m.id)).toContain('qiubei-2021/8');
    for (let k = 1; k < matches.length; k += 1) expect(matches[k]!.score).toBeLessThanOrEqual(matches[k - 1]!.score);
  });

  it('returns nothing for unrelated or empty text', () => {
    expect(searchDraft(index, 'The quick brown fox jumps over the lazy dog.')).toEqual([]);
    expect(searchDraft(index, '')).toEqual([]);
    expect(searchDraft(index, '，。！')).toEqual([]);
  });

  it('bounds hostile input: a huge repetitive paste is truncated and answered quickly', () => {
    const started = performance.now();
    const matches = searchDraft(index, '医养结合'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(3000);
    for (const m of matches) for (const [, e] of m.draftSpans) expect(e).toBeLessThanOrEqual(MAX_DRAFT_LENGTH);
  });

  it('respects limit and minScore', () => {
    expect(searchDraft(index, text('qiubei-2021/13'), { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(searchDraft(index, text('qiubei-2021/13'), { minScore: 0.99 }).every((m) => m.score >= 0.99)).toBe(true);
  });
});
