// Builds the site from another seeds folder into another output folder (hostile fixtures,
// an added document, reproducibility), exactly as `npm run build` would.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { scratchDir } from './scratch.ts';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

export function buildSite(options: { seeds?: string; base?: string; outDir?: string; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? scratchDir('site-');
  // A clean environment: vitest exports Vite variables (MODE, BASE_URL, …) that would leak into the nested build.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  if (options.seeds) env.SEEDS_DIR = resolve(options.seeds);
  if (options.base) env.BASE_PATH = options.base;
  Object.assign(env, options.env);
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
