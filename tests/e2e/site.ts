// One fixture for browser tests: serves the built site (DIST_DIR, BASE_PATH), launches Chromium,
// opens pages with console-error and outside-request watching. Call useSite() at the top of a file.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, watchPage } from './browser.ts';
import { serveDist, type RunningServer } from './staticServer.ts';
import type { BuildResult } from './buildSite.ts';
import { removeScratchDirs } from './scratch.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

export interface Site {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Opens a site path (relative to the base), expecting HTTP 200. */
  open(path: string, ctx?: BrowserContext): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }>;
}

/**
 * `build`, when given, builds a site of its own first (other seeds, other settings) and serves that;
 * its result is then `site.build`.
 */
export function useSite(options: { dir?: string; contextOptions?: BrowserContextOptions; build?: () => BuildResult } = {}): Site & { readonly build: BuildResult } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let built: BuildResult | undefined;
  beforeAll(async () => {
    if (options.build) {
      built = options.build();
      if (built.status !== 0) throw new Error(`build failed:\n${built.output.slice(-3000)}`);
    }
    server = await serveDist(built?.outDir ?? options.dir ?? DIST, built ? '/' : BASE);
    browser = await launchBrowser();
    context = await browser.newContext(options.contextOptions);
  }, 600_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    removeScratchDirs();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not ready: use it inside a test`);
    return value;
  };
  return {
    get build() {
      return ready(built, 'build');
    },
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
