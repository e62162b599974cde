// Builds the clause search after the site is written: one Pagefind custom record per document
// (src/search/entries.ts recordShell: why documents, not provisions) and, per document, the
// compact search data the page loads to verify and show clauses (src/search/docData.ts), named
// after the document's Pagefind page id so the page needs no Pagefind fragment.
// Data comes from the site's own export, so the index holds exactly what the pages show; it is
// read one document at a time (data/documents/<slug>.json), by worker threads on a large site
// (searchPrepare.ts), and only each document's filters and word ids (4 bytes a word) are kept
// until the records are written. Any Pagefind error fails the build.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildCorpus } from '../corpus/buildCorpus.ts';
import { canonicalMap, type Canonical } from '../search/facets.ts';
import { INDEX_LANGUAGE, searchEntries, type PagefindRecord } from '../search/entries.ts';
import { COMMON_SHARE, COMMON_WORDS_PATH, commonWords, type CommonWordsFile } from '../search/commonWords.ts';
import { DOC_DATA_DIR, DOC_LIST_PATH, docDataPath, packDocument, type DocList } from '../search/docData.ts';
import { loadSynonyms } from '../search/synonymFile.ts';
import { shardDir, shardOf } from '../search/shards.ts';
import { commonWordsMinDocuments, documentsPerShard, searchWorkers } from '../search/shardConfig.ts';
import { prepareDocuments } from './searchPrepare.ts';

export const PAGEFIND_DIR = 'pagefind';

interface PagefindEntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Pagefind page id → document id, read from the fragments just written. A fragment is gzip of
 * "pagefind_dcd" + JSON with the record's meta (our meta.id is the document id); its file name is
 * the id search results carry.
 */
