// A corpus indexed in several Pagefind shards is searched as one: the page merges the shards.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { useSite } from './site.ts';
import { buildSite } from './buildSite.ts';

const site = useSite({ build: () => buildSite({ env: { SEARCH_DOCUMENTS_PER_SHARD: '2', SEARCH_SELECT_OPTIONS_MAX: '3' } }) });

describe('sharded search index', () => {
  it('writes several shards and finds clauses from every one of them', async () => {
    const shards = readdirSync(site.build.outDir).filter((d) => /^pagefind(-\d+)?$/u.test(d));
    expect(shards.length).toBeGreaterThanOrEqual(3);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, site.server.url.replace(/\/$/u, ''));
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.url}search/?q=划拨土地`);
    await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
    const ids = await page.locator('#results-verified + ol > li.search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(ids.sort()).toEqual(['jiangkou-2022/2.1.5', 'qiubei-2021/13', 'zhongning-2021/43']);
    for (const dir of shards) expect(fetched.some((p) => p.startsWith(`/${dir}/`)), dir).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('offers a long filter as a text field: the typed jurisdiction narrows the results', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/`);
    // Five jurisdictions, more than this build's limit of 3: a text field with a hint, not a list.
    const field = page.locator('input#filter-jurisdiction[type="text"]');
    await expect(field.getAttribute('aria-describedby')).resolves.toBe('filter-jurisdiction-hint');
    expect(await page.locator('select#filter-level').count()).toBe(1);
    await page.fill('#search-q', '划拨土地');
    await field.fill('丘北县');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/jurisdiction=/u);
    await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
    const ids = await page.locator('#results-verified + ol > li.search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(ids).toEqual(['qiubei-2021/13']);
    // A reload keeps the typed value.
    await page.reload();
    await expect(page.locator('#filter-jurisdiction').inputValue()).resolves.toBe('丘北县');
    await context.close();
  });
});
