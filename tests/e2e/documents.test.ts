// Document pages, downloads and the about page in a real browser against dist/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { useSite } from './site.ts';

const site = useSite({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });

describe('document pages', () => {
  it('the home page lists the five documents with their metadata and links', async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.server.url.replace(/\/$/u, ''));
    await page.goto(site.server.url);
    const rows = page.locator('table.doc-list tbody tr');
    expect(await rows.count()).toBe(5);
    const text = await page.locator('table.doc-list').innerText();
    for (const s of ['中宁县', '王益区', '丘北县', '江口县', '丘政办发〔2021〕104号', '国卫办老龄发〔2023〕3号']) expect(text).toContain(s);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('a provision permalink opens its anchor, with agencies and deadline', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.server.url}documents/zhongning-2021/#p-43`);
    const article = page.locator('article#p-43');
    await expect.poll(() => article.isVisible()).toBe(true);
    const text = await article.innerText();
    expect(text).toContain('国有划拨土地');
    expect(text).toContain('自然资源局');
    expect(text).toContain('2022年12月底');
    expect(text).toContain('(三)保障措施');
    expect(await page.evaluate(() => location.hash)).toBe('#p-43');
    await page.close();
  });

  it('copies both citation forms', async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.server.url.replace(/\/$/u, ''));
    await page.goto(`${site.server.url}documents/qiubei-2021/`);
    const article = page.locator('article#p-13');
    await article.getByRole('button', { name: '复制（简式）' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('《丘北县深入推进医养结合发展实施方案》（丘政办发〔2021〕104号）（十三）');
    await article.getByRole('button', { name: '复制（GB/T 7714）' }).click();
    const gbt = await page.evaluate(() => navigator.clipboard.readText());
    expect(gbt).toMatch(/^丘北县人民政府办公室\. 丘北县深入推进医养结合发展实施方案: 丘政办发〔2021〕104号\[EB\/OL\]\. \(2021-07-23\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/documents\/qiubei-2021\/#p-13（（十三））\.$/u);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows 王益\'s yearly targets, and a merged span without inventing a year', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.server.url}documents/wangyi-2016/`);
    const row26 = await page.locator('article#p-26 table.targets').innerText();
    expect(row26).toMatch(/2016[\s\S]*2020/u);
    expect(row26).toContain('95%');
    const row9 = await page.locator('article#p-9 table.targets').innerText();
    expect(row9).toContain('跨年度');
    expect(row9).not.toMatch(/201\d/u);
    await page.close();
  });
});

describe('downloads', () => {
  it('corpus.json has every provision with its source hash', async () => {
    const res = await fetch(`${site.server.url}data/corpus.json`);
    const data = (await res.json()) as { documents: { id: string; source: { sha256: string }; provisions: { id: string; sourceSha256: string }[] }[] };
    const counts = Object.fromEntries(data.documents.map((d) => [d.id, d.provisions.length]));
    expect(counts['zhongning-2021']).toBe(57);
    expect(counts['wangyi-2016']).toBe(29);
    for (const d of data.documents) for (const p of d.provisions) expect(p.sourceSha256).toBe(d.source.sha256);
  });

  it('provisions.csv starts with a BOM and has one row per provision', async () => {
    const bytes = new Uint8Array(await (await fetch(`${site.server.url}data/provisions.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^id,docId,url,anchor,order,label,/u);
    const json = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as { documents: { provisions: unknown[] }[] };
    const provisionCount = json.documents.reduce((n, d) => n + d.provisions.length, 0);
    // Count records, not lines: quoted fields may hold line breaks.
    const records = text.slice(1).match(/(?:^|\r\n)[a-z0-9-]+\/[a-z0-9.]+,/gu) ?? [];
    expect(records.length).toBe(provisionCount);
  });

  it('the /data/ page documents every CSV column', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.server.url}data/`);
    const codebook = await page.locator('#codebook-csv ~ div table').innerText();
    const header = (await (await fetch(`${site.server.url}data/provisions.csv`)).text()).replace(/^\uFEFF/u, '').split('\r\n')[0]!.split(',');
    for (const column of header) expect(codebook).toContain(column);
    await page.close();
  });
});
