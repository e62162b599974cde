// Fixes the benchmark can apply to its private build copy (never to the work tree) to measure their
// effect, or to get past a failure at large N and measure the rest. Each names the file and the exact
// text it replaces; if that text has changed, applying the fix fails loudly instead of measuring
// something else. Results record which fixes a build ran with.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PrototypeFix {
  name: string;
  why: string;
  edits: { file: string; old: string; new: string }[];
}

export const PROTOTYPE_FIXES: readonly PrototypeFix[] = [
  {
    name: 'corpus-json-without-spans',
    why: 'corpus.json with shared-text spans for every provision passes V8\'s 512 M-character string limit near 1,500 documents (363 M characters at 1,000, indented). Without the shared-text data (the draft checker has it in /data/draft/) it stays far below. Applied fixes (reuse matrix cap, ingest fast paths, classify memo, linear exports, Pagefind shards) are in the code now.',
    edits: [
      { file: 'src/data/exportCorpus.ts', old: '        similar: similarProvisions(ctx.reuse, p.id),\n', new: '' },
      { file: 'src/data/exportCorpus.ts', old: '    reuse: reuseJson(ctx.reuse),\n', new: '' },
    ],
  },
];

/** Applies the named fixes ('all' for every one) to the copy at `root`; returns the names applied. */
export function applyPrototypeFixes(root: string, names: readonly string[]): string[] {
  const wanted = names.includes('all') ? PROTOTYPE_FIXES : PROTOTYPE_FIXES.filter((f) => names.includes(f.name));
  const unknown = names.filter((n) => n !== 'all' && !PROTOTYPE_FIXES.some((f) => f.name === n));
  if (unknown.length > 0) throw new Error(`unknown prototype fix ${unknown.join(', ')}; known: ${PROTOTYPE_FIXES.map((f) => f.name).join(', ')}`);
  for (const fix of wanted) {
    for (const edit of fix.edits) {
      const path = join(root, edit.file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(edit.old)) throw new Error(`prototype fix ${fix.name}: ${edit.file} no longer contains the text it replaces; update scripts/bench/prototypeFixes.ts`);
      writeFileSync(path, text.replace(edit.old, () => edit.new));
    }
  }
  return wanted.map((f) => f.name);
}
