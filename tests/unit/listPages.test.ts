// Splitting corpus-wide lists into pages and the page links between them.
import { describe, expect, it } from 'vitest';
import { chunk, chunkByRun } from '../../src/lib/pagination.ts';
import { artefactSummary } from '../../src/lib/artefactSummary.ts';
import type { PolicyDocument } from '../../src/schemas/corpus.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('chunk', () => {
  it.each([0, 1, 199, 200, 201, 1000, 1001])('puts every one of %i items on exactly one page of at most 200, in order', (n) => {
    const pages = chunk(numbers(n), 200);
    expect(pages.length).toBe(Math.max(1, Math.ceil(n / 200)));
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(200);
    expect(pages.flat()).toEqual(numbers(n));
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(/positive integer/u);
    expect(() => chunkByRun([1], 1.5, String)).toThrow(/positive integer/u);
  });
});

describe('chunkByRun', () => {
  const items = (runs: [string, number][]) => runs.flatMap(([k, n]) => Array.from({ length: n }, (_, i) => ({ k, i })));

  it('keeps runs together where they fit and never exceeds the page size', () => {
    const list = items([['a', 3], ['b', 4], ['c', 2], ['d', 5]]);
    const pages = chunkByRun(list, 6, (x) => x.k);
    expect(pages.map((p) => [...new Set(p.map((x) => x.k))])).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(pages.flat()).toEqual(list);
  });

  it('cuts a run longer than a page into pages of its own, filling the last one on', () => {
    const list = items([['a', 2], ['b', 13], ['c', 1]]);
    const pages = chunkByRun(list, 5, (x) => x.k);
    expect(pages.map((p) => p.length)).toEqual([2, 5, 5, 4]);
    expect(pages[3]!.map((x) => x.k)).toEqual(['b', 'b', 'b', 'c']);
    expect(pages.flat()).toEqual(list);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(5);
  });

  it('gives one empty page for no items', () => {
    expect(chunkByRun([], 5, String)).toEqual([[]]);
  });
});

describe('artefactSummary', () => {
  const doc = (id: string, structure: string, artefacts: number, provisionCount = 3) =>
    ({ id, structure, provisionCount, artefacts: Array.from({ length: artefacts }, (_, i) => ({ line: i + 1, kind: 'markup', text: 'x', reason: 'r' })) }) as unknown as PolicyDocument;

  it('lists every document, in order, when they fit', () => {
    const docs = [doc('b', 'task-table', 0), doc('a', 'numbered-plan', 2)];
    const s = artefactSummary(docs, 5);
    expect(s.listed.map((d) => d.id)).toEqual(['b', 'a']);
    expect(s.total).toBe(2);
  });

  it('lists a fixed number, most artefacts first, and counts the whole corpus per structure', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => doc(`d${String(i).padStart(4, '0')}`, i % 3 === 0 ? 'task-table' : 'numbered-plan', i % 7));
    const s = artefactSummary(docs, 20);
    expect(s.listed).toHaveLength(20);
    expect(s.listed.every((d) => d.artefacts.length === 6)).toBe(true);
    expect(s.byStructure.reduce((n, c) => n + c.documents, 0)).toBe(3000);
    expect(s.byStructure.reduce((n, c) => n + c.artefacts, 0)).toBe(docs.reduce((n, d) => n + d.artefacts.length, 0));
    expect(s.byStructure.find((c) => c.structure === 'task-table')!.documents).toBe(1000);
  });
});
