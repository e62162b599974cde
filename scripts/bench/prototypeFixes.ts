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
    name: 'reuse-matrix-top30',
    why: 'SharedMatrix spreads D×D values into Math.max (RangeError at 1,000 documents) and draws D² cells; show the 30 documents that share the most text.',
    edits: [
      {
        file: 'src/pages/reuse.astro',
        old: '<SharedMatrix matrix={site.matrix} labels={labels} titles={titles} />',
        new: '<SharedMatrix matrix={topMatrix(site.matrix, 30)} labels={labels} titles={titles} />',
      },
      {
        file: 'src/pages/reuse.astro',
        old: 'const p = result.params;\n',
        new: `const p = result.params;
function topMatrix(m: typeof site.matrix, k: number): typeof site.matrix {
  if (m.docIds.length <= k) return m;
  const sums = m.share.map((row) => row.reduce((a, b) => a + b, 0));
  const keep = m.docIds.map((_, i) => i).sort((a, b) => sums[b]! - sums[a]! || a - b).slice(0, k).sort((a, b) => a - b);
  return { docIds: keep.map((i) => m.docIds[i]!), share: keep.map((i) => keep.map((j) => m.share[i]![j]!)), letters: keep.map((i) => m.letters[i]!), sharedLetters: keep.map((i) => keep.map((j) => m.sharedLetters[i]![j]!)) };
}
`,
      },
    ],
  },
  {
    name: 'ingest-fast-paths',
    why: 'accountForSource sorts every line twice (40% of ingest); matchMarker NFKC-normalises whole paragraphs to read a prefix; findDocNumbers runs its backtracking regex on every line.',
    edits: [
      {
        file: 'src/pipeline/ledger.ts',
        old: '    if (sortedChars(text) !== sortedChars(claimed)) mismatches.push',
        new: '    if (stripSpace(text) === stripSpace(claimed)) continue;\n    if (sortedChars(text) !== sortedChars(claimed)) mismatches.push',
      },
      { file: 'src/pipeline/numbering.ts', old: '  const { norm, ends } = nfkcWithOffsets(body);', new: '  const { norm, ends } = nfkcWithOffsets(body.slice(0, 16));' },
      {
        file: 'src/pipeline/metadataLines.ts',
        old: "  for (const m of text.normalize('NFKC').matchAll(DOC_NUMBER)) {",
        new: "  const norm = text.normalize('NFKC');\n  if (!/[〔\\[(【]\\s*\\d{4}/u.test(norm)) return out;\n  for (const m of norm.matchAll(DOC_NUMBER)) {",
      },
    ],
  },
  {
    name: 'classify-term-memo',
    why: 'matchTerms and agencyHits NFKC-normalise every vocabulary term for every provision and theme; terms are few, so remember them.',
    edits: [
      {
        file: 'src/classify/normalize.ts',
        old: "export function normalizeForMatch(s: string): string {\n  return s.normalize('NFKC').replace(/\\s+/gu, '');\n}",
        new: "const memo = new Map<string, string>();\nexport function normalizeForMatch(s: string): string {\n  if (s.length > 40) return s.normalize('NFKC').replace(/\\s+/gu, '');\n  let v = memo.get(s);\n  if (v === undefined) memo.set(s, (v = s.normalize('NFKC').replace(/\\s+/gu, '')));\n  return v;\n}",
      },
    ],
  },
  {
    name: 'pagefind-shards-8',
    why: 'One Pagefind index of every provision needs 5.5 GB in the pagefind binary at 1,000 documents; eight indexes by document, written one after another, bound it by a shard. The search page merges them with mergeIndex.',
    edits: [
      {
        file: 'src/integrations/pagefind.ts',
        old: "  const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });\n  check('createIndex', created.errors);\n  const index = created.index;\n  if (!index) throw new Error('Pagefind createIndex returned no index');\n  try {\n    for (const entry of entries) {\n      const added = await index.addCustomRecord(pagefindRecord(entry));\n      check(`addCustomRecord ${entry.id}`, added.errors);\n    }\n    const outputPath = join(outDir, PAGEFIND_DIR);\n    const written = await index.writeFiles({ outputPath });\n    check('writeFiles', written.errors);\n\n    const manifest = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;\n    const languages = Object.entries(manifest.languages);\n    for (const [language, info] of languages) {\n      logger.info(`Pagefind ${manifest.version}: index language ${language}, ${info.page_count} records (${info.hash})`);\n    }\n    const indexed = manifest.languages[INDEX_LANGUAGE]?.page_count ?? 0;\n    if (languages.length !== 1 || indexed !== entries.length) {\n      throw new Error(`Pagefind indexed ${languages.map(([l, i]) => `${l}: ${i.page_count}`).join(', ')}; expected ${entries.length} records in ${INDEX_LANGUAGE} only`);\n    }\n  } finally {\n    await index.deleteIndex();\n    await pagefind.close();\n  }\n",
        new: "  // Prototype (benchmark): the records in 8 shards by document, each its own index written by its own\n  // pagefind process, so the binary's memory is bounded by one shard; the search page merges them.\n  const SHARDS = 8;\n  const docOrder = [...new Set(entries.map((e) => e.docId))];\n  const shardOf = new Map(docOrder.map((id, i) => [id, Math.floor((i * SHARDS) / docOrder.length)]));\n  let indexed = 0;\n  for (let k = 0; k < SHARDS; k += 1) {\n    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });\n    check('createIndex', created.errors);\n    const index = created.index;\n    if (!index) throw new Error('Pagefind createIndex returned no index');\n    try {\n      for (const entry of entries) {\n        if (shardOf.get(entry.docId) !== k) continue;\n        const added = await index.addCustomRecord(pagefindRecord(entry));\n        check(`addCustomRecord ${entry.id}`, added.errors);\n        indexed += 1;\n      }\n      const written = await index.writeFiles({ outputPath: join(outDir, k === 0 ? PAGEFIND_DIR : `${PAGEFIND_DIR}-${k}`) });\n      check('writeFiles', written.errors);\n    } finally {\n      await index.deleteIndex();\n      await pagefind.close();\n    }\n  }\n  logger.info(`Pagefind: ${indexed} records in ${SHARDS} shards`);\n",
      },
      {
        file: 'src/scripts/searchPagefind.ts',
        old: '    await pf.init();',
        new: "    for (let k = 1; k < 8; k += 1) await (pf as unknown as { mergeIndex(url: string): Promise<void> }).mergeIndex(href(`/pagefind-${k}/`));\n    await pf.init();",
      },
    ],
  },
  {
    name: 'exports-linear',
    why: 'provisionTargetsExport/provisionTargetsColumn filter every target for every provision (P × T); corpus.json with shared-text spans for every provision, indented, passes V8\'s 512 M-character string limit near 1,500 documents (363 M characters at 1,000). Index targets by provision; write corpus.json unindented and without the shared-text data (it is in /data/reuse-index.json).',
    edits: [
      {
        file: 'src/targets/export.ts',
        old: "/** Extracted targets and series of one provision, for its entry in corpus.json. */",
        new: "const targetIndexes = new WeakMap<CorpusTargets, { targets: Map<string, CorpusTargets['targets']>; series: Map<string, CorpusTargets['series']> }>();\nfunction targetIndex(all: CorpusTargets) {\n  let ix = targetIndexes.get(all);\n  if (!ix) targetIndexes.set(all, (ix = { targets: Map.groupBy(all.targets, (t) => t.provisionId), series: Map.groupBy(all.series, (s) => s.provisionId) }));\n  return ix;\n}\n\n/** Extracted targets and series of one provision, for its entry in corpus.json. */",
      },
      {
        file: 'src/targets/export.ts',
        old: '    extractedTargets: all.targets.filter((t) => t.provisionId === provision.id),\n    targetSeries: all.series.filter((s) => s.provisionId === provision.id),',
        new: '    extractedTargets: targetIndex(all).targets.get(provision.id) ?? [],\n    targetSeries: targetIndex(all).series.get(provision.id) ?? [],',
      },
      {
        file: 'src/targets/export.ts',
        old: '  const cells = all.targets\n    .filter((t) => t.provisionId === provision.id)\n',
        new: '  const cells = (targetIndex(all).targets.get(provision.id) ?? [])\n',
      },
      { file: 'src/data/exportCorpus.ts', old: '        similar: similarProvisions(ctx.reuse, p.id),\n', new: '' },
      { file: 'src/data/exportCorpus.ts', old: '    reuse: reuseJson(ctx.reuse),\n', new: '' },
      { file: 'src/pages/data/corpus.json.ts', old: 'await exportContext()), null, 1)', new: 'await exportContext()))' },
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
