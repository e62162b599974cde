// Reads every seed of a folder and ingests it. `ingestSeeds` collects every problem (for the
// ingest report); `ingestCorpus` stops on the first one (for the build).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { IngestError } from './IngestError.ts';
import type { GazetteerEntry } from './inferMetadata.ts';
import { ingestDocument, type IngestedDocument } from './ingestDocument.ts';

export interface Corpus {
  documents: IngestedDocument[];
}

export function loadGazetteer(path: string): GazetteerEntry[] {
  return parseYaml(readFileSync(path, 'utf8')) as GazetteerEntry[];
}

/** Seed files of a folder in a stable order (by name, code-point order, independent of locale). */
export function listSeeds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.txt'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What ingesting one seed file gave: its document, or the input problem that stops it (as plain data, so a worker thread can send it). */
export type SeedOutcome = { document: IngestedDocument } | { error: { file: string; line: number | null; reason: string } };

const slugOf = (name: string): string => basename(name, name.slice(name.lastIndexOf('.')));

/** Ingests one seed of `dir` (with its sidecar, if any), independently of the others. */
export function ingestSeedFile(dir: string, name: string, gazetteer: GazetteerEntry[], root: string = process.cwd()): SeedOutcome {
  const path = join(dir, name);
  const file = relative(root, path) || name;
  const slug = slugOf(name);
  try {
    const sidecarPath = join(dir, `${slug}.yml`);
    const sidecar = existsSync(sidecarPath) ? { file: relative(root, sidecarPath), text: readFileSync(sidecarPath, 'utf8') } : undefined;
    return { document: ingestDocument({ file, slug, bytes: new Uint8Array(readFileSync(path)), ...(sidecar ? { sidecar } : {}) }, gazetteer) };
  } catch (err) {
    if (err instanceof IngestError) return { error: { file: err.file, line: err.line, reason: err.reason } };
    throw err;
  }
}

/**
 * The corpus from the seeds' outcomes, in file order, with the checks that look across files (one
 * file per document id, each text once). `outcome` is asked only for files that pass the id check,
 * so the result is the same whether the outcomes are computed here, one by one, or beforehand in
 * worker threads (src/pipeline/ingestInWorkers.ts).
 */
export function mergeSeedOutcomes(dir: string, names: readonly string[], outcome: (name: string) => SeedOutcome, root: string = process.cwd()): { documents: IngestedDocument[]; errors: IngestError[] } {
  const documents: IngestedDocument[] = [];
  const errors: IngestError[] = [];
  const bySlug = new Map<string, string>();
  const byHash = new Map<string, string>();
  if (names.length === 0) errors.push(new IngestError(relative(root, dir) || dir, null, 'no .txt seeds found; expected at least one document'));
  for (const name of names) {
    const file = relative(root, join(dir, name)) || name;
    const idKey = slugOf(name).toLowerCase();
    const clash = bySlug.get(idKey);
    if (clash) {
      errors.push(new IngestError(file, null, `duplicate document id "${idKey}" (also ${clash}); expected one file per document id`));
      continue;
    }
    bySlug.set(idKey, file);
    const result = outcome(name);
    if ('error' in result) {
      errors.push(new IngestError(result.error.file, result.error.line, result.error.reason));
      continue;
    }
    const ingested = result.document;
    const sameText = byHash.get(ingested.document.source.sha256);
    if (sameText) {
      errors.push(new IngestError(file, null, `duplicate document: same bytes as ${sameText}; expected each document once`));
      continue;
    }
    byHash.set(ingested.document.source.sha256, file);
    documents.push(ingested);
  }
  return { documents, errors };
}

export function ingestSeeds(dir: string, gazetteer: GazetteerEntry[], root: string = process.cwd()): { documents: IngestedDocument[]; errors: IngestError[] } {
  return mergeSeedOutcomes(dir, listSeeds(dir), (name) => ingestSeedFile(dir, name, gazetteer, root), root);
}

export function ingestCorpus(dir: string, gazetteer: GazetteerEntry[], root: string = process.cwd()): Corpus {
  const { documents, errors } = ingestSeeds(dir, gazetteer, root);
  if (errors.length > 0) throw errors[0]!;
  return { documents };
}
