// One fixture for browser tests: serves the built site (DIST_DIR, BASE_PATH), launches Chromium,
// opens pages with console-error and outside-request watching. Call useSite() at the top of a file.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, watchPage } from './browser.ts';
import { serveDist, type RunningServer } from './staticServer.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

export interface Site {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Opens a site path (relative to the base), expecting HTTP 200. */
  open(path: string, ctx?: BrowserContext): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }>;
}

export function useSite(options: { dir?: string; contextOptions?: BrowserContextOptions } = {}): Site {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await serveDist(options.dir ?? DIST, BASE);
    browser = await launchBrowser();
    context = await browser.newContext(options.contextOptions);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not ready: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'context');
    },
    async open(path, ctx) {
      const page = await (ctx ?? ready(context, 'context')).newPage();
      const s = ready(server, 'server');
      const watch = watchPage(page, s.url.replace(/\/$/u, ''));
      const res = await page.goto(`${s.url}${path}`, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
      return { page, watch };
    },
  };
}
