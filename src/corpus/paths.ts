import { resolve } from 'node:path';

/** Where the project keeps its inputs. SEEDS_DIR may point elsewhere (tests, benchmarks). */
export function projectPaths(root: string = process.cwd()) {
  return {
    root,
    seeds: resolve(root, process.env.SEEDS_DIR ?? 'seeds'),
    content: resolve(root, 'content'),
    gazetteer: resolve(root, 'content/jurisdictions.yml'),
  };
}
