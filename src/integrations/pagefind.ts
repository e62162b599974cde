// Builds the clause search after the site is written: one Pagefind custom record per provision
// (see src/search/entries.ts for why provisions, not pages) plus the compact entries JSON the search
// page uses to verify Pagefind's hits. Data comes from the site's own export (data/corpus.json),
// so the index holds exactly what the pages show. Any Pagefind error fails the build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildCorpus } from '../corpus/buildCorpus.ts';
import type { CorpusExport } from '../data/exportCorpus.ts';
import { canonicalMap } from '../search/facets.ts';
import { INDEX_LANGUAGE, pagefindRecord, searchEntries, type SearchData } from '../search/entries.ts';
import { loadSynonyms } from '../search/synonymFile.ts';
import { assignShards, shardDir, shardTotal } from '../search/shards.ts';
import { recordsPerShard } from '../search/shardConfig.ts';

/** Where the search files land inside the built site. */
export const SEARCH_DATA_PATH = 'search/provisions.json';
export const PAGEFIND_DIR = 'pagefind';

interface PagefindEntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildSearchIndex(outDir: string, synonymsFile: string, logger: Pick<AstroIntegrationLogger, 'info'>, perShard: number = recordsPerShard()): Promise<void> {
  const corpus = JSON.parse(await readFile(join(outDir, 'data/corpus.json'), 'utf8')) as CorpusExport;
  const documents = corpus.documents;
  const provisions = documents.flatMap((d) => d.provisions);
  const entries = searchEntries(documents, provisions, canonicalMap(loadSynonyms(synonymsFile)));

  // One language for the whole index: custom records in any other language would land in an index
  // the zh-CN pages never search. Large corpora are written in shards (src/search/shards.ts).
  const shardOf = assignShards(entries, perShard);
  const shards = shardTotal(shardOf);
  let indexed = 0;
  for (let k = 0; k < shards; k++) {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    try {
      const own = entries.filter((e) => shardOf.get(e.docId) === k);
      for (const entry of own) {
        const added = await index.addCustomRecord(pagefindRecord(entry));
        check(`addCustomRecord ${entry.id}`, added.errors);
      }
      const outputPath = join(outDir, shardDir(k));
      const written = await index.writeFiles({ outputPath });
      check('writeFiles', written.errors);

      const manifest = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
      const languages = Object.entries(manifest.languages);
      for (const [language, info] of languages) {
        logger.info(`Pagefind ${manifest.version}: shard ${k + 1}/${shards}, index language ${language}, ${info.page_count} records (${info.hash})`);
      }
      const count = manifest.languages[INDEX_LANGUAGE]?.page_count ?? 0;
      if (languages.length !== 1 || count !== own.length) {
        throw new Error(`Pagefind indexed ${languages.map(([l, i]) => `${l}: ${i.page_count}`).join(', ')} in shard ${k}; expected ${own.length} records in ${INDEX_LANGUAGE} only`);
      }
      indexed += count;
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  }
  if (indexed !== entries.length) throw new Error(`Pagefind indexed ${indexed} records; expected ${entries.length}`);

  const data: SearchData = { version: 1, entries };
  await mkdir(join(outDir, 'search'), { recursive: true });
  const json = JSON.stringify(data);
  await writeFile(join(outDir, SEARCH_DATA_PATH), json);
  logger.info(`search entries: ${entries.length} provisions, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB at /${SEARCH_DATA_PATH}`);
}

export default function pagefindIntegration(options: { synonyms?: string } = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  const synonymsPath = () => resolve(root, options.synonyms ?? 'content/synonyms.yml');
  return {
    name: 'yiyang:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // `astro dev` has no Pagefind index; serving the entries lets the page's own scan still answer.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== `${base}${SEARCH_DATA_PATH}`) return next();
          try {
            const corpus = buildCorpus(root).documents;
            const entries = searchEntries(corpus.map((d) => d.document), corpus.flatMap((d) => d.provisions), canonicalMap(loadSynonyms(synonymsPath())));
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify({ version: 1, entries } satisfies SearchData));
          } catch (err) {
            next(err);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), synonymsPath(), logger);
      },
    },
  };
}
