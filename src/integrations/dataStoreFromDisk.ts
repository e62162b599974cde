// In a build, Astro hands its content data store to the pages as a virtual module whose code is the
// whole store as one string literal (`export default JSON.parse("…")`): 176 MB at 2,850 documents.
// Bundling that literal cost about 2.8 GB of native memory at its peak, and the module's source
// stayed in the heap for the rest of the build (scripts/bench/findings.md). This plugin answers the
// same module id first with code that reads the same file when the prerender imports it, so the
// bundler never sees the data and the string is garbage once parsed. The value is the same
// (Astro's loader accepts the devalue array the file holds) and the file is the one Astro wrote at
// content sync, in its cache directory. A static build only: the data is read on this machine,
// during the build. If Astro stops using this module id, the plugin is never called and the build
// says so (a slower, heavier build, not a broken one).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the data store module (astro/dist/content/consts.js, checked by a test). */
export const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
/** Astro's single-file store name in cacheDir (same file). */
export const DATA_STORE_FILE = 'data-store.json';

/** The module code: the store read from disk when the module is first imported. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreFromDisk(): AstroIntegration {
  let file = '';
  let served = 0;
  return {
    name: 'yiyang:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'yiyang:data-store-from-disk',
                load: {
                  // Before Astro's own loader of the same id.
                  order: 'pre',
                  filter: { id: new RegExp(`^${RESOLVED_DATA_STORE_ID}$`, 'u') },
                  handler(id: string) {
                    // No store written (no collections): Astro's own module answers.
                    if (id !== RESOLVED_DATA_STORE_ID || !existsSync(file)) return null;
                    served += 1;
                    return { code: dataStoreModule(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (served === 0) logger.warn(`the content data store was bundled into the build (Astro no longer loads ${JSON.stringify(RESOLVED_DATA_STORE_ID)}): expect more memory`);
      },
    },
  };
}
