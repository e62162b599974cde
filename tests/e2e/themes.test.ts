// Theme pages and the comparison overview in a real browser against the built site:
// links land on real anchors, the matrix is complete, silence is shown, columns can be
// hidden and reordered (state in the URL), and the pages pass axe.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './browser.ts';
import { useSite } from './site.ts';


const REQUIRED = ['licensing', 'land', 'tax', 'insurance', 'workforce', 'informatisation'];

const site = useSite();
const open = site.open;
const errors: string[] = [];

/** Every href on the page (HTML and SVG links), resolved against the page. */
const linksOn = (page: Page) =>
  page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));

/** Opens every distinct target page once and checks that each link's fragment exists there; returns how many distinct links had a fragment. */
async function checkLinks(links: string[]): Promise<number> {
  const idsByPage = new Map<string, Set<string> | null>();
  const checker = await site.context.newPage();
  let checked = 0;
  for (const link of [...new Set(links)]) {
    const url = new URL(link);
    expect(url.origin, link).toBe(new URL(site.server.url).origin);
    const target = `${url.origin}${url.pathname}`;
    if (!idsByPage.has(target)) {
      const res = await checker.goto(target, { waitUntil: 'domcontentloaded' });
      expect(res?.status(), target).toBe(200);
      const isHtml = (res?.headers()['content-type'] ?? '').startsWith('text/html');
      idsByPage.set(target, isHtml ? new Set(await checker.$$eval('[id]', (els) => els.map((e) => e.id))) : null);
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment) {
      expect(idsByPage.get(target)?.has(fragment), `${link}: no element #${fragment}`).toBe(true);
      checked++;
    }
  }
  await checker.close();
  return checked;
}

