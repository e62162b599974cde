// A private copy of the project to build in (builds never run in the shared work tree, where other
// builds would clobber dist/ and .astro/): the sources without node_modules, dist, .astro, .git or
// bench-out, with node_modules linked back, and the benchmark's invented places appended to the
// copy's gazetteer.
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT } from './paths.ts';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-out']);

export function makePrivateCopy(target: string, gazetteerFile: string | null): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(PROJECT, target, {
    recursive: true,
    filter: (src) => {
      const rel = relative(PROJECT, src);
      return rel === '' || !SKIP.has(rel.split('/')[0]!);
    },
  });
  symlinkSync(join(PROJECT, 'node_modules'), join(target, 'node_modules'));
  if (gazetteerFile && existsSync(gazetteerFile)) {
    const extra = readFileSync(gazetteerFile, 'utf8');
    if (extra.trim() !== '[]') appendFileSync(join(target, 'content/jurisdictions.yml'), `\n# Invented places of the benchmark corpus\n${extra}`);
  }
}
