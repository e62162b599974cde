// The benchmark report: targets judged from the numbers given (never passed when not measured),
// the chart's accessible, escaped SVG, and the markdown tables.
import { describe, expect, it } from 'vitest';
import { benchChartSvg } from '../../src/bench/benchChart.ts';
import { benchReportMarkdown } from '../../src/bench/benchReport.ts';
import { astroDuration, buildLogPhases } from '../../src/bench/buildLogPhases.ts';
import type { BenchDetail, BenchSummary } from '../../src/bench/benchResult.ts';
import { percentile } from '../../src/bench/percentile.ts';
import { evaluateTargets, targetResult, TARGETS, type BrowserFacts } from '../../src/bench/targets.ts';

function summary(docs: number, buildMs: number, rssMB: number, chunkKB: number | null = 40): BenchSummary {
  return {
    docs,
    provisions: docs * 53,
    pages: docs + 70,
    ms: { ingest: docs * 10, classify: docs * 5, similarity: null, astroBuild: buildMs, pagefind: buildMs / 3, total: buildMs * 1.5 },
    peakRssMB: rssMB,
    distMB: docs / 10,
    pagefindMB: docs / 100,
    largestPagefindChunkKB: chunkKB,
    largestHtmlKB: 100,
  };
}

const browser = (coldMs: number, gzipBytes: number, lighthouse: number): BrowserFacts => ({
  summary: { coldP95Ms: coldMs, warmP95Ms: coldMs / 4, coldP95GzipBytes: gzipBytes, coldMaxRawBytes: gzipBytes * 4 },
  pages: [{ name: 'document', path: '/documents/x-2020/', transfer: { gzipBytes: 50 * 1024, jsGzipBytes: 5 * 1024 } }],
  lighthouse: [{ name: 'home', score: lighthouse }],
});

describe('evaluateTargets', () => {
  const byTarget = (rows: ReturnType<typeof evaluateTargets>, start: string) => rows.find((r) => r.target.startsWith(start))!;

  it('passes a run inside every target and fails one outside it', () => {
    const good = evaluateTargets(new Map([[5, summary(5, 10_000, 700)], [100, summary(100, 40_000, 1500)], [2850, summary(2850, 200_000, 3000)]]), new Map([[2850, browser(200, 200 * 1024, 98)]]));
    expect(good.filter((r) => r.pass !== true)).toEqual([]);
    const bad = evaluateTargets(new Map([[5, summary(5, 25_000, 700)], [100, summary(100, 40_000, 1500)], [2850, summary(2850, 2_000_000, 11_000, 1400)]]), new Map([[2850, browser(5000, 3 * 1024 * 1024, 40)]]));
    for (const start of ['2850 documents end to end', '2850 documents peak RSS', 'build time per document', 'five-seed build', 'largest Pagefind', 'first search < 300 KB', 'first search < 300 ms', 'Lighthouse']) {
      expect(byTarget(bad, start).pass, start).toBe(false);
    }
  });

  it('names the smaller sizes that miss a search target judged on the largest', () => {
    const at = (warmP95Ms: number, coldP95Ms = 200): BrowserFacts => {
      const base = browser(coldP95Ms, 100 * 1024, 98);
      return { ...base, summary: { ...base.summary, warmP95Ms } };
    };
    const rows = evaluateTargets(new Map(), new Map([[100, at(98)], [1000, at(127, 320)], [2850, at(81)]]));
    const warm = byTarget(rows, 'warm search');
    expect(warm).toMatchObject({ pass: true, missedAt: [1000] });
    expect(targetResult(warm)).toBe('met; **not met at N = 1000**');
    expect(byTarget(rows, 'first search < 300 ms')).toMatchObject({ pass: true, missedAt: [1000] });
    expect(byTarget(rows, 'first search < 300 KB')).toMatchObject({ pass: true, missedAt: [] });
    expect(targetResult(byTarget(rows, 'first search < 300 KB'))).toBe('met');
    // The largest size missing is the result itself, not a note.
    const failing = byTarget(evaluateTargets(new Map(), new Map([[100, at(130)], [2850, at(140)]])), 'warm search');
    expect(targetResult(failing)).toBe('**not met**; **not met at N = 100**');
    expect(targetResult({ target: 'x', measured: 'not measured', pass: null })).toBe('not measured');
  });

  it('judges the warm search on the complete step, showing the first results drawn beside it', () => {
    const slow = browser(200, 100 * 1024, 98);
    const facts: BrowserFacts = { ...slow, summary: { ...slow.summary, warmP95Ms: 130, warmFirstP95Ms: 60 } };
    const row = byTarget(evaluateTargets(new Map(), new Map([[2850, facts]])), 'warm search');
    expect(row.pass).toBe(false);
    expect(row.measured).toBe('130 ms, first results drawn 60 ms (N = 2850)');
    // Without a separate first drawing (older results, or all at once), only the step's time.
    expect(byTarget(evaluateTargets(new Map(), new Map([[2850, browser(200, 100 * 1024, 98)]])), 'warm search').measured).toBe('50 ms (N = 2850)');
  });

  it('computes the per-document ratio from the two runs', () => {
    const rows = evaluateTargets(new Map([[100, summary(100, 50_000, 1)], [2850, summary(2850, 2850 * 500 * 1.4, 1)]]), new Map());
    expect(byTarget(rows, 'build time per document').measured).toMatch(/^1\.40 ×/u);
    expect(byTarget(rows, 'build time per document').pass).toBe(true);
  });

  it('reports what was not measured as not measured, never as met', () => {
    const rows = evaluateTargets(new Map(), new Map());
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.pass === null && r.measured === 'not measured')).toBe(true);
  });

  it('uses the 5-minute and 4 GB limits of the issue', () => {
    expect(TARGETS.endToEndMs).toBe(300_000);
    expect(TARGETS.peakRssMB).toBe(4096);
  });
});