describe('theme pages', () => {
  it('the index lists every theme with a page, including the six required ones', async () => {
    const { page, watch } = await open('themes/');
    const slugs = await page.$$eval('table.theme-index tbody tr', (rows) => rows.map((r) => r.getAttribute('data-theme')));
    expect(slugs.length).toBeGreaterThanOrEqual(15);
    for (const slug of REQUIRED) expect(slugs).toContain(slug);
    for (const slug of REQUIRED) {
      const res = await page.request.get(`${site.server.url}themes/${slug}/`);
      expect(res.status(), slug).toBe(200);
    }
    expect(await checkLinks(await linksOn(page))).toBeGreaterThanOrEqual(1); // the skip link
    errors.push(...watch.errors);
    await page.close();
  });

  it('a theme page shows one column per jurisdiction, marked evidence, and an explicit silent cell', async () => {
    const { page, watch } = await open('themes/tax/');
    const columns = page.locator('.theme-columns > .theme-column');
    expect(await columns.count()).toBe(5);
    const ids = await columns.evaluateAll((els) => els.map((e) => e.id));
    for (const id of ids) expect(id).toMatch(/^col-[a-z0-9-]+$/u);
    // 中宁 names tax relief; the marks are the matched terms.
    const zhongning = page.locator('#col-zhongning-county');
    expect(await zhongning.locator('mark').count()).toBeGreaterThan(0);
    expect(await zhongning.locator('.theme-provision').count()).toBeGreaterThan(0);
    // At least one jurisdiction says nothing on tax, and the page says so in words.
    const silent = page.locator('.theme-column.is-silent');
    expect(await silent.count()).toBeGreaterThan(0);
    expect(await silent.first().innerText()).toContain('未发现相关条款');
    // The national notice is marked not applicable, with its reason, which differs from silence.
    const national = page.locator('#col-national');
    expect(await national.getAttribute('class')).toContain('is-not-applicable');
    expect(await national.innerText()).toMatch(/不适用[\s\S]*典型经验/u);
    // Summary: one row per jurisdiction, linking to its column.
    expect(await page.locator('table.theme-summary tbody tr').count()).toBe(5);
    const checked = await checkLinks(await linksOn(page));
    expect(checked).toBeGreaterThan(5);
    errors.push(...watch.errors);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('a provision link opens the provision\'s anchor on its document page', async () => {
    const { page } = await open('themes/land/');
    const link = page.locator('#col-zhongning-county .theme-provision-head a').filter({ hasText: '43' });
    await link.click();
    await page.waitForURL(/documents\/zhongning-2021\/#p-43$/u);
    expect(await page.locator('article#p-43').innerText()).toContain('划拨');
    await page.close();
  });
});

describe('hide and reorder', () => {
  it('hides and moves columns from the keyboard, keeps the state in the URL, and restores it on load', async () => {
    const { page, watch } = await open('themes/workforce/');
    const controls = page.locator('[data-column-controls]');
    expect(await controls.isVisible()).toBe(true);
    const order = () => page.locator('.theme-columns > .theme-column').evaluateAll((els) => els.map((e) => e.id.slice(4)));
    const visible = () => page.locator('.theme-columns > .theme-column:not([hidden])').evaluateAll((els) => els.map((e) => e.id.slice(4)));
    const before = await order();
    expect(before.length).toBe(5);
    const [first, second] = before as [string, string];

    // Hide the second jurisdiction with the keyboard (labelled checkbox, Space).
    const box = page.getByRole('checkbox', { name: await page.locator(`label[for="show-${second}"]`).innerText() });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await visible()).toEqual(before.filter((id) => id !== second));
    expect(await page.locator(`table.theme-summary tr[data-col="${second}"]`).isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('hide')).toBe(second);

    // Move the first jurisdiction down with its button (Enter).
    const down = page.locator(`li[data-control="${first}"] button[data-move="1"]`);
    await down.focus();
    await page.keyboard.press('Enter');
    const moved = await order();
    expect(moved.indexOf(first)).toBe(1);
    expect(new URL(page.url()).searchParams.get('order')).toBe(moved.join(','));
    // Focus stays on the button that was pressed, and the change is announced.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.move)).toBe('1');
    expect(await page.locator('[data-column-status]').innerText()).toContain('第 2 位');
    const summaryOrder = await page.locator('table.theme-summary tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-col')));
    expect(summaryOrder).toEqual(moved);

    // The shared URL restores the same view.
    const shared = page.url();
    const again = await site.context.newPage();
    await again.goto(shared, { waitUntil: 'networkidle' });
    expect(await again.locator('.theme-columns > .theme-column').evaluateAll((els) => els.map((e) => e.id.slice(4)))).toEqual(moved);
    expect(await again.locator(`#col-${second}`).isHidden()).toBe(true);
    expect(await again.getByRole('checkbox', { name: await again.locator(`label[for="show-${second}"]`).innerText() }).isChecked()).toBe(false);
    // A link to a hidden column shows it.
    await again.goto(`${shared}#col-${second}`);
    await expect.poll(() => again.locator(`#col-${second}`).isVisible()).toBe(true);
    await again.close();

    // Reset.
    await page.locator('[data-reset]').click();
    expect(await order()).toEqual(before);
    expect(await visible()).toEqual(before);
    expect(new URL(page.url()).search).toBe('');
    errors.push(...watch.errors);
    await page.close();
  });

  it('without JavaScript every column is shown in the default order and the controls stay hidden', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open('themes/workforce/', noJs);
    const defaultOrder = await page.locator('.theme-columns > .theme-column').evaluateAll((els) => els.map((e) => e.id));
    await page.goto(`${site.server.url}themes/workforce/?order=${defaultOrder.map((id) => id.slice(4)).reverse().join(',')}&hide=${defaultOrder[0]!.slice(4)}`);
    expect(await page.locator('.theme-columns > .theme-column').evaluateAll((els) => els.map((e) => e.id))).toEqual(defaultOrder);
    expect(await page.locator('.theme-columns > .theme-column:visible').count()).toBe(defaultOrder.length);
    expect(await page.locator('[data-column-controls]').isHidden()).toBe(true);
    await noJs.close();
  });
});

