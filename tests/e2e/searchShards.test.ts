// A corpus indexed in several Pagefind shards is searched as one: the page merges the shards. The
// same build leaves common words out of the index (from one document on, instead of 50), so the
// page's handling of them is tested on the real seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fold } from '../../src/search/fold.ts';
import { unpackDocument, type DocSearchData } from '../../src/search/docData.ts';
import type { CommonWordsFile } from '../../src/search/commonWords.ts';
import { words } from '../../src/search/segment.ts';
import { planQuery } from '../../src/search/queryPlan.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';
import { describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { useSite } from './site.ts';
import { buildSite } from './buildSite.ts';

const site = useSite({ build: () => buildSite({ env: { SEARCH_DOCUMENTS_PER_SHARD: '2', SEARCH_SELECT_OPTIONS_MAX: '3', SEARCH_COMMON_MIN_DOCUMENTS: '1' } }) });

const synonymGroups = loadSynonyms('content/synonyms.yml').map((g) => g.terms);

/** Every clause of the built search data whose text contains the phrase or a synonym spelling of it (folded), by id. */
function clausesWith(outDir: string, phrase: string): string[] {
  const spellings = planQuery(phrase, synonymGroups).terms[0]!.variants;
  const dir = join(outDir, 'search/docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .flatMap((f) => unpackDocument(JSON.parse(readFileSync(join(dir, f), 'utf8')) as DocSearchData))
    .filter((e) => spellings.some((v) => fold(e.text).includes(v)))
    .map((e) => e.id)
    .sort();
}

async function allVerified(page: Page): Promise<string[]> {
  const done = page.locator('#search-results[data-state="done"]');
  await done.waitFor({ state: 'attached' });
  const more = page.locator('#search-more');
  for (let i = 0; i < 50 && (await more.count()) > 0; i++) {
    await more.click();
    await done.waitFor({ state: 'attached' });
  }
  expect(await more.count()).toBe(0);
  return (await page.locator('#results-verified + ol > li.search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id') ?? ''))).sort();
}

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

  it('leaves common words out of the index, and a phrase of common words alone still finds every clause', async () => {
    const list = JSON.parse(readFileSync(join(site.build.outDir, 'search/common-words.json'), 'utf8')) as CommonWordsFile;
    expect(list.documents).toBe(5);
    const common = new Set(list.words);
    expect(common.size).toBeGreaterThan(0);
    // 养老服务: both words are common, so Pagefind is asked for every document.
    expect(words('养老服务').every((w) => common.has(w))).toBe(true);
    // 安宁疗护 keeps a word the index holds (安宁).
    expect(words('安宁疗护').some((w) => !common.has(w))).toBe(true);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, site.server.url.replace(/\/$/u, ''));
    for (const q of ['养老服务', '安宁疗护']) {
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent(q)}`);
      const expected = clausesWith(site.build.outDir, q);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(await allVerified(page), q).toEqual(expected);
    }
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
