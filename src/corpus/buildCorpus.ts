// The whole corpus as the site uses it, computed once per state of the inputs and shared by
// every collection and data endpoint of a build (ingestion is the expensive part).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingestCorpus, loadGazetteer, type Corpus } from '../pipeline/ingestCorpus.ts';
import { ingestSeedsInWorkers } from '../pipeline/ingestInWorkers.ts';
import type { IngestedDocument } from '../pipeline/ingestDocument.ts';
import { projectPaths } from './paths.ts';
import { classifyIngested } from './classifyIngested.ts';
import type { UnmatchedOverride } from '../classify/index.ts';
import { loadAgencyRegistry, unknownAgencyNames, type UnknownAgencyName } from '../agencies/index.ts';

export interface SiteCorpus {
  documents: IngestedDocument[];
  /** Curated theme overrides that no longer match a provision or a tag (reported by the build). */
  unmatchedOverrides: UnmatchedOverride[];
  /** Printed agency names that content/agencies.yml does not know (reported by the build). */
  unknownAgencies: UnknownAgencyName[];
}

let cached: { key: string; corpus: SiteCorpus } | null = null;

/** A cheap fingerprint of the inputs: names, sizes and modification times of seeds and curated files. */
function inputsKey(dirs: string[]): string {
  return dirs
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => {
      const s = statSync(join(dir, f));
      return `${dir}/${f}:${s.size}:${s.mtimeMs}`;
    }))
    .join('|');
}

/** Classification and the agency check, after ingest. */
function finishCorpus(paths: ReturnType<typeof projectPaths>, ingested: Corpus): SiteCorpus {
  const classified = classifyIngested(ingested.documents, paths.content);
  const registry = loadAgencyRegistry(join(paths.content, 'agencies.yml'));
  return { ...classified, unknownAgencies: unknownAgencyNames(classified.documents.flatMap((d) => d.provisions), registry) };
}

export function buildCorpus(root?: string): SiteCorpus {
  const paths = projectPaths(root);
  const key = inputsKey([paths.seeds, paths.content]);
  if (cached?.key === key) return cached.corpus;
  const corpus = finishCorpus(paths, ingestCorpus(paths.seeds, loadGazetteer(paths.gazetteer), paths.root));
  cached = { key, corpus };
  return corpus;
}

let pending: { key: string; corpus: Promise<SiteCorpus> } | null = null;

/**
 * buildCorpus for a production build: the same corpus, with the seeds ingested in worker threads
 * when there are enough of them (src/pipeline/ingestInWorkers.ts). Collections that ask at the same
 * time share one computation.
 */
export function buildCorpusInWorkers(root?: string): Promise<SiteCorpus> {
  const paths = projectPaths(root);
  const key = inputsKey([paths.seeds, paths.content]);
  if (cached?.key === key) return Promise.resolve(cached.corpus);
  if (pending?.key === key) return pending.corpus;
  const corpus = (async () => {
    const { documents, errors } = await ingestSeedsInWorkers(paths.seeds, loadGazetteer(paths.gazetteer), paths.root);
    if (errors.length > 0) throw errors[0]!;
    const built = finishCorpus(paths, { documents });
    cached = { key, corpus: built };
    return built;
  })();
  pending = { key, corpus };
  const settled = () => {
    if (pending?.corpus === corpus) pending = null;
  };
  corpus.then(settled, settled);
  return corpus;
}

/**
 * Drops the cached corpus. A production build calls it once every collection has been loaded: the
 * content store holds its own copy, and at thousands of documents a second one is gigabytes that
 * would stay live (and be traced by every garbage collection) for the rest of the build.
 */
export function releaseCorpus(): void {
  cached = null;
  pending = null;
}
