// The export context from the curated files, without Astro: used by the build (via exportContext)
// and by tests and scripts that write corpus.json themselves.
import { join } from 'node:path';
import { loadAgencyRegistry } from '../agencies/index.ts';
import { citationIndex, documentLinks } from '../citations/index.ts';
import { loadGazetteer } from '../pipeline/ingestCorpus.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { collectTargets, loadIndicators } from '../targets/index.ts';
import type { ExportContext } from './exportCorpus.ts';
import { computeReuse, type ReuseResult } from '../reuse/index.ts';

/** `reuse` may be passed in when the build has already computed it (it is the expensive part). */
export function makeExportContext(documents: PolicyDocument[], provisions: Provision[], contentDir: string, reuse?: ReuseResult): ExportContext {
  const registry = loadAgencyRegistry(join(contentDir, 'agencies.yml'));
  const indicators = loadIndicators(join(contentDir, 'indicators.yml'));
  const citations = citationIndex(documents, provisions, loadGazetteer(join(contentDir, 'jurisdictions.yml')));
  return {
    registry,
    indicators,
    targets: collectTargets(documents, provisions, indicators),
    citations,
    links: documentLinks(documents, citations),
    reuse: reuse ?? computeReuse(provisions, documents),
  };
}
