// The clause search in a real browser against a built site. DIST_DIR and BASE_PATH select the build
// (e.g. DIST_DIR=/tmp/x/dist BASE_PATH=/yiyang/), so the same tests prove search works under a sub-path.
// Expected results are computed from the site's own data/corpus.json, never typed in by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { plainCitation } from '../../src/lib/citation.ts';
import { launchBrowser, watchPage } from './browser.ts';
import { serveDist, type RunningServer } from './staticServer.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';

interface CorpusProvision {
  id: string;
  label: string;
  anchor: string;
  url: string;
  text: string;
  headingPath: string[];
  agencyNote: string | null;
  leadAgencies: string[];
  partnerAgencies: string[];
}
interface CorpusDocument {
  id: string;
  title: string;
  docNumber: string | null;
  issuers: string[];
  dates: { issued: string | null; printed: string | null };
  jurisdiction: { name: string };
  provisions: CorpusProvision[];
}
const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as { documents: CorpusDocument[] };
const provisions = corpus.documents.flatMap((d) => d.provisions.map((p) => ({ ...p, jurisdiction: d.jurisdiction.name })));
const synonymGroups = (parseYaml(readFileSync('content/synonyms.yml', 'utf8')) as { terms: string[] }[]).map((g) => g.terms);

// Deliberately simple and separate from src/search: NFKC, no whitespace, plain containment.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
const searchable = (p: CorpusProvision) => squash([...p.headingPath, p.text, p.agencyNote ?? '', ...p.leadAgencies, ...p.partnerAgencies].join('\n'));
const spellings = (q: string) => [q, ...(synonymGroups.find((g) => g.includes(q)) ?? []).filter((t) => t !== q)];
/** Every provision that contains the phrase or one of its synonyms. */
const expectedIds = (q: string) => provisions.filter((p) => spellings(q).some((s) => searchable(p).includes(squash(s)))).map((p) => p.id).sort();

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let origin: string;

beforeAll(async () => {
  server = await serveDist(DIST, BASE);
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function settled(page: Page): Promise<void> {
  await page.locator('#search-results[data-state="done"], #search-results[data-state="idle"]').waitFor({ state: 'attached' });
}

/**
 * Results come 20 at a time, and documents are looked at a few at a time: "more" until the page
 * has shown everything, so the list can be compared with every clause that contains the words.
 */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  for (let i = 0; i < 50 && (await more.count()) > 0; i++) {
    await more.click();
    await settled(page);
  }
  expect(await more.count(), 'everything shown').toBe(0);
}

async function search(page: Page, params: Record<string, string>): Promise<void> {
  await page.goto(`${server.url}search/?${new URLSearchParams(params)}`);
  await settled(page);
  await showAll(page);
}

const verifiedIds = (page: Page) => page.locator('#results-verified + ol > li.search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id') ?? ''));
const lowIds = (page: Page) => page.locator('details.search-low li.search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id') ?? ''));

// Two-character words (失能, 残联), phrases, and long compounds (基层医疗卫生机构).
const OPEN_EVERY_LINK = ['划拨土地', '长期护理保险', '两证合一', '职称评定'];
const QUERIES = ['划拨土地', '长期护理保险', '两证合一', '职称评定', '安宁疗护', '家庭病床', '老年友善', '责任险', '互联网+', '放管服', '签约服务', '失能', '残联', '基层医疗卫生机构'];

