// `npm run dev` picks up a new or edited seed without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockStarts, draftIndexPaths, parseDraftBlock, parseDraftMeta } from '../../src/reuse/draftIndexFormat.ts';
import { removeScratchDirs, scratchDir } from './scratch.ts';

let dev: ChildProcess;
let url = '';
let log = "";
let lastError = "";
const seeds = scratchDir('dev-seeds-');

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch((e: unknown) => { lastError = String(e); return false; })) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** A free local port (Astro's dev server does not report the real port when given 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return typeof address === 'object' && address ? address.port : 4399;
}

beforeAll(async () => {
  const port = await freePort();
  for (const name of readdirSync('seeds').filter((f) => f.endsWith('.txt')).slice(0, 2)) copyFileSync(join('seeds', name), join(seeds, name));
  dev = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    // A clean environment: vitest exports Vite variables (MODE, BASE_URL, …) that would confuse a nested Vite server.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SEEDS_DIR: seeds },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (d: Buffer) => {
    // eslint-disable-next-line no-control-regex
    log += d.toString().replace(/\x1b\[[0-9;]*m/gu, '');
    const m = /http:\/\/127\.0\.0\.1:(\d+)\//u.exec(log);
    if (m && !url) url = `http://127.0.0.1:${m[1]}/`;
  };
  dev.stdout?.on('data', onData);
  dev.stderr?.on('data', onData);
  if (!(await waitFor(async () => { if (url === "") return false; const r = await fetch(url); lastError = `HTTP ${r.status}: ${(await r.text()).slice(0, 300)}`; return r.ok; }, 60_000))) throw new Error(`dev server did not start (${dev.exitCode}, ${url}, ${lastError}):\n${log}`);
}, 90_000);
afterAll(() => {
  dev?.kill('SIGTERM');
  removeScratchDirs();
});

describe('dev loop', () => {
  it('shows a new seed, then an edit to it, without a restart', async () => {
    const page = () => fetch(`${url}documents/beishan-2024/`);
    expect((await page()).status).toBe(404);
    copyFileSync('tests/fixtures/good/utf8-bom.txt', join(seeds, 'beishan-2024.txt'));
    expect(await waitFor(async () => (await page()).status === 200, 30_000), log.slice(-2000)).toBe(true);
    expect(await (await page()).text()).toContain('国有划拨土地');

    writeFileSync(join(seeds, 'beishan-2024.txt'), '北山县医养结合工作方案\n\n一、主要任务\n\n（一）新增加的条款：建设智慧健康养老服务平台。（责任单位：县卫健局）\n');
    expect(await waitFor(async () => (await (await page()).text()).includes('新增加的条款'), 30_000), log.slice(-2000)).toBe(true);

    // The draft checker's index is served from memory too, and holds the new clause.
    const meta = parseDraftMeta(await (await fetch(`${url}data/draft/meta.json`)).json());
    const blocks = blockStarts(meta.blockSizes).length - 1;
    const texts: string[] = [];
    for (let n = 0; n < blocks; n += 1) {
      const path = draftIndexPaths.block(n);
      texts.push(...parseDraftBlock(await (await fetch(`${url}data/draft/${path}`)).json(), meta.params.shingleSize, path).provisions.map((p) => p[3]));
    }
    expect(texts.some((t) => t.includes('新增加的条款'))).toBe(true);
  }, 90_000);
});