describe('comparison overview', () => {
  it('has one matrix cell per theme × jurisdiction, in the SVG, its link layer and the table', async () => {
    const { page, watch } = await open('compare/');
    const themeCount = await page.locator('table.matrix-table tbody tr').count();
    const columnCount = (await page.locator('table.matrix-table thead th').count()) - 2;
    expect(themeCount).toBeGreaterThanOrEqual(15);
    expect(columnCount).toBe(5);
    const cells = themeCount * columnCount;
    expect(await page.locator('svg.matrix-svg g.matrix-cell').count()).toBe(cells);
    expect(await page.locator('svg.matrix-links a').count()).toBe(cells);
    expect(await page.locator('table.matrix-table td[data-col] a').count()).toBe(cells);
    const pairs = await page.locator('svg.matrix-svg g.matrix-cell').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-theme')}|${g.getAttribute('data-col')}`));
    expect(new Set(pairs).size).toBe(cells);
    // The figure is an image with a name and description; the numbers are printed in it.
    const svg = page.locator('svg.matrix-svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await page.locator('svg.matrix-svg > title').textContent()).toBeTruthy();
    expect(await page.locator('svg.matrix-svg > desc').textContent()).toBeTruthy();
    expect(await page.locator('figure figcaption').count()).toBe(1);
    // Numbers in cells agree with the table.
    const found = page.locator('svg.matrix-svg g.matrix-cell[data-status="found"]').first();
    const [t, c] = [await found.getAttribute('data-theme'), await found.getAttribute('data-col')];
    const tableCell = page.locator(`table.matrix-table td[data-theme="${t}"][data-col="${c}"] a`);
    expect((await tableCell.innerText()).trim().split(/\s/u)[0]).toBe((await found.locator('text').textContent())!.trim());
    errors.push(...watch.errors);
    expect(watch.external).toEqual([]);
    await page.close();
  });

  it('shows a silent cell as such, and its link opens the silent column of the theme page', async () => {
    const { page } = await open('compare/');
    const silent = page.locator('svg.matrix-svg g.matrix-cell[data-status="silent"]').first();
    expect(await silent.locator('text').textContent()).toBe('0 未涉及');
    expect(await silent.locator('rect').getAttribute('fill')).toMatch(/^url\(#/u);
    const [t, c] = [await silent.getAttribute('data-theme'), await silent.getAttribute('data-col')];
    expect(await page.locator(`table.matrix-table td[data-theme="${t}"][data-col="${c}"]`).innerText()).toContain('0 未涉及');
    // Pointer users click the picture.
    await page.locator(`svg.matrix-links a[data-theme="${t}"][data-col="${c}"]`).click();
    await page.waitForURL(new RegExp(`themes/${t}/#col-${c}$`, 'u'));
    const column = page.locator(`#col-${c}`);
    expect(await column.getAttribute('class')).toContain('is-silent');
    expect(await column.innerText()).toContain('未发现相关条款');
    await page.close();
  });

  it('every link on the overview lands on an existing page and anchor', async () => {
    const { page } = await open('compare/');
    const links = await linksOn(page);
    // The picture's link layer and the table carry the same links, one distinct link per cell.
    const cells = await page.locator('svg.matrix-svg g.matrix-cell').count();
    expect(new Set(links.filter((l) => /#col-/u.test(l))).size).toBe(cells);
    const checked = await checkLinks(links);
    expect(checked).toBeGreaterThanOrEqual(cells);
    await page.close();
  });
});

describe('accessibility and console', () => {
  it.each(['compare/', 'themes/land/', 'themes/'])('/%s has no serious or critical axe violations', async (path) => {
    const ctx = await site.browser.newContext();
    const { page, watch } = await open(path, ctx);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await ctx.close();
  });

  it('no page visited above logged a console error', () => {
    expect(errors).toEqual([]);
  });
});
