// Shared text, the draft checker and the pilot checklist in a real browser against the built site:
// the known copied clauses show up, pasting one of them lists its counterparts first, the index is
// fetched only by the draft page, nothing a user pastes becomes markup, and the pages pass axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { DIST, BASE, useSite } from './site.ts';


interface Corpus {
  documents: { id: string; provisions: { id: string; text: string; url: string }[] }[];
}
const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as Corpus;
const provisions = corpus.documents.flatMap((d) => d.provisions);
const text = (id: string) => provisions.find((p) => p.id === id)!.text;
const url = (id: string) => provisions.find((p) => p.id === id)!.url;

const site = useSite();
const open = site.open;

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Site path of a provision as the built pages link it (with the base). */
const siteHref = (id: string) => `${BASE.replace(/\/$/u, '')}${url(id)}`;

async function pasteAndSearch(page: Page, draft: string): Promise<string[]> {
  await page.fill('#draft-text', draft);
  await page.locator('#draft-form button[type=submit]').click();
  await expect.poll(() => page.locator('#draft-status').innerText(), { timeout: 15_000 }).toMatch(/找到|没有|至少|失败/u);
  return page.locator('#draft-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.provision ?? ''));
}

describe('/reuse/', () => {
  it('shows the document matrix as a chart with a table, and the land cluster with all three clauses', async () => {
    const { page, watch } = await open('reuse/');
    const svg = page.locator('figure.reuse-matrix svg[role="img"]');
    expect(await svg.locator('title').textContent()).toBeTruthy();
    expect(await svg.locator('desc').textContent()).toContain('中宁县');
    const table = page.locator('table.reuse-matrix-table');
    expect(await table.locator('tbody tr').count()).toBe(corpus.documents.length);
    const cluster = page.locator('.reuse-cluster', { has: page.locator(`a[href="${siteHref('zhongning-2021/43')}"]`) });
    expect(await cluster.count()).toBe(1);
    for (const id of ['qiubei-2021/13', 'jiangkou-2022/2.1.5']) expect(await cluster.locator(`.reuse-members a[href="${siteHref(id)}"]`).count()).toBe(1);
    // The side by side: open the details and find the shared wording marked on both sides.
    await cluster.locator('details.counterparts > summary').click();
    const marks = await cluster.locator('.counterpart').first().locator('mark').allInnerTexts();
    expect(marks.join('')).toContain('非营利性医养结合机构可依法使用国有划拨土地');
    expect(await cluster.locator('ins').count()).toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('does not download the draft index', async () => {
    const before = site.server.requests.length;
    const { page } = await open('reuse/');
    expect(site.server.requests.slice(before).filter((r) => r.includes('/data/draft/'))).toEqual([]);
    await page.close();
  });

  it('every link on the page lands on an existing provision anchor', async () => {
    const { page } = await open('reuse/');
    const links = await page.$$eval('.reuse-cluster a[href*="#p-"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(10);
    const checker = await site.context.newPage();
    for (const link of [...new Set(links)]) {
      const u = new URL(link);
      await checker.goto(`${u.origin}${u.pathname}`, { waitUntil: 'domcontentloaded' });
      expect(await checker.locator(`[id="${decodeURIComponent(u.hash.slice(1))}"]`).count(), link).toBe(1);
    }
    await checker.close();
    await page.close();
  });
});

describe('/draft/', () => {
  it.each([
    ['zhongning-2021/45', ['qiubei-2021/11']],
    ['zhongning-2021/43', ['qiubei-2021/13', 'jiangkou-2022/2.1.5']],
    ['zhongning-2021/8', ['qiubei-2021/8']],
  ])('pasting %s lists it and its counterparts first, with shared wording marked', async (id, counterparts) => {
    const { page, watch } = await open('draft/');
    const listed = await pasteAndSearch(page, text(id));
    expect(new Set(listed.slice(0, counterparts.length + 1))).toEqual(new Set([id, ...counterparts]));
    const first = page.locator('#draft-results > li').first();
    expect(await first.locator('a').getAttribute('href')).toBe(siteHref(listed[0]!));
    expect((await first.locator('mark').allInnerTexts()).join('').length).toBeGreaterThan(10);
    // Only the parts this draft needs: the meta file, some anchor shards, the candidates' blocks.
    const fetched = site.server.requests.filter((r) => r.includes('/data/draft/'));
    expect(fetched.some((r) => r.endsWith('/data/draft/meta.json'))).toBe(true);
    expect(fetched.some((r) => /\/data\/draft\/anchors\/\d+\.json$/u.test(r))).toBe(true);
    expect(fetched.some((r) => /\/data\/draft\/provisions\/\d+\.json$/u.test(r))).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('pasted markup stays text, short drafts are refused politely, and the page passes axe', async () => {
    const { page, watch } = await open('draft/');
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>${text('qiubei-2021/11')}`;
    const listed = await pasteAndSearch(page, hostile);
    expect(listed).toContain('zhongning-2021/45');
    expect(await page.locator('#draft-results img, #draft-results script').count()).toBe(0);
    expect(await page.locator('#draft-results').innerText()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await pasteAndSearch(page, '医养结合');
    expect(await page.locator('#draft-status').innerText()).toContain('至少');
    expect(await page.locator('#draft-results > li').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('says so when a part of the index cannot be fetched, and the next check fetches it again', async () => {
    const { page, watch } = await open('draft/');
    let refused = 0;
    await page.route(/\/data\/draft\/anchors\//u, (route) => {
      refused += 1;
      return route.fulfill({ status: 503, body: 'unavailable' });
    });
    await pasteAndSearch(page, text('zhongning-2021/45'));
    expect(refused).toBeGreaterThan(0);
    expect(await page.locator('#draft-status').innerText()).toContain('失败');
    expect(await page.locator('#draft-results > li').count()).toBe(0);
    await page.unroute(/\/data\/draft\/anchors\//u);
    const listed = await pasteAndSearch(page, text('zhongning-2021/45'));
    expect(listed[0]).toBe('zhongning-2021/45');
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const { page } = await open('draft/');
    await page.locator('#draft-text').focus();
    await page.keyboard.insertText(text('zhongning-2021/8'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#draft-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.close();
  });
});

describe('/checklist/', () => {
  it('is a matrix of the ten national practices × four jurisdictions, with links to real clauses', async () => {
    const { page, watch } = await open('checklist/');
    const table = page.locator('table.checklist-matrix');
    expect(await table.locator('tbody tr').count()).toBe(10);
    const headers = await table.locator('thead th').allInnerTexts();
    for (const name of ['中宁县', '丘北县', '江口县', '王益区']) expect(headers.join(' ')).toContain(name);
    // 发展长期护理保险 (2.2): 丘北 commits to the long-term care insurance pilot.
    const row = table.locator('#practice-2-2');
    expect(await row.locator(`a[href="${siteHref('qiubei-2021/16')}"]`).count()).toBe(1);
    expect(await row.locator('abbr[title="人工核定"]').count()).toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