async function fragmentDocuments(outputPath: string): Promise<Map<string, string>> {
  const dir = join(outputPath, 'fragment');
  const out = new Map<string, string>();
  for (const f of (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment'))) {
    const raw = gunzipSync(await readFile(join(dir, f)));
    const fragment = JSON.parse(raw.subarray(12).toString('utf8')) as { meta?: { id?: unknown } };
    const id = fragment.meta?.id;
    if (raw.subarray(0, 12).toString() !== 'pagefind_dcd' || typeof id !== 'string') throw new Error(`Pagefind fragment ${f} is not one document's (grouped fragments are not supported)`);
    out.set(f.slice(0, -'.pf_fragment'.length), id);
  }
  return out;
}

/** One shard's Pagefind run: a fresh binary, records added, files written, binary stopped. */
/** Records sent to Pagefind and not yet acknowledged, at most. */
const IN_FLIGHT = 16;

class Shard {
  private records = 0;
  private pending: Promise<void>[] = [];
  readonly k: number;
  private readonly index: pagefind.PagefindIndex;
  private constructor(k: number, index: pagefind.PagefindIndex) {
    this.k = k;
    this.index = index;
  }

  static async open(k: number): Promise<Shard> {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    check('createIndex', created.errors);
    if (!created.index) throw new Error('Pagefind createIndex returned no index');
    return new Shard(k, created.index);
  }

  /** Sends a record without waiting for Pagefind to index it (up to IN_FLIGHT at once). */
  async add(docId: string, record: PagefindRecord): Promise<void> {
    const added = this.index.addCustomRecord(record).then((r) => check(`addCustomRecord ${docId}`, r.errors));
    // Handled here so a failure waiting in the queue is not an unhandled rejection; it is thrown when awaited.
    added.catch(() => undefined);
    this.pending.push(added);
    this.records++;
    if (this.pending.length >= IN_FLIGHT) await this.pending.shift();
  }

  /** Writes the shard; returns document id → Pagefind page id for its documents. */
  async close(outDir: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<Map<string, string>> {
    try {
      await Promise.all(this.pending);
      const outputPath = join(outDir, shardDir(this.k));
      const written = await this.index.writeFiles({ outputPath });
      check('writeFiles', written.errors);
      const manifest = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
      const languages = Object.entries(manifest.languages);
      for (const [language, info] of languages) {
        logger.info(`Pagefind ${manifest.version}: shard ${this.k + 1}, index language ${language}, ${info.page_count} documents (${info.hash})`);
      }
      const count = manifest.languages[INDEX_LANGUAGE]?.page_count ?? 0;
      if (languages.length !== 1 || count !== this.records) {
        throw new Error(`Pagefind indexed ${languages.map(([l, i]) => `${l}: ${i.page_count}`).join(', ')} in shard ${this.k}; expected ${this.records} documents in ${INDEX_LANGUAGE} only`);
      }
      const pages = await fragmentDocuments(outputPath);
      if (pages.size !== count) throw new Error(`Pagefind wrote ${pages.size} fragments in shard ${this.k}; expected ${count}`);
      return new Map([...pages].map(([page, doc]) => [doc, page]));
    } finally {
      await this.index.deleteIndex();
      // Stopping the binary frees its memory before the next shard starts.
      await pagefind.close();
    }
  }
}

export interface SearchIndexOptions {
  /** Documents per Pagefind shard. */
  perShard?: number;
  /** Corpora smaller than this keep every word. */
  minDocuments?: number;
  /** Worker threads for the first pass, and the fewest documents each must have (searchPrepare.ts). */
  workers?: number;
  minPerWorker?: number;
}

/**
 * Two passes: the first reads every document, writes its search data and counts its tokens; the
 * second, once the common words are known (src/search/commonWords.ts), sends the records to
 * Pagefind in shards.
 */
export async function buildSearchIndex(outDir: string, synonymsFile: string, logger: Pick<AstroIntegrationLogger, 'info'>, options: SearchIndexOptions = {}): Promise<void> {
  const { perShard = documentsPerShard(), minDocuments = commonWordsMinDocuments(), workers = searchWorkers(), minPerWorker } = options;
  const canonical = canonicalMap(loadSynonyms(synonymsFile));
  await mkdir(join(outDir, DOC_DATA_DIR), { recursive: true });
  const started = performance.now();
  const { threads, documents: prepared, vocabulary, bytes, provisions } = await prepareDocuments(outDir, canonical, workers, minPerWorker);
  const where = threads > 0 ? `${threads} worker threads` : 'one thread';
  logger.info(`search data: ${prepared.length} documents read and split into words in ${((performance.now() - started) / 1000).toFixed(1)} s (${where})`);
  const common = commonWords(vocabulary.documentFrequencies(), prepared.length, minDocuments);
  const leaveOut = new Set(common);
  const share = vocabulary.postings > 0 ? (100 * vocabulary.postingsOf(common)) / vocabulary.postings : 0;
  logger.info(`search index: ${common.length} common words left out (in more than ${COMMON_SHARE * 100}% of ${prepared.length} documents; ${share.toFixed(1)}% of ${vocabulary.postings} postings)`);

  const keys = new Map<string, string>();
  const pages = new Set<string>();
  let shard: Shard | null = null;
  // The search data is written under the document id, then renamed to its Pagefind page id once
  // the shard is written (the id is a hash Pagefind computes).
  const closeShard = async (s: Shard) => {
    for (const [doc, page] of await s.close(outDir, logger)) {
      if (keys.has(doc) || pages.has(page)) throw new Error(`search: Pagefind page id ${page} (${doc}) is not unique`);
      await rename(join(outDir, docDataPath(doc)), join(outDir, docDataPath(page)));
      keys.set(doc, page);
      pages.add(page);
    }
  };
  try {
    for (const [i, d] of prepared.entries()) {
      const k = shardOf(i, perShard);
      if (shard?.k !== k) {
        if (shard) await closeShard(shard);
        shard = null;
        shard = await Shard.open(k);
      }
      await shard.add(d.id, { ...d.shell, content: vocabulary.content(d.tokens, leaveOut) });
    }
    // An empty corpus still gets an (empty) index, so the page's /pagefind/ exists.
    shard ??= await Shard.open(0);
    const last = shard;
    shard = null;
    await closeShard(last);
  } finally {
    if (shard) await pagefind.close();
  }
  const ids = prepared.map((d) => d.id);
  if (keys.size !== ids.length) throw new Error(`Pagefind indexed ${keys.size} documents; expected ${ids.length}`);
  await writeFile(join(outDir, DOC_LIST_PATH), JSON.stringify({ version: 2, files: ids.map((id) => keys.get(id)!) } satisfies DocList));
  await writeFile(join(outDir, COMMON_WORDS_PATH), JSON.stringify({ version: 1, documents: ids.length, share: COMMON_SHARE, words: common } satisfies CommonWordsFile));
  logger.info(`search data: ${ids.length} documents, ${provisions} provisions, ${(bytes / 1024).toFixed(0)} KiB in /${DOC_DATA_DIR}/ (largest file matters, not the total: the page loads a few)`);
}

/** `astro dev` has no Pagefind index; it serves the per-document data from the live corpus. */
function devSearchData(root: string, synonymsPath: string, path: string): unknown {
  const corpus = buildCorpus(root).documents;
  const canonical = canonicalMap(loadSynonyms(synonymsPath));
  const withProvisions = corpus.filter((d) => d.provisions.length > 0);
  if (path === DOC_LIST_PATH) return { version: 2, files: withProvisions.map((d) => d.document.id) } satisfies DocList;
  const doc = withProvisions.find((d) => docDataPath(d.document.id) === path);
  return doc ? packDocument(searchEntries([doc.document], doc.provisions, canonical)) : undefined;
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
      // Without an index the page scans documents in order (src/scripts/searchPage.ts), so dev
      // search still answers from the live seeds.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(req.url?.split('?')[0] ?? '');
          if (!path.startsWith(`${base}${DOC_DATA_DIR}/`)) return next();
          try {
            const data = devSearchData(root, synonymsPath(), path.slice(base.length));
            if (data === undefined) return next();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(data));
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
