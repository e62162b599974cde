// Agencies, targets, timeline and citations in a real browser against a built site.
// DIST_DIR and BASE_PATH select the build (default dist/ served at /).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docNumberSlug } from '../../src/citations/docNumber.ts';
import { watchPage } from './browser.ts';
import { BASE, useSite } from './site.ts';

const PAGES = ['agencies/', 'agencies/health/', 'targets/', 'timeline/', 'citations/'];

const site = useSite();
const open = site.open;

/** Every 文号 in the raw seed files, by a regex independent of the pipeline. */
function rawDocNumbers(): string[] {
  const found = new Set<string>();
  for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join('seeds', f), 'utf8').normalize('NFKC');
    for (const m of text.matchAll(/([\p{Script=Han}]{2,10})\s*[〔[(（【]\s*(\d{4})\s*[〕\])）】]\s*(\d+)\s*号/gu)) found.add(`${m[1]}〔${m[2]}〕${m[3]}号`);
  }
  return [...found];
}

/** Checks that every link of the given selector lands on an element with the fragment's id. */
async function linksLand(page: Page, selector: string): Promise<number> {
  // SVG <a> has no string .href: resolve the attribute against the page URL.
  const hrefs = [...new Set(await page.locator(selector).evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', location.href).href)))];
  const here = new URL(page.url());
  const fetched = new Map<string, string>();
  for (const h of hrefs) {
    const url = new URL(h);
    expect(url.origin).toBe(here.origin);
    expect(url.pathname.startsWith(BASE)).toBe(true);
    const id = decodeURIComponent(url.hash.slice(1));
    if (url.pathname === here.pathname) {
      expect(id, h).not.toBe('');
      expect(await page.evaluate((x) => document.getElementById(x) !== null, id), h).toBe(true);
    } else {
      if (!fetched.has(url.pathname)) {
        const res = await fetch(`${url.origin}${url.pathname}`);
        expect(res.status, h).toBe(200);
        fetched.set(url.pathname, await res.text());
      }
      if (id) expect(fetched.get(url.pathname)!.includes(`id="${id}"`), h).toBe(true);
    }
  }
  return hrefs.length;
}

describe('pages render', () => {
  it.each(PAGES)('/%s has no console errors, no outside requests, and its charts have titles', async (path) => {
    const { page, watch } = await open(path);
    for (const svg of await page.locator('svg.who-chart').all()) {
      expect(await svg.getAttribute('role')).toBe('img');
      const labelled = await svg.evaluate((el) => (el.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => (document.getElementById(id)?.textContent ?? '').trim() !== ''));
      expect(labelled).toBe(true);
      expect(await svg.evaluate((el) => el.querySelector('a') === null)).toBe(true);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it.each(PAGES.filter((p) => p !== 'agencies/health/'))('/%s has no serious or critical axe violations', async (path) => {
    const { page } = await open(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.close();
  });
});

describe('on a phone', () => {
  it('wide charts scroll in a keyboard-reachable box, tables stack, and axe finds nothing serious', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await phone.newPage();
    await page.goto(`${site.server.url}timeline/`, { waitUntil: 'networkidle' });
    const box = page.locator('.who-scroll').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await phone.close();
  });
});

describe('agencies', () => {
  it('lists the agencies and leads to a page per agency across jurisdictions', async () => {
    const { page } = await open('agencies/');
    const list = await page.locator('table.who-agency-table').innerText();
    for (const s of ['卫生健康局', '卫生和计划生育局', '自然资源局', '国土王益分局', '财政局（金融办）', '驻丘保险机构', '各乡镇<街道>']) expect(list).toContain(s);
    // The matrix is drawn when themes exist, else the page says there is no theme data.
    const drawn = await page.locator('svg.who-chart').count();
    const noData = await page.locator('.who-no-data').count();
    expect(drawn + noData).toBe(1);
    await page.getByRole('link', { name: '卫生健康局', exact: true }).first().click();
    await page.waitForURL(/agencies\/health\/$/u);
    const groups = await page.locator('section.who-agency-doc h3').allInnerTexts();
    expect(groups.some((g) => g.startsWith('中宁县'))).toBe(true);
    expect(groups.some((g) => g.startsWith('丘北县'))).toBe(true);
    expect(groups.some((g) => g.startsWith('江口县'))).toBe(true);
    expect(await page.locator('dl.meta').innerText()).toContain('卫生和计划生育局');
    expect(await linksLand(page, 'table.who-assignments a')).toBeGreaterThan(50);
    await page.close();
  });

  it('shows 财政局（金融办） with its note on the finance page', async () => {
    const { page } = await open('agencies/finance/');
    const meta = await page.locator('dl.meta').innerText();
    expect(meta).toContain('金融办');
    expect(await page.locator('tr', { hasText: '财政局(金融办)' }).count()).toBe(1);
    await page.close();
  });
});

describe('targets', () => {
  it('shows the 65+ health-management rate for every jurisdiction that sets one, with its year', async () => {
    const { page } = await open('targets/');
    const section = page.locator('#ind-health-management-65');
    const rows = await section.locator('table tbody tr').allInnerTexts();
    const row = (place: string, value: string) => rows.find((r) => r.startsWith(place) && r.includes(value));
    expect(row('中宁县', '72%')).toMatch(/2022/u);
    expect(row('丘北县', '70%以上')).toMatch(/2022/u);
    expect(row('江口县', '72%以上')).toMatch(/2022[\s\S]*推定/u);
    expect(row('王益区', '95%以上')).toMatch(/2020/u);
    expect(row('王益区', '85% → 85% → 90% → 95% → 95%')).toMatch(/2016–2020/u);
    // The dot plot has one dot per text target, hollow for the inferred year.
    expect(await section.locator('svg.who-chart circle.who-dot').count()).toBe(4);
    expect(await section.locator('svg.who-chart circle.who-dot.is-hollow').count()).toBe(1);
    await page.close();
  });

  it('links every chart value to an existing clause anchor', async () => {
    const { page } = await open('targets/');
    expect(await linksLand(page, '.who-chart-links a')).toBeGreaterThan(15);
    expect(await linksLand(page, 'table.who-target-table a')).toBeGreaterThan(15);
    await page.close();
  });
});

describe('timeline', () => {
  it('filters rows and marks by jurisdiction and theme, and resets', async () => {
    const { page, watch } = await open('timeline/');
    const form = page.locator('form[data-who-filter]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const rows = page.locator('table.who-timeline-table tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(100);
    await form.locator('select[name="jurisdiction"]').selectOption('江口县');
    const visible = page.locator('table.who-timeline-table tbody tr:not([hidden])');
    await expect.poll(() => visible.count()).toBeLessThan(total);
    const places = await visible.locator('td:nth-child(2)').allInnerTexts();
    expect(new Set(places)).toEqual(new Set(['江口县']));
    expect(await form.locator('[data-filter-status]').innerText()).toContain(`${places.length} / ${total}`);
    // Marks of other lanes are hidden, 江口's are not.
    const shown = await page.locator('svg.who-chart [data-filter-items]:not(.who-is-filtered)').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-filter-items')!));
    expect(shown.length).toBeGreaterThan(0);
    for (const items of shown) expect(items).toMatch(/jiangkou-2022/u);
    const themes = await form.locator('select[name="theme"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    if (themes.length > 0) {
      await form.locator('select[name="jurisdiction"]').selectOption('');
      await form.locator('select[name="theme"]').selectOption(themes[0]!);
      const themed = await visible.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-f-theme')!));
      expect(themed.length).toBeGreaterThan(0);
      for (const t of themed) expect(t === '*' || t.split(' ').includes(themes[0]!)).toBe(true);
    }
    await form.getByRole('button', { name: '显示全部' }).click();
    await expect.poll(() => visible.count()).toBe(total);
    expect(await page.locator('svg.who-chart .who-is-filtered').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows everything without JavaScript, and the filter form not at all', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}timeline/`);
    expect(await page.locator('form[data-who-filter]').isVisible()).toBe(false);
    expect(await page.locator('table.who-timeline-table tbody tr[hidden]').count()).toBe(0);
    await noJs.close();
  });

  it('draws 中宁 deadlines with the ongoing marker, 江口 work steps and the forwarding chain', async () => {
    const { page } = await open('timeline/');
    const table = await page.locator('table.who-timeline-table').innerText();
    expect(table).toContain('2021年4月底完成，并长期坚持');
    expect(table).toMatch(/2022-03-01 — 2022-04-30/u);
    expect(table).toContain('鞍卫发〔2023〕9号');
    expect(await page.locator('svg.who-chart .who-ongoing').count()).toBeGreaterThan(0);
    expect(await linksLand(page, '.who-chart-links a')).toBeGreaterThan(20);
    expect(await linksLand(page, 'table.who-timeline-table a')).toBeGreaterThan(20);
    await page.close();
  });
});

describe('citations', () => {
  it('lists every 文号 of the seeds with its anchor', async () => {
    const { page } = await open('citations/');
    const text = await page.locator('main').innerText();
    const numbers = rawDocNumbers();
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    for (const n of numbers) {
      expect(text, n).toContain(n);
      expect(await page.locator(`article#${docNumberSlug(n)}`).count(), n).toBe(1);
    }
    await page.close();
  });

  it('draws the forwarding chain and the county plans\' sources, linking nodes to their entries', async () => {
    const { page } = await open('citations/');
    const desc = (await page.locator('svg.who-chart desc').textContent()) ?? '';
    expect(desc).toContain('国卫办老龄发〔2023〕3号 转发 → 辽卫发〔2023〕8号');
    expect(desc).toContain('辽卫发〔2023〕8号 转发 → 鞍卫发〔2023〕9号');
    expect(desc).toContain('文卫健发〔2020〕181号 依据/引用 → 丘政办发〔2021〕104号');
    expect(desc).toContain('黔卫健函〔2022〕44号 依据/引用 → 江口县实施方案');
    expect(desc).toContain('国卫办老龄发〔2019〕17号 依据/引用 → 丘政办发〔2021〕104号');
    expect(await page.locator('svg.who-chart path.who-edge.is-forwards').count()).toBe(2);
    expect(await linksLand(page, '.who-chart-links a')).toBeGreaterThanOrEqual(11);
    // A citation inside a provision links to that provision.
    const entry = page.locator(`article#${docNumberSlug('国卫办老龄发〔2019〕17号')}`);
    expect(await entry.locator('a', { hasText: '丘北县' }).getAttribute('href')).toMatch(/documents\/qiubei-2021\/#p-8$/u);
    expect(await linksLand(page, 'article.who-citation a')).toBeGreaterThan(10);
    await page.close();
  });
});
