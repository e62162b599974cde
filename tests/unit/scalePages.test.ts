// The bounds that keep corpus-wide pages from growing with the corpus: pagination (a page never
// holds more than its cap, every item is on exactly one page, links between pages are right), the
// theme pages and overview split by jurisdiction, the paged clusters and checklist. Checked on the
// real seeds and on a synthetic corpus of thousands of jurisdictions made from them.
import { describe, expect, it } from 'vitest';
import { realThemeCorpus } from './helpers.ts';
import { pageCount, pageOfIndex, pageParam, pagedPath, pagerWindow, paginate } from '../../src/lib/pagination.ts';
import { loadChecklist } from '../../src/reuse/checklistSchema.ts';
import { CHECKLIST_JURISDICTIONS_PER_PAGE, checklistPages, MATCHES_SHOWN, shownMatches } from '../../src/reuse/checklistPages.ts';
import { CLUSTERS_PER_PAGE, clusterPages, MEMBERS_SHOWN, shownMembers } from '../../src/reuse/clusterPages.ts';
import type { ReuseCluster } from '../../src/reuse/clusters.ts';
import { pilotChecklist, type ChecklistMatch } from '../../src/reuse/pilotChecklist.ts';
import type { PolicyDocument, Provision } from '../../src/schemas/corpus.ts';
import { comparisonMatrix, matrixPages } from '../../src/themes/comparisonMatrix.ts';
import { groupByJurisdiction } from '../../src/themes/jurisdictionGroups.ts';
import { themeColumns } from '../../src/themes/themeColumns.ts';
import { columnPagePath, JURISDICTIONS_PER_PAGE, themeColumnPages, themeOverview, themePagePath } from '../../src/themes/themePages.ts';

const { root, documents, provisions, themes, exceptions } = realThemeCorpus();

/**
 * `n` copies of the real local documents, each in its own invented jurisdiction (spread over a few
 * provinces), with the original's provisions and themes: enough to span many pages.
 */
function syntheticCorpus(n: number, provisionsPerDocument = Infinity): { documents: PolicyDocument[]; provisions: Provision[] } {
  const locals = documents.filter((d) => d.jurisdiction.level !== 'national');
  const docs: PolicyDocument[] = [];
  const provs: Provision[] = [];
  for (let i = 0; i < n; i += 1) {
    const model = locals[i % locals.length]!;
    const id = `place${i}-2024`;
    docs.push({ ...model, id, jurisdiction: { ...model.jurisdiction, name: `地${i}县`, nameEn: `Place ${i} County`, province: `省${i % 7}` } });
    const own = provisions.filter((p) => p.docId === model.id && p.themes.length > 0).slice(0, provisionsPerDocument);
    for (const p of own) provs.push({ ...p, id: `${id}/${p.id.split('/')[1]}`, docId: id });
  }
  return { documents: docs, provisions: provs };
}

/** Checks that pages hold at most `cap` items and together hold every item once, in order. */
function expectPartition<T>(pages: readonly { items: readonly T[] }[], all: readonly T[], cap: number): void {
  for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(cap);
  expect(pages.flatMap((p) => p.items)).toEqual(all);
}

