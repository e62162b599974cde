// Prototype measurements for the Pagefind stage (issue 8's known risk: memory at 2,850 documents).
// Builds the search index of a benchmark corpus outside Astro in three shapes and reports time, the
// pagefind binary's peak memory, and the index's size and largest chunk for each:
//  - one:      one index, one custom record per provision (what src/integrations/pagefind.ts does);
//  - shards:   the same records in K separate indexes (pagefind binary restarted between them), for
//              the search page to combine with Pagefind's mergeIndex;
//  - per-doc:  one record per document, as the build now writes it (src/search/entries.ts
//              documentRecord: pre-segmented distinct words and characters, index language `und`).
// The first two use the old per-provision record (Pagefind's own zh-cn segmentation) for comparison.
// `node scripts/bench/pagefindVariants.ts <seedsDir> <gazetteer.yml> [shards=4] [variants=one,shards,per-doc]`
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { classifyIngested } from '../../src/corpus/classifyIngested.ts';
import { ingestSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { canonicalMap } from '../../src/search/facets.ts';
import { documentRecord, searchEntries, type PagefindRecord, type SearchEntry } from '../../src/search/entries.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';
import { BUILD_ROOT, PROJECT } from './paths.ts';
import { watchTree } from './procTree.ts';

interface VariantResult {
  variant: string;
  records: number;
  indexes: number;
  ms: number;
  pagefindPeakRssMB: number;
  treePeakRssMB: number;
  bytes: number;
  largestChunk: { path: string; kb: number };
  metaKB: number;
}

function sizes(dir: string): { bytes: number; largest: { path: string; bytes: number }; meta: number } {
  let bytes = 0;
  let meta = 0;
  let largest = { path: '', bytes: 0 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const b = statSync(p).size;
        bytes += b;
        if (/\.pf_meta$/u.test(e.name)) meta += b;
        if (/\.pf_(index|fragment|filter|meta)$/u.test(e.name) && b > largest.bytes) largest = { path: p.slice(dir.length + 1), bytes: b };
      }
    }
  };
  walk(dir);
  return { bytes, largest, meta };
}

async function writeIndex(records: readonly PagefindRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: records[0]?.language ?? 'und' });
  if (!index || errors.length > 0) throw new Error(`createIndex: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addCustomRecord(r);
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  // Closing stops the binary, so each shard starts from a fresh process.
  await pagefind.close();
}

/** The record the build wrote before issue 8: one per provision, segmented by Pagefind (zh-cn). */
function provisionRecord(entry: SearchEntry): PagefindRecord {
  const filters = Object.fromEntries(Object.entries(entry.facets).filter(([, values]) => values.length > 0));
  return { url: entry.url, content: entry.text, language: 'zh-cn', meta: { id: entry.id, title: `${entry.jurisdiction} ${entry.label}` }, filters, sort: { date: entry.date ?? '0000' } };
}

async function measure(variant: string, run: () => Promise<{ records: number; indexes: number }>, out: string): Promise<VariantResult> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const watch = watchTree(process.pid, 200, ['pagefind']);
  const t0 = performance.now();
  const { records, indexes } = await run();
  const ms = Math.round(performance.now() - t0);
  const stats = watch.stop();
  const s = sizes(out);
  return {
    variant,
    records,
    indexes,
    ms,
    pagefindPeakRssMB: Math.round((stats.named.pagefind?.peakRssKB ?? 0) / 1024),
    treePeakRssMB: Math.round(stats.peakRssKB / 1024),
    bytes: s.bytes,
    largestChunk: { path: s.largest.path, kb: Math.round(s.largest.bytes / 102.4) / 10 },
    metaKB: Math.round(s.meta / 102.4) / 10,
  };
}

export async function pagefindVariants(seedsDir: string, gazetteerFiles: string[], shards: number, variants: string[]): Promise<VariantResult[]> {
  const gazetteer = gazetteerFiles.flatMap((f) => loadGazetteer(f) ?? []);
  const { documents, errors } = ingestSeeds(seedsDir, gazetteer, PROJECT);
  if (errors.length > 0) throw errors[0]!;
  const classified = classifyIngested(documents, join(PROJECT, 'content')).documents;
  const entries = searchEntries(classified.map((d) => d.document), classified.flatMap((d) => d.provisions), canonicalMap(loadSynonyms(join(PROJECT, 'content/synonyms.yml'))));
  const records = entries.map(provisionRecord);
  const root = join(BUILD_ROOT, 'pagefind-variants');
  const results: VariantResult[] = [];
  if (variants.includes('one')) {
    results.push(await measure('one index, record per provision', async () => {
      await writeIndex(records, join(root, 'one'));
      return { records: records.length, indexes: 1 };
    }, join(root, 'one')));
  }
  if (variants.includes('shards')) {
    results.push(await measure(`${shards} shards, record per provision`, async () => {
      // Shards follow document order, so one document's provisions stay in one shard.
      const docIds = [...new Set(entries.map((e) => e.docId))];
      const shardOf = new Map(docIds.map((id, i) => [id, Math.floor((i * shards) / docIds.length)]));
      for (let k = 0; k < shards; k += 1) await writeIndex(records.filter((_, i) => shardOf.get(entries[i]!.docId) === k), join(root, 'shards', `shard-${k}`));
      return { records: records.length, indexes: shards };
    }, join(root, 'shards')));
  }
  if (variants.includes('per-doc')) {
    const perDoc = [...Map.groupBy(entries, (e) => e.docId).values()].map((list) => documentRecord(list));
    results.push(await measure('one index, record per document', async () => {
      await writeIndex(perDoc, join(root, 'per-doc'));
      return { records: perDoc.length, indexes: 1 };
    }, join(root, 'per-doc')));
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [seedsDir, gazetteerFile, shards, variants] = process.argv.slice(2);
  if (!seedsDir) throw new Error('usage: node scripts/bench/pagefindVariants.ts <seedsDir> <gazetteer.yml> [shards] [one,shards,per-doc]');
  const results = await pagefindVariants(seedsDir, [join(PROJECT, 'content/jurisdictions.yml'), ...(gazetteerFile ? [gazetteerFile] : [])], Number(shards ?? 4), (variants ?? 'one,shards,per-doc').split(','));
  for (const r of results) console.log(JSON.stringify(r));
}
