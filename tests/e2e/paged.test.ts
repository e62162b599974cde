// The corpus-wide pages once the corpus no longer fits on one page: a site built from the five
// seeds plus synthetic documents (src/bench/syntheticCorpus.ts) in more jurisdictions than a theme
// page holds. Theme pages, the overview and the checklist are split into pages with a pager; every
// jurisdiction is on exactly one page; an overview cell opens the right page at the right column.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clausePool } from '../../src/bench/clausePool.ts';
import { syntheticCorpus } from '../../src/bench/syntheticCorpus.ts';
import { ingestSeeds, listSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { CHECKLIST_JURISDICTIONS_PER_PAGE } from '../../src/reuse/checklistPages.ts';
import { JURISDICTIONS_PER_PAGE } from '../../src/themes/themePages.ts';
import { buildSite } from './buildSite.ts';
import { useSite } from './site.ts';
import { scratchDir } from './scratch.ts';

/** Synthetic documents added to the seeds: enough jurisdictions for three theme pages. */
const ADDED = 2 * JURISDICTIONS_PER_PAGE + 3;

const site = useSite({
  build: () => {
    const seeds = scratchDir('seeds-paged-');
    for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(seeds, name));
    const gazetteer = loadGazetteer('content/jurisdictions.yml');
    const real = ingestSeeds('seeds', gazetteer, '.');
    const { seeds: added } = syntheticCorpus(clausePool(real.documents.flatMap((d) => d.provisions)), ADDED, {
      reservedSlugs: listSeeds('seeds').map((f) => f.replace(/\.txt$/iu, '').toLowerCase()),
      reservedPlaces: gazetteer.map((g) => g.name),
    });
    for (const s of added) writeFileSync(join(seeds, s.fileName), s.text);
    return buildSite({ seeds });
  },
});

const columnIds = (page: Page) => page.locator('.theme-columns > .theme-column').evaluateAll((els) => els.map((e) => e.id));
const pagerLinks = (page: Page) => page.locator('nav.page-nav').first().locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));

describe('a corpus larger than one page', () => {
  it('splits a theme page into pages of at most JURISDICTIONS_PER_PAGE columns, each jurisdiction once', async () => {
    const { page, watch } = await site.open('themes/land/');
    const seen: string[] = [];
    const visited: string[] = [];
    let url: string | undefined = page.url();
    while (url) {
      await page.goto(url);
      visited.push(new URL(url).pathname);
      const ids = await columnIds(page);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(JURISDICTIONS_PER_PAGE);
      // The summary rows are this page's jurisdictions, in the same order.
      const rows = await page.locator('table.theme-summary tbody tr').evaluateAll((trs) => trs.map((tr) => `col-${tr.getAttribute('data-col')}`));
      expect(rows).toEqual(ids);
      seen.push(...ids);
      const next = page.locator('nav.page-nav').first().locator('a[rel="next"]');
      url = (await next.count()) > 0 ? new URL((await next.getAttribute('href'))!, page.url()).href : undefined;
    }
    expect(visited).toEqual(['/themes/land/', '/themes/land/page/2/', '/themes/land/page/3/']);
    expect(new Set(seen).size).toBe(seen.length);
    // The corpus-wide summary names every jurisdiction, whatever page it is on.
    const byLevel = await page.locator('table.theme-breakdown[data-breakdown="level"] tbody td:first-of-type').allInnerTexts();
    const total = byLevel.reduce((n, s) => n + Number(s.split('/')[1]!.trim()), 0);
    expect(total).toBe(seen.length);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('the pager links to the first, previous, next and last pages and marks the current one', async () => {
    const { page } = await site.open('themes/workforce/page/2/');
    const nav = page.locator('nav.page-nav').first();
    expect(await nav.locator('[aria-current="page"]').innerText()).toBe('2');
    const links = await pagerLinks(page);
    for (const p of ['/themes/workforce/#who', '/themes/workforce/page/3/#who']) expect(links.some((l) => l.endsWith(p))).toBe(true);
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toMatch(/\/themes\/workforce\/#who$/u);
    // Two pagers, two distinct landmark names.
    const names = await page.locator('nav.page-nav').evaluateAll((navs) => navs.map((n) => n.getAttribute('aria-label')));
    expect(names.length).toBe(2);
    expect(new Set(names).size).toBe(2);
    await page.close();
  });

  it('an overview cell on a later page opens the theme page holding that column, at the column', async () => {
    const { page, watch } = await site.open('compare/page/3/');
    const columns = (await page.locator('table.matrix-table thead th').count()) - 2;
    expect(columns).toBeGreaterThan(0);
    expect(columns).toBeLessThanOrEqual(JURISDICTIONS_PER_PAGE);
    const cell = page.locator('table.matrix-table td[data-theme="land"] a').last();
    const col = await page.locator('table.matrix-table td[data-theme="land"]').last().getAttribute('data-col');
    await cell.click();
    await page.waitForURL(new RegExp(`/themes/land/page/3/#col-${col}$`, 'u'));
    expect(await page.locator(`#col-${col}`).isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('the checklist is paged by jurisdiction with corpus-wide counts per practice', async () => {
    const { page } = await site.open('checklist/');
    const headers = await page.locator('table.checklist-matrix thead th').count();
    expect(headers - 2).toBeLessThanOrEqual(CHECKLIST_JURISDICTIONS_PER_PAGE);
    expect(await page.locator('nav.page-nav').count()).toBe(2);
    const res = await page.request.get(`${site.server.url}checklist/page/2/`);
    expect(res.status()).toBe(200);
    await page.close();
  });

  it('a later theme page passes axe', async () => {
    const { page } = await site.open('themes/land/page/2/');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
