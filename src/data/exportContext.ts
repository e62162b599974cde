// The export context for the build, computed once from the collections.
import { allDocuments, allProvisions } from '../lib/collections.ts';
import { projectPaths } from '../corpus/paths.ts';
import type { ExportContext } from './exportCorpus.ts';
import { makeExportContext } from './makeExportContext.ts';
import { siteReuse } from '../reuse/siteReuse.ts';

let cached: Promise<ExportContext> | null = null;

export function exportContext(): Promise<ExportContext> {
  cached ??= (async () => makeExportContext(await allDocuments(), await allProvisions(), projectPaths().content, (await siteReuse()).result))();
  return cached;
}