describe('pagination', () => {
  it('never puts more than the cap on a page and every item on exactly one page, in order', () => {
    for (const [n, size] of [[0, 10], [1, 10], [10, 10], [11, 10], [2850, 100], [57, 1]] as const) {
      const items = Array.from({ length: n }, (_, i) => i);
      const pages = paginate(items, size);
      expect(pages.length).toBe(pageCount(n, size));
      expect(pages.length).toBe(Math.max(1, Math.ceil(n / size)));
      expectPartition(pages, items, size);
      pages.forEach((p, i) => {
        expect(p.page).toBe(i + 1);
        expect(p.pageCount).toBe(pages.length);
        expect(p.total).toBe(n);
        expect(p.start).toBe(i * size);
        // Only the last page may be short.
        if (i < pages.length - 1) expect(p.items.length).toBe(size);
        for (const [k] of p.items.entries()) expect(pageOfIndex(p.start + k, size)).toBe(p.page);
      });
    }
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });

  it('gives page 1 the list\'s own path and later pages page/N/, and the matching route parameter', () => {
    expect(pagedPath('/documents/', 1)).toBe('/documents/');
    expect(pagedPath('/documents/', 2)).toBe('/documents/page/2/');
    expect(pagedPath('/themes/land/', 29)).toBe('/themes/land/page/29/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(`/documents/${pageParam(3)}/`).toBe(pagedPath('/documents/', 3));
  });

  it('the pager links to a bounded window: first, last, current and its neighbours, gaps marked', () => {
    expect(pagerWindow(1, 1)).toEqual([1]);
    expect(pagerWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(1, 143)).toEqual([1, 2, 3, null, 143]);
    expect(pagerWindow(50, 143)).toEqual([1, null, 48, 49, 50, 51, 52, null, 143]);
    // A gap of one page shows the page instead of an ellipsis.
    expect(pagerWindow(4, 143)).toEqual([1, 2, 3, 4, 5, 6, null, 143]);
    for (const count of [1, 2, 7, 30, 2850]) {
      for (let page = 1; page <= count; page += Math.max(1, Math.floor(count / 13))) {
        const w = pagerWindow(page, count);
        expect(w.length).toBeLessThanOrEqual(9);
        const numbers = w.filter((n): n is number => n !== null);
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        expect(numbers).toContain(page);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
      }
    }
  });
});

describe('theme pages and the overview, paged by jurisdiction', () => {
  const big = syntheticCorpus(2 * JURISDICTIONS_PER_PAGE + 7);
  const groups = groupByJurisdiction(big.documents);

  it('the five seeds fit on one page, as before', () => {
    const seedGroups = groupByJurisdiction(documents);
    for (const t of themes) expect(themeColumnPages(themeColumns(t.slug, seedGroups, provisions, exceptions)).length).toBe(1);
    expect(matrixPages(comparisonMatrix(themes, seedGroups, provisions, exceptions)).length).toBe(1);
  });

  it('splits a theme\'s columns into pages of at most JURISDICTIONS_PER_PAGE, each column once', () => {
    const columns = themeColumns('land', groups, big.provisions, []);
    const pages = themeColumnPages(columns);
    expect(pages.length).toBe(3);
    expectPartition(pages, columns, JURISDICTIONS_PER_PAGE);
  });

  it('each overview cell links to the theme page that holds that column', () => {
    const matrix = comparisonMatrix(themes, groups, big.provisions, []);
    for (const r of matrix.rows) {
      const pages = themeColumnPages(themeColumns(r.theme.slug, groups, big.provisions, []));
      const pageOf = new Map(pages.flatMap((p) => p.items.map((c) => [c.group.id, p.page] as const)));
      for (const c of r.cells) {
        expect(c.path).toBe(`${themePagePath(r.theme.slug, pageOf.get(c.column)!)}#col-${c.column}`);
      }
    }
    const last = groups[groups.length - 1]!.id;
    expect(columnPagePath('land', last, groups.length - 1)).toBe(`/themes/land/page/3/#col-${last}`);
    expect(columnPagePath('land', groups[0]!.id, 0)).toBe(`/themes/land/#col-${groups[0]!.id}`);
  });

  it('the overview\'s pages have the same jurisdictions as the theme pages, with corpus-wide totals', () => {
    const matrix = comparisonMatrix(themes, groups, big.provisions, []);
    const pages = matrixPages(matrix);
    expect(pages.length).toBe(3);
    expectPartition(pages.map((p) => ({ items: p.columns })), groups, JURISDICTIONS_PER_PAGE);
    const landColumns = themeColumnPages(themeColumns('land', groups, big.provisions, []));
    pages.forEach((page, i) => {
      expect(page.columns.map((g) => g.id)).toEqual(landColumns[i]!.items.map((c) => c.group.id));
      expect(page.max).toBe(matrix.max);
      page.rows.forEach((r, k) => {
        expect(r.cells.length).toBe(page.columns.length);
        expect(r.cells.map((c) => c.column)).toEqual(page.columns.map((g) => g.id));
        expect(r.total).toBe(matrix.rows[k]!.total);
        expect(r.jurisdictions).toBe(groups.length);
      });
    });
  });

  it('takes the largest count with a loop: 150,000 cells do not overflow the stack', () => {
    const many = syntheticCorpus(10_000, 2);
    const g = groupByJurisdiction(many.documents);
    const matrix = comparisonMatrix(themes, g, many.provisions, []);
    expect(matrix.rows.length * g.length).toBeGreaterThanOrEqual(150_000);
    let max = 0;
    for (const r of matrix.rows) for (const c of r.cells) max = Math.max(max, c.count);
    expect(matrix.max).toBe(max);
    expect(max).toBeGreaterThan(0);
  });

  it('the overview by province and level counts every jurisdiction once', () => {
    const columns = themeColumns('land', groups, big.provisions, []);
    const o = themeOverview(columns);
    expect(o.jurisdictions).toBe(groups.length);
    expect(o.found).toBe(columns.filter((c) => c.status === 'found').length);
    expect(o.provisions).toBe(columns.reduce((n, c) => n + c.count, 0));
    expect(o.byProvince.length).toBe(7);
    for (const rows of [o.byProvince, o.byLevel]) {
      expect(rows.reduce((n, r) => n + r.jurisdictions, 0)).toBe(o.jurisdictions);
      expect(rows.reduce((n, r) => n + r.found, 0)).toBe(o.found);
      expect(rows.reduce((n, r) => n + r.provisions, 0)).toBe(o.provisions);
    }
    const p3 = columns.filter((c) => c.group.jurisdiction.province === '省3');
    expect(o.byProvince.find((r) => r.key === '省3')).toEqual({ key: '省3', jurisdictions: p3.length, found: p3.filter((c) => c.status === 'found').length, provisions: p3.reduce((n, c) => n + c.count, 0) });
    // On the seeds: the national notice has no province, and the levels come in order.
    const seeds = themeOverview(themeColumns('land', groupByJurisdiction(documents), provisions, exceptions));
    expect(seeds.byProvince.some((r) => r.key === '')).toBe(true);
    expect(seeds.byLevel[0]!.key).toBe('national');
  });
});

describe('shared-text clusters, paged', () => {
  const cluster = (rank: number, members: number): ReuseCluster => ({
    rank,
    members: Array.from({ length: members }, (_, i) => `d${i}/1`),
    documents: Array.from({ length: members }, (_, i) => `d${i}`),
    pairs: [],
    maxScore: 1,
    meanScore: 1,
  });

  it('pages hold at most CLUSTERS_PER_PAGE clusters, strongest first, each once', () => {
    const clusters = Array.from({ length: 3 * CLUSTERS_PER_PAGE + 1 }, (_, i) => cluster(i + 1, 2));
    const pages = clusterPages(clusters);
    expect(pages.length).toBe(4);
    expectPartition(pages, clusters, CLUSTERS_PER_PAGE);
    expect(pages[1]!.items[0]!.rank).toBe(CLUSTERS_PER_PAGE + 1);
    // Memoised: the route and the page read the same pages.
    expect(clusterPages(clusters)).toBe(pages);
    expect(clusterPages([])).toHaveLength(1);
  });

  it('a cluster names at most MEMBERS_SHOWN members and counts the rest', () => {
    const huge = cluster(1, 2850).members;
    expect(shownMembers(huge)).toEqual({ shown: huge.slice(0, MEMBERS_SHOWN), more: 2850 - MEMBERS_SHOWN });
    expect(shownMembers(huge.slice(0, 3))).toEqual({ shown: huge.slice(0, 3), more: 0 });
  });
});

describe('pilot checklist, paged by jurisdiction', () => {
  const config = loadChecklist(`${root}content/pilot-checklist.yml`);
  const national = documents.find((d) => d.id === config.source)!;
  const big = syntheticCorpus(CHECKLIST_JURISDICTIONS_PER_PAGE + 5);
  const checklist = pilotChecklist(
    [national, ...big.documents],
    [...provisions.filter((p) => p.docId === national.id), ...big.provisions],
    { ...config, items: [] },
  );

  it('splits the columns into pages of at most the cap, each once, with corpus-wide row counts', () => {
    expect(checklist.columns.length).toBe(CHECKLIST_JURISDICTIONS_PER_PAGE + 5);
    const pages = checklistPages(checklist);
    expect(pages.length).toBe(2);
    expectPartition(pages.map((p) => ({ items: p.checklist.columns })), checklist.columns, CHECKLIST_JURISDICTIONS_PER_PAGE);
    for (const p of pages) {
      expect(p.jurisdictions).toBe(checklist.columns.length);
      p.checklist.rows.forEach((r, k) => {
        expect(r.cells.length).toBe(p.checklist.columns.length);
        expect(r.cells).toEqual(checklist.rows[k]!.cells.slice(p.start, p.start + p.checklist.columns.length));
        expect(p.rowFound[k]).toBe(checklist.rows[k]!.cells.filter((c) => c.length > 0).length);
      });
    }
    expect(pages[0]!.rowFound.some((n) => n > CHECKLIST_JURISDICTIONS_PER_PAGE)).toBe(true);
  });

  it('a cell lists at most MATCHES_SHOWN clauses, curated ones first, and counts the rest', () => {
    const match = (i: number, reason: string | null): ChecklistMatch => ({ provisionId: `d/${i}`, docId: 'd', label: String(i), anchor: `p-${i}`, url: '/', via: reason ? ['curated'] : ['text'], themes: [], score: 0.2, reason });
    const cell = Array.from({ length: MATCHES_SHOWN + 4 }, (_, i) => match(i, i === MATCHES_SHOWN + 2 ? 'curated' : null));
    const { shown, more } = shownMatches(cell);
    expect(shown.length).toBe(MATCHES_SHOWN);
    expect(more).toBe(4);
    expect(shown[0]!.reason).toBe('curated');
    expect(shownMatches(cell.slice(0, 2))).toEqual({ shown: cell.slice(0, 2), more: 0 });
  });
});