describe('search results are the clauses that contain the words', () => {
  it.each(QUERIES)('%s returns every clause containing it, each opening at its anchor with the words marked', async (q) => {
    const expected = expectedIds(q);
    expect(expected.length, `${q} occurs in the seeds`).toBeGreaterThan(0);
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    await search(page, { q });
    expect((await verifiedIds(page)).sort()).toEqual(expected);
    expect(await page.locator('#search-status').innerText()).toContain(String(expected.length));
    // Every jurisdiction that has the phrase is in the results.
    const jurisdictions = new Set(provisions.filter((p) => expected.includes(p.id)).map((p) => p.jurisdiction));
    const shown = await page.locator('#results-verified + ol .search-result-title').allInnerTexts();
    for (const j of jurisdictions) expect(shown.some((t) => t.startsWith(j))).toBe(true);
    // Low-relevance results, if any, really lack the words.
    for (const id of await lowIds(page)) expect(expected).not.toContain(id);

    const links = await page.locator('#results-verified + ol .search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const targets = await verifiedIds(page);
    const doc = await context.newPage();
    const docWatch = watchPage(doc, origin);
    const openedDocs = new Set<string>();
    for (const [i, link] of links.entries()) {
      const p = provisions.find((x) => x.id === targets[i])!;
      expect(link).toContain(`${server.url}${p.url.slice(1).split('#')[0]}`);
      expect(link.endsWith(`#${p.anchor}`)).toBe(true);
      // The four headline queries open every result; the others one result per document (every jurisdiction).
      const docId = p.id.split('/')[0]!;
      if (!OPEN_EVERY_LINK.includes(q) && openedDocs.has(docId)) continue;
      openedDocs.add(docId);
      await doc.goto(link);
      expect(await doc.evaluate(() => location.hash)).toBe(`#${p.anchor}`);
      const article = doc.locator(`article#${p.anchor}`);
      await expect.poll(() => article.isVisible()).toBe(true);
      const marks = (await article.locator('mark.search-hit').allInnerTexts()).map(squash);
      expect(marks.length, `${link} marks the words`).toBeGreaterThan(0);
      for (const m of marks) expect(spellings(q).map(squash)).toContain(m);
      // The provision is in view: its top is within the viewport after the jump.
      const top = await article.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(await doc.evaluate(() => innerHeight));
    }
    expect(docWatch.errors).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect([...watch.external, ...docWatch.external]).toEqual([]);
    await doc.close();
    await page.close();
  });

  it('a synonym finds the other spelling: 长护险 finds 长期护理保险 in several jurisdictions', async () => {
    const page = await context.newPage();
    await search(page, { q: '长护险' });
    const ids = (await verifiedIds(page)).sort();
    expect(ids).toEqual(expectedIds('长护险'));
    expect(ids).toEqual(expectedIds('长期护理保险'));
    expect(await page.locator('.search-synonyms').innerText()).toContain('长期护理保险');
    await page.close();
  });

  it('卫计局 (the 2016 name) also finds 卫健局 and 卫生健康局 clauses', async () => {
    const page = await context.newPage();
    await search(page, { q: '卫计局' });
    const ids = await verifiedIds(page);
    const docs = new Set(ids.map((id) => id.split('/')[0]));
    expect(docs).toContain('wangyi-2016');
    expect(docs).toContain('zhongning-2021');
    expect(docs).toContain('qiubei-2021');
    await page.close();
  });

  it('a phrase copied across word boundaries still finds its clause', async () => {
    const page = await context.newPage();
    // Windows straddling punctuation and word boundaries, taken from the middle of real clauses.
    const samples = provisions.filter((_, i) => i % 29 === 0).map((p) => {
      const mid = Math.floor(p.text.length / 2);
      return { id: p.id, q: p.text.slice(mid - 4, mid + 5).replace(/\s+/gu, '') };
    });
    for (const { id, q } of samples) {
      await search(page, { q });
      expect(await verifiedIds(page), `${q} (from ${id})`).toContain(id);
    }
    await page.close();
  });
});

describe('filters, sorting and the URL', () => {
  it('a jurisdiction filter narrows the results and is kept in the URL', async () => {
    const page = await context.newPage();
    await search(page, { q: '长期护理保险' });
    const all = await verifiedIds(page);
    await page.locator('#filter-jurisdiction').selectOption('中宁县');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('jurisdiction=');
    await settled(page);
    await showAll(page);
    const narrowed = await verifiedIds(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((id) => id.startsWith('zhongning-2021/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('jurisdiction')).toBe('中宁县');
    // The back button restores the unfiltered search.
    await page.goBack();
    await expect.poll(() => page.locator('#filter-jurisdiction').inputValue()).toBe('');
    await settled(page);
    await showAll(page);
    expect((await verifiedIds(page)).length).toBe(all.length);
    expect(await page.locator('#filter-jurisdiction').inputValue()).toBe('');
    await page.close();
  });

  it('a shared URL restores query, filters and order', async () => {
    const page = await context.newPage();
    await search(page, { q: '养老机构', level: 'county', sort: 'date-asc' });
    expect(await page.locator('#search-q').inputValue()).toBe('养老机构');
    expect(await page.locator('#filter-level').inputValue()).toBe('county');
    expect(await page.locator('#filter-sort').inputValue()).toBe('date-asc');
    const docs = await page.locator('#results-verified + ol .search-result-doc').allInnerTexts();
    // The date ends the line (after the title and document number).
    const dates = docs.map((t) => /\d{4}(?:-\d{2}-\d{2})?$/u.exec(t.trim())?.[0] ?? '');
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    const ids = await verifiedIds(page);
    const countyDocs = new Set(['zhongning-2021', 'qiubei-2021', 'jiangkou-2022']);
    expect(ids.every((id) => countyDocs.has(id.split('/')[0]!))).toBe(true);
    await page.close();
  });

  it('the lead-agency filter groups the spellings of one bureau', async () => {
    const page = await context.newPage();
    await search(page, { lead: '卫生健康局' });
    const ids = await verifiedIds(page);
    const docs = new Set(ids.map((id) => id.split('/')[0]));
    for (const d of ['wangyi-2016', 'zhongning-2021', 'qiubei-2021', 'jiangkou-2022']) expect(docs).toContain(d);
    await page.close();
  });

  it('a hostile URL is shown as text and changes nothing', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    await search(page, { q: '<img src=x onerror="window.__pwned=1">', jurisdiction: '<b>x</b>', sort: 'x' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#search-results img').count()).toBe(0);
    expect(await page.locator('.search-empty').innerText()).toContain('<img src=x');
    expect(await page.locator('#filter-jurisdiction').inputValue()).toBe('');
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});

describe('honest empty states', () => {
  it.each(['量子计算', '火星基地'])('%s shows a helpful empty state and no clause as a match', async (q) => {
    const page = await context.newPage();
    await search(page, { q });
    expect(await verifiedIds(page)).toEqual([]);
    const empty = page.locator('.search-empty');
    expect(await empty.innerText()).toContain(q);
    expect(await empty.locator('li').count()).toBeGreaterThan(0);
    // Whatever the index returned is behind a closed "low relevance" disclosure.
    const low = page.locator('details.search-low');
    if ((await low.count()) > 0) expect(await low.getAttribute('open')).toBeNull();
    await page.close();
  });
});

describe('the search box and page', () => {
  it('the header box on any page submits to /search/ from the keyboard', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    await page.goto(`${server.url}documents/`);
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('两证合一');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    await settled(page);
    await showAll(page);
    expect((await verifiedIds(page)).sort()).toEqual(expectedIds('两证合一'));
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  /**
   * Types `query` into a fresh /search/ page and waits until the page has fetched a file that
   * `wanted` picks out while the results are still idle (fetched, not searched); then presses Enter
   * and waits for results. Returns the files fetched before Enter, and a reader of every such file
   * fetched since the page loaded.
   */
  async function fetchedBeforeEnter(query: string, wanted: (path: string) => boolean): Promise<{ ahead: string[]; fetched: () => string[] }> {
    const page = await context.newPage();
    await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    const before = server.requests.length;
    const fetched = () => server.requests.slice(before).filter(wanted);
    await page.locator('#search-q').pressSequentially(query);
    await expect.poll(() => fetched().length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#search-results').getAttribute('data-state')).toBe('idle');
    const ahead = fetched();
    await page.press('#search-q', 'Enter');
    await settled(page);
    expect(await page.locator('#search-results li.search-result').count()).toBeGreaterThan(0);
    await page.close();
    return { ahead, fetched };
  }

  it('fetches the index chunks of the words being typed before Enter is pressed', async () => {
    const { fetched: chunks } = await fetchedBeforeEnter('长期护理', (p) => p.endsWith('.pf_index'));
    // The search used the chunks already fetched rather than asking for them again.
    expect(new Set(chunks()).size).toBe(chunks().length);
  });

  it('fetches the first documents of a query left for a moment before Enter, and never fetches one twice', async () => {
    const { ahead, fetched: docFiles } = await fetchedBeforeEnter('长期护理保险', (p) => p.includes('/search/docs/'));
    // The search used the documents fetched ahead: none was fetched again.
    expect(docFiles().length).toBeGreaterThanOrEqual(ahead.length);
    expect(new Set(docFiles()).size).toBe(docFiles().length);
  });

  it('draws the first results while later documents are still on their way', async () => {
    const page = await context.newPage();
    let first = true;
    // Every document file but the first the page asks for is held back for two seconds.
    await page.route('**/search/docs/*.json', async (route) => {
      const hold = !first;
      first = false;
      if (hold) await new Promise((ok) => setTimeout(ok, 2000));
      await route.continue();
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent('长期护理保险')}`);
    const shown = () => page.locator('#search-results li.search-result').count();
    await expect.poll(shown, { timeout: 1500 }).toBeGreaterThan(0);
    expect(await page.locator('#search-results').getAttribute('data-state')).toBe('loading');
    // No "more" button and no count announced while the step is still running.
    expect(await page.locator('#search-more').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toBe(ui.search.loading);
    const early = await shown();
    await settled(page);
    expect(await shown()).toBeGreaterThan(early);
    await page.close();
  });

  it('names a submitted search in the address and title once its results are on screen; one replaced before then never joins the history', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await settled(page);
    const baseTitle = await page.title();
    const startLength = await page.evaluate(() => history.length);
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/search/docs/*.json', async (route) => {
      await held;
      await route.continue();
    });
    const typed = async (q: string) => {
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await expect.poll(() => page.locator('#search-results').getAttribute('data-state')).toBe('loading');
    };
    await typed('家庭病床');
    await typed('安宁疗护');
    // Both searches are waiting for their documents: the page still names no search.
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(await page.title()).toBe(baseTitle);
    release();
    await settled(page);
    expect(await page.locator('#search-results li.search-result').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('q'))).toBe('安宁疗护');
    expect(await page.title()).toBe(`${ui.search.pageTitle('安宁疗护')} · ${baseTitle}`);
    expect(await page.evaluate(() => history.length)).toBe(startLength + 1);
    // Back returns to the page before either search.
    await page.goBack();
    await expect.poll(() => page.locator('#search-results').getAttribute('data-state')).toBe('idle');
    expect(await page.title()).toBe(baseTitle);
    expect(await page.inputValue('#search-q')).toBe('');
    await page.close();
  });

  it('runs Pagefind on the page\'s own thread: no worker is started for a search', async () => {
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const before = server.requests.length;
    await page.goto(`${server.url}search/?q=${encodeURIComponent('长期护理保险')}`);
    await settled(page);
    expect(await page.locator('#search-results li.search-result').count()).toBeGreaterThan(0);
    expect(workers).toEqual([]);
    expect(server.requests.slice(before).filter((p) => p.includes('pagefind-worker'))).toEqual([]);
    await page.close();
  });

  it('copies a result\'s citation in one click', async () => {
    const page = await context.newPage();
    await search(page, { q: '两证合一' });
    const first = page.locator('#results-verified + ol > li.search-result').first();
    const id = await first.getAttribute('data-id');
    await first.getByRole('button', { name: /复制引用/u }).click();
    const doc = corpus.documents.find((d) => d.id === id!.split('/')[0])!;
    const provision = doc.provisions.find((p) => p.id === id)!;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(plainCitation(doc, provision));
    await page.close();
  });

  it('explains what to do without JavaScript', async () => {
    const html = await (await fetch(`${server.url}search/`)).text();
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/u);
  });

  it('has no serious or critical axe violations with results shown', async () => {
    const page = await context.newPage();
    await search(page, { q: '量子计算' });
    await page.locator('details.search-low summary').first().click().catch(() => undefined);
    await search(page, { q: '家庭病床' });
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('loads nothing from outside the site and leaves no console errors', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    await search(page, { q: '安宁疗护', theme: 'hospice' });
    await search(page, { q: '' });
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(server.requests.some((r) => r.startsWith(`${BASE}pagefind/`))).toBe(true);
    await page.close();
  });
});
