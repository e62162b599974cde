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

export function ingestSeeds(dir: string, gazetteer: GazetteerEntry[], root: string = process.cwd()): { documents: IngestedDocument[]; errors: IngestError[] } {
  const documents: IngestedDocument[] = [];
  const errors: IngestError[] = [];
  const bySlug = new Map<string, string>();
  const byHash = new Map<string, string>();
  const names = listSeeds(dir);
  if (names.length === 0) errors.push(new IngestError(relative(root, dir) || dir, null, 'no .txt seeds found; expected at least one document'));
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path) || name;
    const slug = basename(name, name.slice(name.lastIndexOf('.')));
    const idKey = slug.toLowerCase();
    const clash = bySlug.get(idKey);
    if (clash) {
      errors.push(new IngestError(file, null, `duplicate document id "${idKey}" (also ${clash}); expected one file per document id`));
      continue;
    }
    bySlug.set(idKey, file);
    try {
      const sidecarPath = join(dir, `${slug}.yml`);
      const sidecar = existsSync(sidecarPath) ? { file: relative(root, sidecarPath), text: readFileSync(sidecarPath, 'utf8') } : undefined;
      const ingested = ingestDocument({ file, slug, bytes: new Uint8Array(readFileSync(path)), ...(sidecar ? { sidecar } : {}) }, gazetteer);
      const sameText = byHash.get(ingested.document.source.sha256);
      if (sameText) {
        errors.push(new IngestError(file, null, `duplicate document: same bytes as ${sameText}; expected each document once`));
        continue;
      }
      byHash.set(ingested.document.source.sha256, file);
      documents.push(ingested);
    } catch (err) {
      if (err instanceof IngestError) errors.push(err);
      else throw err;
    }
  }
  return { documents, errors };
}

export function ingestCorpus(dir: string, gazetteer: GazetteerEntry[], root: string = process.cwd()): Corpus {
  const { documents, errors } = ingestSeeds(dir, gazetteer, root);
  if (errors.length > 0) throw errors[0]!;
  return { documents };
}
