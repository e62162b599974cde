// A build syncs the content layer first: Astro's ContentLayer fills a MutableDataStore and writes it
// to its cache directory. The pages then read that file into a second store (an ImmutableDataStore,
// see dataStoreFromDisk.ts). Astro keeps the first one alive for the rest of the build, in a
// module-level singleton that only the dev server uses again: a heap snapshot of a 1,000-document
// build, taken while pages render, held every entry twice, once under each store. Every garbage
// collection then walks both. This integration disposes of the singleton when the build starts
// (after the sync, before Vite and the pages), so the first store is garbage.
//
// The singleton is not a public API (astro/dist/content/instance.js, not in the package's exports),
// so it is reached by file path. If Astro moves it, the build says so and goes on with more memory.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro 7 keeps the content layer singleton, relative to its package directory. */
export const CONTENT_LAYER_INSTANCE_FILE = 'dist/content/instance.js';

export interface ContentLayerSingleton {
  get(): unknown;
  dispose(): void;
}

function isSingleton(value: unknown): value is ContentLayerSingleton {
  return typeof value === 'object' && value !== null && typeof (value as ContentLayerSingleton).get === 'function' && typeof (value as ContentLayerSingleton).dispose === 'function';
}

/** The content layer singleton of the Astro package that `fromFile` resolves, or null when Astro no longer has one there. */
export async function contentLayerSingleton(fromFile: string = import.meta.url): Promise<ContentLayerSingleton | null> {
  const astroDir = dirname(createRequire(fromFile).resolve('astro/package.json'));
  const file = join(astroDir, CONTENT_LAYER_INSTANCE_FILE);
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { globalContentLayer?: unknown };
  return isSingleton(mod.globalContentLayer) ? mod.globalContentLayer : null;
}

/** The log line of a release, which the build tests look for. */
export const RELEASED_MESSAGE = 'released the synced content store (the pages read their own copy)';

/** `locate` finds the singleton (tests pass their own). */
export default function releaseContentLayer(locate: () => Promise<ContentLayerSingleton | null> = contentLayerSingleton): AstroIntegration {
  return {
    name: 'yiyang:release-content-layer',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const singleton = await locate();
        if (!singleton) {
          logger.warn(`Astro's content layer singleton is not at ${CONTENT_LAYER_INSTANCE_FILE}: the synced store stays in memory during the build`);
          return;
        }
        // Null would mean this is not the module instance the build synced with (or no sync ran).
        if (singleton.get() === null) {
          logger.warn('no synced content layer to release: the synced store may stay in memory during the build');
          return;
        }
        singleton.dispose();
        logger.info(RELEASED_MESSAGE);
      },
    },
  };
}
