// Network accounting for a Playwright page against the local static server: every response the page
// received, sized from the file the server sent (the server streams files from dist/ unchanged, so
// the file is the body). Bodies are not read back from the browser: Chromium drops bodies of large
// resources (over ~10 MB) from its buffer, which would count a 58 MB fetch as nothing.
// Sizes are raw and as gzip (level 6) would send them, except already-compressed files (Pagefind's
// .pf_* and wasm are gzip streams), which a host sends as they are.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, xhr, image … */
  type: string;
  raw: number;
  gzip: number;
}

export interface TransferTotals {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  jsRawBytes: number;
  jsGzipBytes: number;
  /** The biggest responses, for the report. */
  largest: { url: string; raw: number; gzip: number }[];
}

/** What a gzip-serving host would send for this body. */
export function compressedSize(body: Buffer): number {
  return body.length === 0 ? 0 : Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

const isJs = (t: Transfer): boolean => t.type === 'script' || /\.m?js$/u.test(new URL(t.url).pathname);

export function totals(list: readonly Transfer[]): TransferTotals {
  const js = list.filter(isJs);
  const sum = (xs: readonly Transfer[], k: 'raw' | 'gzip') => xs.reduce((n, t) => n + t[k], 0);
  return {
    requests: list.length,
    rawBytes: sum(list, 'raw'),
    gzipBytes: sum(list, 'gzip'),
    jsRawBytes: sum(js, 'raw'),
    jsGzipBytes: sum(js, 'gzip'),
    largest: [...list].sort((a, b) => b.raw - a.raw).slice(0, 5).map(({ url, raw, gzip }) => ({ url: new URL(url).pathname, raw, gzip })),
  };
}

/** Sizes of the files of one built site, computed once per file. */
export function distSizer(dist: string, base: string): (url: string, status: number) => { raw: number; gzip: number } {
  const cache = new Map<string, { raw: number; gzip: number }>();
  return (url, status) => {
    let rel = decodeURIComponent(new URL(url).pathname);
    rel = rel.startsWith(base) ? rel.slice(base.length) : rel;
    let path = normalize(join(dist, rel));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (status === 404 || !existsSync(path)) path = join(dist, '404.html');
    let size = cache.get(path);
    if (!size) {
      const body = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      size = { raw: body.length, gzip: compressedSize(body) };
      cache.set(path, size);
    }
    return size;
  };
}

/**
 * Starts counting the page's responses from `origin`; `take()` returns (and clears) them. Files are
 * sized in `take()`, after the measurement: sizing means gzipping, and doing it as responses arrive
 * would hold up this process, which may be the one serving the next request.
 */
export function meterPage(page: Page, sizeOf: (url: string, status: number) => { raw: number; gzip: number }, origin: string): { take(): Promise<Transfer[]> } {
  let seen: { url: string; type: string; status: number }[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(origin)) return;
    seen.push({ url, type: response.request().resourceType(), status: response.status() });
  });
  return {
    async take() {
      const list = seen;
      seen = [];
      return list.map(({ url, type, status }) => ({ url, type, ...sizeOf(url, status) }));
    },
  };
}
