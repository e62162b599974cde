// Browser measurements of a built site, on a local static server (in a thread of its own:
// serverThread.ts), with Debian's Chromium
// (bytes: every response the page received, sized from the file served; see networkMeter.ts):
//  - search: for each query, a cold first search (new browser context, /search/ loaded, the query
//    typed, Enter pressed) and a warm one (the next query on the same page): time from the Enter
//    keystroke to the frame after the results are rendered, and the bytes the search fetched;
//  - page weight: bytes and JavaScript of the home page, a document page (a real seed and the
//    largest), a theme page, /compare/ and /search/, before any search is opened;
//  - Lighthouse mobile performance (when the lighthouse package is installed), for the home page,
//    the largest document, a theme page and /search/.
// `node scripts/bench/browser.ts --dist <dir> [--base /] [--no-lighthouse]` prints one JSON line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../../tests/e2e/browser.ts';
import { percentile } from '../../src/bench/percentile.ts';
import { distSizer, meterPage, totals, type Transfer, type TransferTotals } from './networkMeter.ts';
import { BENCH_OUT, PROJECT } from './paths.ts';
import { indexedQueries } from './indexedQueries.ts';
import { serveDistInThread } from './serverThread.ts';

/** A search that has not rendered by then is recorded as timed out (and the run goes on). */
const SEARCH_TIMEOUT_MS = 180_000;
/** Lighthouse gets this long per page before it is stopped. */
const LIGHTHOUSE_TIMEOUT_MS = 6 * 60_000;

/** Policy phrases; each site adds its indexed queries (indexedQueries.ts). */
export const SEARCH_QUERIES = ['划拨土地', '长期护理保险', '医养签约服务', '老年健康管理', '家庭病床', '安宁疗护', '中医药健康养老', '医养结合机构审批'];

/**
 * Indexed queries per site. The p95s are nearest-rank (src/bench/percentile.ts): of the 12 queries
 * the benchmark first had (four indexed), the p95 was the slowest search, so one slow turn of this
 * 2-core machine decided it; of 40 it is the third slowest. Indexed words are also the searches
 * that load new documents when warm (the policy phrases mostly find documents already loaded).
 */
export const INDEXED_QUERIES = 32;

export interface SearchTiming {
  query: string;
  /** Enter → rendered; when timedOut, the time waited. */
  ms: number;
  /** Enter → the frame after the first of the search's results were drawn (the page draws results as documents arrive); the same as `ms` when they all came at once. */
  firstMs?: number;
  timedOut?: boolean;
  /** When the last response the search fetched had arrived (ms after Enter): the rest is script work. */
  networkDoneMs?: number;
  results: number;
  transfer: TransferTotals;
}

export interface PageWeight {
  name: string;
  path: string;
  loadMs: number;
  transfer: TransferTotals;
}

export interface LighthouseScore {
  name: string;
  path: string;
  score: number | null;
  metrics: Record<string, number | null>;
  error?: string;
}

export interface SearchSetSummary {
  label: 'policy phrases' | 'indexed words';
  queries: string[];
  coldP95Ms: number;
  warmP95Ms: number;
  coldP95GzipBytes: number;
}

export interface BrowserResult {
  dist: string;
  /** The same measures per query set (the summary is over all of them); absent in older results. */
  sets?: SearchSetSummary[];
  /** 'ui': typed into /search/; 'pagefind-api': the page has no search form, Pagefind's JS API was timed. */
  searchMode: 'ui' | 'pagefind-api';
  cold: SearchTiming[];
  warm: SearchTiming[];
  summary: { coldP95Ms: number; warmP95Ms: number; coldFirstP95Ms: number; warmFirstP95Ms: number; coldMaxGzipBytes: number; coldMaxRawBytes: number; coldP95GzipBytes: number };
  pages: PageWeight[];
  lighthouse: LighthouseScore[] | null;
}

/**
 * Records Enter keydown, the frame after the search first draws results (the list is redrawn only
 * for the new search, so any drawing after Enter is the new search's), and the frame after the
 * results say 'done' (page-side clock).
 */
const INSTRUMENT = `(() => {
  const b = (window.__bench = { t0: 0, t1: 0, tf: 0 });
  performance.setResourceTimingBufferSize(100000);
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter') { b.t0 = performance.now(); b.t1 = 0; b.tf = 0; } }, true);
  const results = document.getElementById('search-results');
  new MutationObserver(() => {
    if (b.t0 && !b.tf && results.querySelector('li.search-result')) { b.tf = -1; requestAnimationFrame(() => { b.tf = performance.now(); }); }
  }).observe(results, { childList: true, subtree: true });
  new MutationObserver(() => {
    if (results.dataset.state === 'done' && b.t0 && !b.t1) requestAnimationFrame(() => { b.t1 = performance.now(); });
  }).observe(results, { attributes: true, attributeFilter: ['data-state'] });
})()`;

/**
 * Polls from Node (page.waitForFunction evaluates strings in the page, which the site's CSP forbids);
 * the timing itself is the page's own clock, so the polling interval does not enter it.
 */
