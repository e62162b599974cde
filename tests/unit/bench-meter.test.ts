// The benchmark's byte accounting: a URL is sized from the file the static server sends for it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressedSize, distSizer, totals } from '../../scripts/bench/networkMeter.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
const page = '<!doctype html><p>' + '医养结合'.repeat(500) + '</p>';
mkdirSync(join(dist, 'documents/x-2020'), { recursive: true });
writeFileSync(join(dist, 'documents/x-2020/index.html'), page);
writeFileSync(join(dist, '404.html'), 'not here');
// An already-gzipped file (as Pagefind writes its chunks): gzip would only add a header.
const chunk = gzipSync(Buffer.from('词'.repeat(2000)));
mkdirSync(join(dist, 'pagefind'));
writeFileSync(join(dist, 'pagefind/a.pf_index'), chunk);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('distSizer', () => {
  const size = distSizer(dist, '/sub/');

  it('sizes a directory URL from its index.html, under the base path, raw and gzipped', () => {
    const s = size('http://127.0.0.1:1234/sub/documents/x-2020/', 200);
    expect(s.raw).toBe(Buffer.byteLength(page));
    expect(s.gzip).toBe(gzipSync(Buffer.from(page), { level: 6 }).length);
    expect(s.gzip).toBeLessThan(s.raw / 10);
  });

  it('sizes a missing file or a 404 as the 404 page', () => {
    expect(size('http://127.0.0.1:1234/sub/nothing/', 404).raw).toBe(Buffer.byteLength('not here'));
    expect(size('http://127.0.0.1:1234/sub/documents/x-2020/', 404).raw).toBe(Buffer.byteLength('not here'));
  });

  it('counts an already-compressed file as it is', () => {
    const s = size('http://127.0.0.1:1234/sub/pagefind/a.pf_index', 200);
    expect(s).toEqual({ raw: chunk.length, gzip: chunk.length });
    expect(compressedSize(Buffer.alloc(0))).toBe(0);
  });
});

describe('totals', () => {
  it('adds all responses and, separately, the scripts', () => {
    const t = totals([
      { url: 'http://h/a.js', type: 'script', raw: 100, gzip: 40 },
      { url: 'http://h/pagefind/pagefind.js', type: 'fetch', raw: 50, gzip: 20 },
      { url: 'http://h/', type: 'document', raw: 1000, gzip: 300 },
    ]);
    expect(t).toMatchObject({ requests: 3, rawBytes: 1150, gzipBytes: 360, jsRawBytes: 150, jsGzipBytes: 60 });
    expect(t.largest[0]).toEqual({ url: '/', raw: 1000, gzip: 300 });
  });
});
