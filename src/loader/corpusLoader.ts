// Content Layer loader over the seeds: one loader per collection, both fed by the same
// cached corpus. Entries whose seed is gone are deleted; unchanged entries keep their digest.
// In dev the seeds folder is watched, so a new or edited seed shows up without a restart.
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCorpus, buildCorpusInWorkers, releaseCorpus } from '../corpus/buildCorpus.ts';
import { projectPaths } from '../corpus/paths.ts';
import type { SiteCorpus } from '../corpus/buildCorpus.ts';

type Entries = (corpus: SiteCorpus) => { id: string; data: Record<string, unknown> }[];

async function sync(ctx: LoaderContext, entries: Entries): Promise<void> {
  // A build ingests in worker threads (a large corpus); the dev server, which re-syncs on every
  // change, in this thread.
  const corpus = ctx.watcher ? buildCorpus() : await buildCorpusInWorkers();
  const fresh = entries(corpus);
  const keep = new Set(fresh.map((e) => e.id));
  for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
  for (const { id, data } of fresh) {
    const digest = ctx.generateDigest(data);
    // Validated against the collection's schema (an invalid entry fails the build here), then the
    // corpus's own object is stored rather than zod's copy of it: the two are equal (the corpus is
    // built to the schema; a unit test checks every seed), and at 2,850 documents the copy was
    // several hundred MB more at the build's memory peak, the end of the content sync.
    await ctx.parseData({ id, data });
    ctx.store.set({ id, data, digest });
  }
  // Report once per build (from the documents collection), not once per collection.
  if (ctx.collection !== 'documents') return;
  for (const doc of corpus.documents) {
    for (const warning of doc.report.warnings) ctx.logger.warn(warning);
  }
  for (const o of corpus.unmatchedOverrides) ctx.logger.warn(`content/theme-overrides.yml: override for ${o.provision} no longer applies: ${o.problem}`);
  for (const a of corpus.unknownAgencies) ctx.logger.warn(`content/agencies.yml does not know the agency "${a.printed}" (printed in ${a.provisions.join(', ')})`);
}

/** Every collection fed by the corpus, and those a production build has loaded so far. */
const corpusLoaders = new Set<string>();
const loadedOnce = new Set<string>();

function corpusLoader(name: string, entries: Entries): Loader {
  corpusLoaders.add(name);
  return {
    name,
    async load(ctx) {
      await sync(ctx, entries);
      const { seeds, content } = projectPaths();
      if (!ctx.watcher) {
        // A build loads each collection once: after the last, nothing needs the cached corpus.
        loadedOnce.add(name);
        if (loadedOnce.size === corpusLoaders.size) {
          releaseCorpus();
          loadedOnce.clear();
        }
        return;
      }
      ctx.watcher.add([seeds, content]);
      const onChange = (path: string) => {
        if (!path.startsWith(seeds) && !path.startsWith(content)) return;
        sync(ctx, entries).then(
          () => ctx.logger.info(`reloaded ${ctx.collection} after a change to ${path}`),
          (err: unknown) => ctx.logger.error(err instanceof Error ? err.message : String(err)),
        );
      };
      ctx.watcher.on('change', onChange);
      ctx.watcher.on('add', onChange);
      ctx.watcher.on('unlink', onChange);
    },
  };
}

export const documentsLoader = corpusLoader('seed-documents', (corpus) =>
  corpus.documents.map(({ document }) => ({ id: document.id, data: document })),
);

export const provisionsLoader = corpusLoader('seed-provisions', (corpus) =>
  corpus.documents.flatMap(({ provisions }) => provisions.map((p) => ({ id: p.id, data: p }))),
);
