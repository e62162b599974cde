// The corpus-wide pages split over many pages: the five seeds built with every list page size set
// to 4 (WHO_LIST_PAGE_SIZE), so the splitting a large corpus gets is seen here. Every item is on
// exactly one page, the page links lead through all of them, and linked entries are found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { docNumberSlug } from '../../src/citations/docNumber.ts';
import { buildSite } from './buildSite.ts';
import { useSite } from './site.ts';

const SIZE = 4;
const site = useSite({ build: () => buildSite({ env: { WHO_LIST_PAGE_SIZE: String(SIZE) } }) });

/** The HTML of a built page, by site path. */
const html = (path: string) => readFileSync(join(site.build.outDir, path, 'index.html'), 'utf8');
/** Page paths of a split list: its first page and every numbered page under it. */
/** The list's first page and its page/<n>/ pages (src/lib/pagination.ts pagedPath), in order. */
const pagesOf = (base: string) => {
  const more = join(site.build.outDir, base, 'page');
  const numbers = existsSync(more) ? readdirSync(more).filter((d) => /^\d+$/u.test(d)).sort((a, b) => +a - +b) : [];
  return [base, ...numbers.map((d) => `${base}page/${d}/`)];
};
const count = (s: string, re: RegExp) => [...s.matchAll(re)].length;

describe('split pages in the browser', () => {
  it.each(['timeline/', 'timeline/page/2/', 'targets/', 'targets/health-management-65/page/2/', 'agencies/health/page/2/', 'citations/page/2/'])('/%s has no console errors, no outside requests and no serious axe violations', async (path) => {
    const { page, watch } = await site.open(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('walks the timeline with the next links through every page, each with at most the page size', async () => {
    const { page } = await site.open('timeline/');
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const ids = await page.locator('table.who-timeline-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(SIZE);
      seen.push(...ids);
      const next = page.locator('nav.page-nav').first().locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(new RegExp(`timeline/page/${n + 1}/$`, 'u'));
    }
    expect(new Set(seen).size).toBe(seen.length);
    // The first page's summary counts every event once.
    const total = await (await site.open('timeline/')).page.locator('table.who-timeline-years tbody tr td:last-child').allInnerTexts();
    expect(seen.length).toBe(total.reduce((n, t) => n + Number(t), 0));
    expect(seen.length).toBeGreaterThan(100);
    await page.close();
  });
});

describe('split pages as built', () => {
  it('lists every agency provision once across the pages, as many as the agency counts', () => {
    const pages = pagesOf('agencies/health/');
    expect(pages.length).toBeGreaterThan(10);
    const rows = pages.flatMap((p) => [...html(p).matchAll(/<tr data-role="(lead|partner)"><td[^>]*><a href="([^"]+)"/gu)].map((m) => m[2]));
    for (const p of pages) expect(count(html(p), /<tr data-role=/gu)).toBeLessThanOrEqual(SIZE);
    expect(new Set(rows).size).toBe(rows.length);
    const counts = /牵头 (\d+) 条，配合 (\d+) 条/u.exec(html('agencies/health/'))!;
    expect(rows.length).toBe(Number(counts[1]) + Number(counts[2]));
  });

  it('gives a long indicator a summary on /targets/ and its rows, each once, on pages of its own', () => {
    const summary = html('targets/');
    expect(summary).toContain('href="/targets/health-management-65/"');
    expect(summary).toMatch(/class="who-chart who-bar-chart"/u);
    const pages = pagesOf('targets/health-management-65/');
    const rows = pages.flatMap((p) => [...html(p).matchAll(/<tr data-(?:target|series)="([^"]+)"/gu)].map((m) => m[1]));
    for (const p of pages) expect(count(html(p), /<tr data-(?:target|series)=/gu)).toBeLessThanOrEqual(SIZE);
    expect(new Set(rows).size).toBe(rows.length);
    // The four jurisdictions' 65+ health-management targets and 王益's series are all there.
    const text = pages.map(html).join('');
    for (const s of ['中宁县', '丘北县', '江口县', '王益区', '85% → 85% → 90% → 95% → 95%']) expect(text).toContain(s);
    expect(rows.length).toBe(5);
  });

  it('puts every 文号 on one page of /citations/, and document pages link to the page that holds it', () => {
    const pages = pagesOf('citations/');
    expect(pages.length).toBeGreaterThan(1);
    const slugs = pages.flatMap((p) => [...html(p).matchAll(/<article class="who-citation" id="([^"]+)"/gu)].map((m) => m[1]));
    expect(new Set(slugs).size).toBe(slugs.length);
    const first = html('citations/');
    let followed = 0;
    for (const doc of readdirSync(join(site.build.outDir, 'documents')).filter((d) => !d.endsWith('.html') && d !== 'page')) {
      for (const m of html(`documents/${doc}/`).matchAll(/href="\/(citations\/(?:page\/\d+\/)?)#([^"]+)"/gu)) {
        expect(html(m[1]!), `${doc} → ${m[1]}#${m[2]}`).toContain(`id="${m[2]}"`);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(0);
    expect(slugs).toContain(docNumberSlug('国卫办老龄发〔2023〕3号'));
    // The graph draws at most the limit and says it left some out.
    expect(count(first, /<g class="who-node/gu)).toBeLessThanOrEqual(SIZE);
    expect(first).toContain('图中只画出关系最多的');
  });
});
