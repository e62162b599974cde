// A maintainer adds a GB18030 document with CRLF line ends to a copy of the seeds: it appears with
// its provisions, themes and search entry, and every existing provision keeps its id and URL.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';
import { buildSite } from './buildSite.ts';
import { scratchDir } from './scratch.ts';
import { RELEASED_MESSAGE } from '../../src/integrations/releaseContentLayer.ts';

interface Corpus {
  documents: { id: string; source: { encoding: string; lineEnding: string }; provisions: { id: string; url: string; text: string; themes: { theme: string }[] }[] }[];
}
const readCorpus = (dir: string) => JSON.parse(readFileSync(join(dir, 'data/corpus.json'), 'utf8')) as Corpus;

const site = useSite({
  build: () => {
    const seeds = scratchDir('seeds-plus-');
    for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(seeds, name));
    copyFileSync('tests/fixtures/good/gb18030-crlf.txt', join(seeds, 'xinhe-2024.txt'));
    return buildSite({ seeds });
  },
});

describe('adding a GB18030 + CRLF document', () => {
  it('appears with its provisions and themes', () => {
    const added = readCorpus(site.build.outDir).documents.find((d) => d.id === 'xinhe-2024');
    expect(added?.source).toMatchObject({ encoding: 'GB18030', lineEnding: 'CRLF' });
    expect(added?.provisions.map((p) => p.id)).toEqual(['xinhe-2024/1', 'xinhe-2024/2', 'xinhe-2024/3']);
    expect(added?.provisions[1]?.themes.map((t) => t.theme)).toContain('land');
    expect(added?.provisions[2]?.themes.map((t) => t.theme)).toContain('workforce');
  });

  it("releases the content layer's synced store before the pages render", () => {
    expect(site.build.output).toContain(RELEASED_MESSAGE);
  });

  it('leaves every existing provision id and URL unchanged', () => {
    const before = readCorpus(process.env.DIST_DIR ?? 'dist').documents.flatMap((d) => d.provisions.map((p) => `${p.id} ${p.url}`));
    const after = readCorpus(site.build.outDir).documents.filter((d) => d.id !== 'xinhe-2024').flatMap((d) => d.provisions.map((p) => `${p.id} ${p.url}`));
    expect(after).toEqual(before);
  });

  it('has a document page and a search entry that opens its clause', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${site.server.url}documents/xinhe-2024/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('article#p-2').innerText()).toContain('国有划拨土地');
    // Pagefind finds documents; the search page shows the clause, linked at its anchor.
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('国有划拨土地')}`);
    await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
    const urls = await page.locator('#results-verified + ol .search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.some((u) => new URL(u).pathname.endsWith('/documents/xinhe-2024/') && new URL(u).hash === '#p-2'), urls.join(' ')).toBe(true);
    await context.close();
  });
});
