// The classify stage over ingested documents: tags every provision with its themes and
// reports curated overrides that no longer match anything.
import { join } from 'node:path';
import { classifyCorpus, loadOverrides, loadThemes, type UnmatchedOverride } from '../classify/index.ts';
import type { IngestedDocument } from '../pipeline/ingestDocument.ts';

export function classifyIngested(documents: IngestedDocument[], contentDir: string): { documents: IngestedDocument[]; unmatchedOverrides: UnmatchedOverride[] } {
  const themes = loadThemes(join(contentDir, 'themes'));
  const overrides = loadOverrides(join(contentDir, 'theme-overrides.yml'));
  const { provisions, unmatchedOverrides } = classifyCorpus(documents.flatMap((d) => d.provisions), themes, overrides);
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  return {
    documents: documents.map((d) => ({ ...d, provisions: byDoc.get(d.document.id) ?? [] })),
    unmatchedOverrides,
  };
}