describe('percentile', () => {
  it('is the nearest rank: the slowest of a few samples at p95, the middle at p50', () => {
    expect(percentile([30, 10, 20], 95)).toBe(30);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('benchChartSvg', () => {
  const svg = benchChartSvg([summary(100, 60_000, 1600), summary(5, 5000, 700), summary(2850, 600_000, 9000)]);

  it('is an accessible image with a title and a description holding the numbers', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(svg).toMatch(/<title id="bench-title">[^<]+<\/title>/u);
    expect(svg).toContain('2850 documents: build 600.0 s');
    expect(svg).toContain('target: 5 min');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('draws one line per series with markers of two shapes (not colour alone)', () => {
    expect(svg.match(/<path d="M/gu)?.length).toBe(3);
    expect(svg).toContain('<rect x=');
    expect(svg).toContain('<circle');
    expect(svg).toContain('stroke-dasharray="6 3"');
  });

  it('has balanced tags and no unescaped markup in text', () => {
    const opened = svg.match(/<(g|svg|text|title|desc|style)\b/gu)?.length ?? 0;
    const closed = svg.match(/<\/(g|svg|text|title|desc|style)>/gu)?.length ?? 0;
    expect(opened).toBe(closed);
  });
});

describe('benchReportMarkdown', () => {
  const detail = (s: BenchSummary): BenchDetail => ({
    summary: s,
    ok: true,
    exitCode: 0,
    generatedMs: 1,
    ingestErrors: [],
    ingestWarnings: 0,
    similarityEntry: null,
    stagesRssMB: 1,
    maxSingleProcessMB: 1,
    pagefindPeakRssMB: 1,
    largestHtml: 'timeline/index.html',
    largestPagefindChunk: null,
    searchDataKB: 10,
    buildLog: '',
    distDir: '',
    load: { before: 1, after: 2 },
    startedAt: '',
  });

  it('lists the browser measures per query set when the results have them', () => {
    const browser = {
      searchMode: 'ui',
      summary: { coldP95Ms: 180, warmP95Ms: 90, coldP95GzipBytes: 90 * 1024, coldMaxRawBytes: 300 * 1024, coldMaxGzipBytes: 95 * 1024 },
      sets: [
        { label: 'policy phrases', queries: ['划拨土地', '家庭病床'], coldP95Ms: 170, warmP95Ms: 40, coldP95GzipBytes: 90 * 1024 },
        { label: 'indexed words', queries: ['贷款政策'], coldP95Ms: 180, warmP95Ms: 95, coldP95GzipBytes: 85 * 1024 },
      ],
      pages: [],
      lighthouse: null,
    };
    const md = benchReportMarkdown({
      machine: { cpus: 2, cpuModel: 'cpu', memoryGB: 24, node: '24.0.0', os: 'Linux' },
      builds: [detail(summary(2850, 300_000, 3900))],
      browsers: new Map([[2850, browser]]),
      chartFile: 'benchmarks.svg',
      findings: '',
      generatedAt: 'now',
    });
    expect(md).toContain('| 2,850 | policy phrases | 划拨土地、家庭病床 | 170 | 40 | 90.0 |');
    expect(md).toContain('| 2,850 | indexed words | 贷款政策 | 180 | 95 | 85.0 |');
    expect(md).toContain('that the most documents hold (1 per site)');
  });

  it('writes one table row per size, in order, escapes pipes, and keeps the findings', () => {
    const md = benchReportMarkdown({
      machine: { cpus: 2, cpuModel: 'CPU | model', memoryGB: 24, node: '24.0.0', os: 'Linux' },
      builds: [detail(summary(100, 60_000, 1600)), detail(summary(5, 5000, 700))],
      browsers: new Map(),
      chartFile: 'benchmarks.svg',
      findings: '## Findings\n\nsomething measured',
      generatedAt: 'now',
    });
    expect(md).toContain('CPU \\| model');
    expect(md).toContain('![Build time and peak memory against the number of documents](benchmarks.svg)');
    const rows = md.split('\n').filter((l) => /^\| (5|100) \|/u.test(l));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| 5', '| 100']);
    expect(md.trim().endsWith('something measured')).toBe(true);
    expect(md).toContain('not measured');
  });

  it('says when each size was measured, so rows of different runs are told apart', () => {
    const at = (startedAt: string) => ({ ...detail(summary(5, 5000, 700)), startedAt });
    const md = benchReportMarkdown({
      machine: { cpus: 2, cpuModel: 'cpu', memoryGB: 24, node: '24.0.0', os: 'Linux' },
      builds: [at('2026-11-28T23:08:11.506Z'), { ...at(''), summary: summary(100, 60_000, 1600) }],
      browsers: new Map(),
      chartFile: 'benchmarks.svg',
      findings: '',
      generatedAt: 'now',
    });
    const cells = (docs: string) => md.split('\n').find((l) => l.startsWith(`| ${docs} |`))!.split(' | ');
    expect(cells('5').at(-1)).toBe('2026-11-28 23:08 |');
    expect(cells('100').at(-1)).toBe('— |');
  });
});

describe('the draft checker section', () => {
  const base = {
    summary: summary(2850, 200_000, 3300),
    ok: true, exitCode: 0, generatedMs: 1, ingestErrors: [], ingestWarnings: 0, similarityEntry: null, stagesRssMB: 1,
    maxSingleProcessMB: 1, pagefindPeakRssMB: 1, largestHtml: '', largestPagefindChunk: null, searchDataKB: 10,
    buildLog: '', distDir: '', load: { before: 1, after: 2 }, startedAt: '',
  } satisfies BenchDetail;
  const report = (builds: BenchDetail[]) =>
    benchReportMarkdown({ machine: { cpus: 2, cpuModel: 'cpu', memoryGB: 24, node: '24.0.0', os: 'Linux' }, builds, browsers: new Map(), chartFile: 'b.svg', findings: '', generatedAt: 'now' });

  it('lists the first check per size when the results have it, and is left out when none has', () => {
    const draft = { indexMB: 88.9, files: 24_238, metaGzipKB: 78.9, checks: 40, requests: { p50: 48, p95: 80 }, gzipKB: { p50: 166.8, p95: 226.6 }, ms: { p50: 48.5, p95: 87.4 }, foundItself: 39 };
    const md = report([{ ...base, draft }]);
    expect(md).toContain('## Draft checker');
    expect(md).toContain('| 2,850 | 88.9 | 24,238 | 78.9 | 48 / 80 | 166.8 / 226.6 | 48.5 / 87.4 | 39 of 40 |');
    expect(report([base])).not.toContain('## Draft checker');
  });
});

describe('buildLogPhases', () => {
  // Lines as Astro 7 prints them (colour codes included), from a real benchmark build.
  const log = [
    '08:08:56 [content] Syncing content',
    '08:09:07 [content] Synced content',
    '08:09:07 [build] \u001b[32m✓ Completed in 17.34s.\u001b[39m',
    ' generating static routes ',
    '08:09:25   ├─ /index.html (+6ms) ',
    '08:09:25 ✓ Completed in 13.33s.',
    '08:09:28 [build] Waiting for integration "yiyang:pagefind", hook "astro:build:done"...',
    '08:09:51 [yiyang:pagefind] search entries: 5292 provisions',
    '08:09:51 [build] 168 page(s) built in 1m 1s',
  ].join('\n');

  it('reads content sync, static routes and the search integration', () => {
    expect(buildLogPhases(log)).toEqual({ contentSyncMs: 11_000, staticRoutesMs: 13_330, searchIntegrationMs: 23_000 });
  });

  it('gives null for phases the log does not show, and parses Astro durations', () => {
    expect(buildLogPhases('08:00:00 [build] something')).toEqual({ contentSyncMs: null, staticRoutesMs: null, searchIntegrationMs: null });
    expect(astroDuration('1m 1s')).toBe(61_000);
    expect(astroDuration('850ms')).toBe(850);
    expect(astroDuration('')).toBeNull();
  });
});

describe('evaluateTargets with a failed build', () => {
  it('marks the full-size targets not met, with the reason, when that build failed', () => {
    const rows = evaluateTargets(new Map([[100, summary(100, 50_000, 1)]]), new Map(), 2850, new Map([[2850, 'exit 1 after 300.0 s']]));
    const full = rows.filter((r) => r.target.startsWith('2850') || r.target.startsWith('build time per document'));
    expect(full).toHaveLength(3);
    for (const r of full) expect(r).toMatchObject({ measured: 'build failed: exit 1 after 300.0 s', pass: false });
  });
});

describe('benchChartSvg with a failed size', () => {
  it('names the failed size under the chart and in the description', () => {
    const svg = benchChartSvg([summary(5, 5000, 700), summary(100, 60_000, 1600)], [2850]);
    expect(svg).toContain('Not shown: 2,850 documents (build failed).');
    expect(svg.match(/Not shown: 2,850/gu)?.length).toBe(2);
  });
});
