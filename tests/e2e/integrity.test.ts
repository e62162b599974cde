// Site integrity: axe-core on one page of each kind, no request leaves the site, and a second
// build of the same inputs is byte-identical.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage } from './browser.ts';
import { buildSite } from './buildSite.ts';
import { removeScratchDirs } from './scratch.ts';
import { serveDist, type RunningServer } from './staticServer.ts';

const dist = process.env.DIST_DIR ?? 'dist';
let server: RunningServer;
let browser: Browser;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** One HTML page per kind: the first page (in name order) of each top-level route. */
function pagesByKind(): string[] {
  const kinds = new Map<string, string>();
  for (const file of walk(dist).filter((f) => f.endsWith('index.html')).sort()) {
    const path = relative(dist, file).replace(/index\.html$/u, '');
    const parts = path.split('/').filter(Boolean);
    const kind = parts.length === 0 ? 'home' : parts.length === 1 ? parts[0]! : `${parts[0]}/*`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeScratchDirs();
});

describe('accessibility and self-containment', () => {
  const pages = pagesByKind();
  it('covers the page kinds of the site', () => {
    expect(pages).toContain('');
    expect(pages.some((p) => p.startsWith('documents/') && p !== 'documents/')).toBe(true);
  });

  it.each(pages)('/%s has no serious or critical axe violations, no console errors, no outside requests', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, server.url.replace(/\/$/u, ''));
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await context.close();
  });
});

describe('reproducible builds', () => {
  it('building twice gives byte-identical output', () => {
    const again = buildSite();
    expect(again.status, again.output.slice(-2000)).toBe(0);
    const digest = (dir: string) =>
      Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
    expect(digest(again.outDir)).toEqual(digest(dist));
  }, 180_000);
});
