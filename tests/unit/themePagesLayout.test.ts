// Matrix geometry and shading, and the hide/reorder state kept in the URL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemes } from '../../src/classify/index.ts';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { comparisonMatrix } from '../../src/themes/comparisonMatrix.ts';
import { loadCoverage } from '../../src/themes/coverage.ts';
import { defaultState, moveColumn, readColumnState, setVisible, writeColumnState } from '../../src/themes/columnState.ts';
import { groupByJurisdiction } from '../../src/themes/jurisdictionGroups.ts';
import { contrastRatio, DEFAULT_LAYOUT, legendSteps, luminance, matrixLayout, NOT_APPLICABLE_FILL, readableTextOn, shadeScale } from '../../src/themes/matrixLayout.ts';

const root = new URL('../..', import.meta.url).pathname;
const corpus = buildCorpus(root);
const groups = groupByJurisdiction(corpus.documents.map((d) => d.document));
const matrix = comparisonMatrix(
  loadThemes(join(root, 'content/themes')),
  groups,
  corpus.documents.flatMap((d) => d.provisions),
  loadCoverage(join(root, 'content/theme-coverage.yml')),
);

describe('matrix layout', () => {
  const layout = matrixLayout(matrix);

  it('draws one box per cell, in a grid that does not overlap and fits the drawing', () => {
    expect(layout.cells).toHaveLength(matrix.rows.length * matrix.columns.length);
    const seen = new Set(layout.cells.map((c) => `${c.cell.theme}|${c.cell.column}`));
    expect(seen.size).toBe(layout.cells.length);
    for (const a of layout.cells) {
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      expect(a.x).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.rowLabelWidth);
      expect(a.y).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.headerHeight);
    }
    for (const a of layout.cells) {
      for (const b of layout.cells) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('shades found cells darker with the count, and fills silent and not-applicable cells differently', () => {
    const found = layout.cells.filter((c) => c.cell.status === 'found');
    const silent = layout.cells.filter((c) => c.cell.status === 'silent');
    const na = layout.cells.filter((c) => c.cell.status === 'not-applicable');
    expect(found.length).toBeGreaterThan(0);
    expect(silent.length).toBeGreaterThan(0);
    expect(na.length).toBeGreaterThan(0);
    for (const c of silent) expect(c.fill).toBe(`url(#${DEFAULT_LAYOUT.silentPatternId})`);
    for (const c of na) expect(c.fill).toBe(NOT_APPLICABLE_FILL);
    const sorted = [...found].sort((a, b) => a.cell.count - b.cell.count);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.cell.count > sorted[i - 1]!.cell.count) expect(luminance(sorted[i]!.fill)).toBeLessThan(luminance(sorted[i - 1]!.fill));
    }
  });

  it('prints every count in a colour readable on its shade (WCAG AA)', () => {
    for (const c of layout.cells.filter((x) => x.cell.status === 'found')) expect(contrastRatio(c.fill, c.textFill)).toBeGreaterThanOrEqual(4.5);
    // Any count on any scale, including the mid shades where dark and white text are closest.
    for (let n = 1; n <= 40; n++) {
      const fill = shadeScale(40)(n);
      expect(contrastRatio(fill, readableTextOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has legend steps from 1 to the largest count', () => {
    expect(legendSteps(matrix.max)[0]).toBe(1);
    expect(legendSteps(matrix.max).at(-1)).toBe(matrix.max);
    expect(legendSteps(10)).toEqual([1, 2, 4, 6, 8, 10]);
    expect(legendSteps(1)).toEqual([1]);
    expect(legendSteps(0)).toEqual([]);
    const steps = legendSteps(37);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.every(Number.isInteger)).toBe(true);
  });
});

describe('column state in the URL', () => {
  const ids = groups.map((g) => g.id);

  it('the default state writes nothing and reads back as the default', () => {
    expect(writeColumnState(defaultState(ids), ids)).toBe('');
    expect(readColumnState('', ids)).toEqual(defaultState(ids));
  });

  it('round-trips a reordered, partly hidden view and keeps other parameters', () => {
    let state = moveColumn(defaultState(ids), ids[3]!, -3);
    state = setVisible(state, ids[1]!, false);
    const query = writeColumnState(state, ids, '?q=用地');
    expect(query).toBe(`?q=%E7%94%A8%E5%9C%B0&order=${[ids[3], ids[0], ids[1], ids[2], ...ids.slice(4)].join(',')}&hide=${ids[1]}`);
    expect(readColumnState(query, ids)).toEqual(state);
  });

  it('ignores unknown and repeated ids and appends missing ones, so old links still show every column', () => {
    const s = readColumnState(`?order=nowhere,${ids[2]},${ids[2]},<script>&hide=${ids[0]},nowhere`, ids);
    expect(s.order).toEqual([ids[2], ...ids.filter((id) => id !== ids[2])]);
    expect(s.hidden).toEqual([ids[0]]);
  });

  it('moves clamp at the ends; showing and hiding are idempotent', () => {
    const first = ids[0]!;
    expect(moveColumn(defaultState(ids), first, -1).order).toEqual(ids);
    expect(moveColumn(defaultState(ids), first, 99).order.at(-1)).toBe(first);
    const hidden = setVisible(setVisible(defaultState(ids), first, false), first, false);
    expect(hidden.hidden).toEqual([first]);
    expect(setVisible(hidden, first, true).hidden).toEqual([]);
    expect(setVisible(defaultState(ids), 'nowhere', false).hidden).toEqual([]);
  });
});
