// Runs the real `astro build` of a private copy on a benchmark corpus (SEEDS_DIR), sampling the
// memory of the whole process tree (Astro's Node process and the pagefind binary it spawns), and
// timing the pagefind binary's life as Pagefind's share of the build.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { watchTree } from './procTree.ts';

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  ms: number;
  /** Peak of the summed resident memory of the build's process tree (polled). */
  peakRssMB: number;
  /** Largest single process (GNU time's "Maximum resident set size"), when /usr/bin/time exists. */
  maxSingleProcessMB: number | null;
  pagefind: { ms: number; peakRssMB: number } | null;
  log: string;
  distDir: string;
}

const TIME = '/usr/bin/time';
const POLL_MS = 200;

export async function runBuild(workDir: string, seedsDir: string, log: string, options: { base?: string; timeoutMs?: number; heapMB?: number } = {}): Promise<BuildRun> {
  mkdirSync(dirname(log), { recursive: true });
  const out = createWriteStream(log);
  const astro = join(workDir, 'node_modules/astro/bin/astro.mjs');
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-v', process.execPath, astro, 'build']] : [process.execPath, [astro, 'build']];
  const env = {
    ...process.env,
    SEEDS_DIR: seedsDir,
    BASE_PATH: options.base ?? '/',
    PATH: `${join(workDir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.heapMB ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${options.heapMB}`.trim() } : {}),
  };
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderrTail = '';
  child.stdout.pipe(out, { end: false });
  child.stderr.on('data', (chunk: Buffer) => {
    out.write(chunk);
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-8000);
  });
  const watch = watchTree(child.pid!, POLL_MS, ['pagefind']);
  const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 60 * 60 * 1000);
  const exitCode = await new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  clearTimeout(timer);
  const ms = Math.round(performance.now() - t0);
  const stats = watch.stop();
  await new Promise<void>((ok) => out.end(ok));
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderrTail);
  const pf = stats.named.pagefind;
  return {
    ok: exitCode === 0,
    exitCode,
    ms,
    peakRssMB: Math.round(stats.peakRssKB / 1024),
    maxSingleProcessMB: maxRss ? Math.round(Number(maxRss[1]) / 1024) : null,
    // The binary is seen from its first to its last sample: add one interval for the edges.
    pagefind: pf ? { ms: Math.round(pf.lastMs - pf.firstMs + POLL_MS), peakRssMB: Math.round(pf.peakRssKB / 1024) } : null,
    log,
    distDir: join(workDir, 'dist'),
  };
}
