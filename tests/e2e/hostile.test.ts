// Hostile input builds into a site that shows the text literally and runs no injected code:
// script tags, HTML, MDX expressions, Markdown, javascript: URLs, very long lines, a 5 MB document.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { useSite } from './site.ts';
import { buildSite } from './buildSite.ts';
import { scratchDir } from './scratch.ts';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const chinese = (n: number) => (n < 10 ? NUMERALS[n]! : `${n >= 20 ? NUMERALS[Math.floor(n / 10)] : ''}十${NUMERALS[n % 10]}`);

/** A deterministic numbered plan of about `bytes` bytes, with one very long line. */
function bigPlan(bytes: number): string {
  const clause = '鼓励社会力量举办医养结合机构，支持养老机构内设医疗机构，推进医疗卫生与养老服务融合发展，<b>不是标签</b>。';
  const out = ['大山县医养结合超长实施方案', '', '为测试超长文件，制定本方案。', ''];
  let size = 0;
  for (let s = 1; size < bytes; s++) {
    out.push(`${chinese(s)}、第${s}部分`, '');
    for (let i = 1; i <= 150 && size < bytes; i++) {
      const body = s === 1 && i === 1 ? clause.repeat(2500) : clause.repeat(4);
      const line = `${i}.第${s}部分第${i}项。${body}`;
      out.push(line, '');
      size += Buffer.byteLength(line) + 2;
    }
  }
  return out.join('\n');
}

const site = useSite({
  build: () => {
    const seeds = scratchDir('hostile-seeds-');
    copyFileSync('tests/fixtures/good/hostile.txt', join(seeds, 'hostile-2024.txt'));
    writeFileSync(join(seeds, 'dashan-2024.txt'), bigPlan(5 * 1024 * 1024));
    return buildSite({ seeds });
  },
});

describe('hostile text', () => {
  it('is shown literally and runs nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const watch = watchPage(page, site.server.url.replace(/\/$/u, ''));
    await page.goto(`${site.server.url}documents/hostile-2024/`, { waitUntil: 'networkidle' });
    const text = await page.locator('main').innerText();
    expect(text).toContain('恶意县<script>alert("xss")</script>医养结合实施方案');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('{alert(1)} 与 {props.x} 是MDX表达式');
    expect(text).toContain('**加粗** _斜体_ [链接](javascript:alert(3))');
    expect(text).toContain('</article></main><!-- 注释 -->');
    expect(await page.locator('main img, main b, main strong, main em').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('stays data in the JSON and CSV downloads', () => {
    const json = JSON.parse(readFileSync(join(site.build.outDir, 'data/corpus.json'), 'utf8')) as { documents: { id: string; provisions: { text: string }[] }[] };
    const hostile = json.documents.find((d) => d.id === 'hostile-2024');
    expect(hostile?.provisions.map((p) => p.text).join('\n')).toContain('<img src=x onerror=alert(1)>');
    const html = readFileSync(join(site.build.outDir, 'documents/hostile-2024/index.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('a 5 MB document with very long lines', () => {
  it('builds, split over pages, every provision reachable by its url', async () => {
    const json = JSON.parse(readFileSync(join(site.build.outDir, 'data/corpus.json'), 'utf8')) as { documents: { id: string; provisions: { url: string; anchor: string; text: string }[] }[] };
    const big = json.documents.find((d) => d.id === 'dashan-2024')!;
    expect(big.provisions.length).toBeGreaterThan(5000);
    expect(Math.max(...big.provisions.map((p) => p.text.length))).toBeGreaterThan(100_000);
    const pages = new Set(big.provisions.map((p) => p.url.split('#')[0]));
    expect(pages.size).toBeGreaterThan(10);
    const last = big.provisions.at(-1)!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${last.url.slice(1)}`);
    expect(await page.locator(`article#${last.anchor}`).innerText()).toContain(last.text.slice(0, 20));
    await context.close();
  });
});