async function waitForResults(page: Page, timeoutMs = 120_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!((await page.evaluate('window.__bench.t1 > 0')) as boolean)) {
    if (performance.now() > until) throw new Error('search results did not render in time');
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

async function searchOnce(page: Page, take: () => Promise<Transfer[]>, query: string): Promise<SearchTiming> {
  await take();
  await page.fill('#search-q', '');
  await page.type('#search-q', query);
  await page.evaluate('window.__bench.t0 = 0; window.__bench.t1 = 0; window.__bench.tf = 0;');
  await page.press('#search-q', 'Enter');
  try {
    await waitForResults(page, SEARCH_TIMEOUT_MS);
  } catch {
    return { query, ms: SEARCH_TIMEOUT_MS, timedOut: true, results: 0, transfer: totals(await take()) };
  }
  const ms = (await page.evaluate('window.__bench.t1 - window.__bench.t0')) as number;
  const firstMs = (await page.evaluate('(window.__bench.tf > 0 ? Math.min(window.__bench.tf, window.__bench.t1) : window.__bench.t1) - window.__bench.t0')) as number;
  const networkDone = (await page.evaluate(
    `Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.startTime >= window.__bench.t0).map((e) => e.responseEnd - window.__bench.t0))`,
  )) as number;
  const results = await page.locator('#search-results li.search-result').count();
  return { query, ms: Math.round(ms), firstMs: Math.round(firstMs), networkDoneMs: Math.round(networkDone), results, transfer: totals(await take()) };
}

/** Fallback while a site has no search form: Pagefind's own JS API, timed in the page. */
async function pagefindOnce(page: Page, take: () => Promise<Transfer[]>, base: string, query: string): Promise<SearchTiming> {
  await take();
  const script = `(async () => {
    const t0 = performance.now();
    const pf = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    const s = await pf.search(${JSON.stringify(query)});
    await Promise.all(s.results.slice(0, 20).map((r) => r.data()));
    return { ms: performance.now() - t0, n: s.results.length };
  })()`;
  const { ms, n } = (await page.evaluate(script)) as { ms: number; n: number };
  return { query, ms: Math.round(ms), results: n, transfer: totals(await take()) };
}

async function measureSearch(browser: Browser, url: string, base: string, sizeOf: ReturnType<typeof distSizer>, queries: readonly string[]): Promise<{ mode: BrowserResult['searchMode']; cold: SearchTiming[]; warm: SearchTiming[] }> {
  const cold: SearchTiming[] = [];
  const warm: SearchTiming[] = [];
  let mode: BrowserResult['searchMode'] = 'ui';
  for (let i = 0; i < queries.length; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const meter = meterPage(page, sizeOf, new URL(url).origin);
    await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
    const hasForm = (await page.locator('#search-q').count()) > 0 && (await page.locator('#search-results').count()) > 0;
    mode = hasForm ? 'ui' : 'pagefind-api';
    if (hasForm) await page.evaluate(INSTRUMENT);
    const run = (q: string) => (hasForm ? searchOnce(page, meter.take, q) : pagefindOnce(page, meter.take, base, q));
    cold.push(await run(queries[i]!));
    warm.push(await run(queries[(i + 1) % queries.length]!));
    await context.close();
  }
  return { mode, cold, warm };
}

async function weighPage(browser: Browser, url: string, sizeOf: ReturnType<typeof distSizer>, name: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const meter = meterPage(page, sizeOf, new URL(url).origin);
  const t0 = performance.now();
  await page.goto(`${url}${path.replace(/^\//u, '')}`, { waitUntil: 'networkidle' });
  const loadMs = Math.round(performance.now() - t0);
  const transfer = totals(await meter.take());
  await context.close();
  return { name, path, loadMs, transfer };
}

/** The pages to weigh, found in the built site: a real seed's document, the largest document, a theme. */
export function pagesOf(dist: string): { name: string; path: string }[] {
  const out = [{ name: 'home', path: '/' }];
  const docsDir = join(dist, 'documents');
  const docs = existsSync(docsDir) ? readdirSync(docsDir).filter((d) => existsSync(join(docsDir, d, 'index.html'))) : [];
  if (docs.includes('zhongning-2021')) out.push({ name: 'document (zhongning-2021)', path: '/documents/zhongning-2021/' });
  const largest = docs.map((d) => ({ d, bytes: statSync(join(docsDir, d, 'index.html')).size })).sort((a, b) => b.bytes - a.bytes)[0];
  if (largest) out.push({ name: `largest document (${largest.d})`, path: `/documents/${largest.d}/` });
  const themesDir = join(dist, 'themes');
  const themes = existsSync(themesDir) ? readdirSync(themesDir).filter((t) => existsSync(join(themesDir, t, 'index.html'))).sort() : [];
  const theme = themes.includes('long-term-care') ? 'long-term-care' : themes[0];
  if (theme) out.push({ name: `theme (${theme})`, path: `/themes/${theme}/` });
  if (existsSync(join(dist, 'compare/index.html'))) out.push({ name: 'overview (/compare/)', path: '/compare/' });
  if (existsSync(join(dist, 'search/index.html'))) out.push({ name: 'search page (before a search)', path: '/search/' });
  return out;
}

const LIGHTHOUSE_CLI = join(PROJECT, 'node_modules/lighthouse/cli/index.js');

/** Lighthouse's default (mobile, simulated throttling) performance category, one page at a time. */
async function lighthouse(url: string, name: string, path: string, outDir: string): Promise<LighthouseScore> {
  const output = join(outDir, `lighthouse-${name.replace(/[^a-z0-9]+/giu, '-')}.json`);
  const args = [
    LIGHTHOUSE_CLI,
    `${url}${path.replace(/^\//u, '')}`,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    '--max-wait-for-load=90000',
    `--output-path=${output}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  const code = await new Promise<number | null>((ok) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), LIGHTHOUSE_TIMEOUT_MS);
    child.on('close', () => clearTimeout(timer));
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
    child.on('close', (c) => {
      if (c !== 0) console.error(`lighthouse ${path}: exit ${c}\n${err}`);
      ok(c);
    });
  });
  if (code !== 0 || !existsSync(output)) return { name, path, score: null, metrics: {}, error: `lighthouse exited ${code}` };
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
  const metric = (id: string) => (report.audits[id]?.numericValue !== undefined ? Math.round(report.audits[id]!.numericValue! * 1000) / 1000 : null);
  return {
    name,
    path,
    score: report.categories.performance.score === null ? null : Math.round(report.categories.performance.score * 100),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    },
  };
}

export async function measureBrowser(dist: string, base = '/', options: { lighthouse?: boolean; label?: string } = {}): Promise<BrowserResult> {
  const server = await serveDistInThread(dist, base);
  const browser = await launchBrowser();
  try {
    const sizeOf = distSizer(dist, base);
    const sets = [
      { label: 'policy phrases' as const, queries: SEARCH_QUERIES },
      { label: 'indexed words' as const, queries: indexedQueries(dist, INDEXED_QUERIES) },
    ].filter((set) => set.queries.length > 0);
    const search = await measureSearch(browser, server.url, base, sizeOf, sets.flatMap((set) => set.queries));
    const pages: PageWeight[] = [];
    for (const p of pagesOf(dist)) pages.push(await weighPage(browser, server.url, sizeOf, p.name, p.path));
    let scores: LighthouseScore[] | null = null;
    if (options.lighthouse !== false && existsSync(LIGHTHOUSE_CLI)) {
      const outDir = join(BENCH_OUT, 'lighthouse', options.label ?? 'site');
      mkdirSync(outDir, { recursive: true });
      scores = [];
      const wanted = pagesOf(dist).filter((p) => p.name === 'home' || p.name.startsWith('largest document') || p.name.startsWith('theme') || p.path === '/search/');
      // Lighthouse sees the site as a production host serves it: text compressed with gzip.
      const gzipServer = await serveDistInThread(dist, base, { gzip: true });
      try {
        for (const p of wanted) scores.push(await lighthouse(gzipServer.url, p.name, p.path, outDir));
      } finally {
        await gzipServer.close();
      }
    }
    const setSummary = (set: (typeof sets)[number]): SearchSetSummary => {
      const cold = search.cold.filter((t) => set.queries.includes(t.query));
      const warm = search.warm.filter((t) => set.queries.includes(t.query));
      return {
        ...set,
        coldP95Ms: percentile(cold.map((t) => t.ms), 95),
        warmP95Ms: percentile(warm.map((t) => t.ms), 95),
        coldP95GzipBytes: percentile(cold.map((t) => t.transfer.gzipBytes), 95),
      };
    };
    const coldMs = search.cold.map((s) => s.ms);
    const warmMs = search.warm.map((s) => s.ms);
    const coldGzip = search.cold.map((s) => s.transfer.gzipBytes);
    return {
      dist,
      searchMode: search.mode,
      sets: sets.map(setSummary),
      cold: search.cold,
      warm: search.warm,
      summary: {
        coldP95Ms: percentile(coldMs, 95),
        warmP95Ms: percentile(warmMs, 95),
        coldFirstP95Ms: percentile(search.cold.map((s) => s.firstMs ?? s.ms), 95),
        warmFirstP95Ms: percentile(search.warm.map((s) => s.firstMs ?? s.ms), 95),
        coldMaxGzipBytes: Math.max(...coldGzip),
        coldMaxRawBytes: Math.max(...search.cold.map((s) => s.transfer.rawBytes)),
        coldP95GzipBytes: percentile(coldGzip, 95),
      },
      pages,
      lighthouse: scores,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dist = arg('--dist') ?? join(PROJECT, 'dist');
  const result = await measureBrowser(dist, arg('--base') ?? '/', { lighthouse: !process.argv.includes('--no-lighthouse'), label: arg('--label') });
  console.log(JSON.stringify(result));
}
