// The corpus-wide downloads and the draft checker's index. The build writes them after the pages,
// from the per-document files (src/data/assembleExports.ts, src/data/writeDraftIndex.ts), in worker
// threads (assembleExportsWorker.ts says why); `astro dev` serves them from routes computed in memory.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { assembleExports } from '../data/assembleExports.ts';
import type { writeDraftIndex } from '../data/writeDraftIndex.ts';
import { workerTask } from '../lib/workerTask.ts';

export default function dataExportsIntegration(): AstroIntegration {
  return {
    name: 'yiyang:data-exports',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/data/corpus.json', entrypoint: new URL('../data/devRoutes/corpusJson.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: '/data/provisions.csv', entrypoint: new URL('../data/devRoutes/provisionsCsv.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: '/data/draft/[...file].json', entrypoint: new URL('../data/devRoutes/draftIndex.ts', import.meta.url), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const dataDir = join(fileURLToPath(dir), 'data');
        const done = await workerTask<Awaited<ReturnType<typeof assembleExports>>>(new URL('../data/assembleExportsWorker.ts', import.meta.url), { dataDir }, 'downloads');
        const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
        logger.info(`data/corpus.json (${mb(done.jsonBytes)} MB) and data/provisions.csv (${mb(done.csvBytes)} MB) from ${done.documents} documents in ${Math.round(performance.now() - t0)} ms`);
        // After the downloads, not beside them: both read every per-document file, and side by side they
        // took as long as one after the other (scripts/bench/findings.md).
        const t1 = performance.now();
        const draft = await workerTask<Awaited<ReturnType<typeof writeDraftIndex>>>(new URL('../data/draftIndexWorker.ts', import.meta.url), { dataDir }, 'draft index');
        logger.info(
          `data/draft/: ${draft.files} files (${mb(draft.bytes)} MB; ${draft.shards} anchor shards, shingles in ${draft.commonMinDf}+ documents in the meta file) for ${draft.provisions} provisions in ${Math.round(performance.now() - t1)} ms`,
        );
      },
    },
  };
}
