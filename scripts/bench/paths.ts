// Where the benchmark reads and writes: the project it measures, its scratch output (bench-out/,
// gitignored) and the private build copies under /tmp (builds never run in the shared work tree).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BENCH_OUT = process.env.BENCH_OUT ?? join(PROJECT, 'bench-out');
export const BUILD_ROOT = process.env.BENCH_BUILD_ROOT ?? join(tmpdir(), 'yiyang-bench');

export const seedsDirFor = (docs: number): string => join(BENCH_OUT, `seeds-${docs}`);
export const gazetteerFileFor = (docs: number): string => join(BENCH_OUT, `gazetteer-${docs}.yml`);
export const resultFileFor = (docs: number): string => join(BENCH_OUT, 'results', `build-${docs}.json`);
export const browserFileFor = (docs: number): string => join(BENCH_OUT, 'results', `browser-${docs}.json`);
export const buildDirFor = (docs: number): string => join(BUILD_ROOT, `build-${docs}`);
