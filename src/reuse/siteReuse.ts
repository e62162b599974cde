// The site's view of shared text: computed once per build from the content collections and shared
// by every page and component that needs it (document pages call it once per provision).
import { join } from 'node:path';
import { allDocuments, allProvisions } from '../lib/collections.ts';
import { projectPaths } from '../corpus/paths.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { loadChecklist, type ChecklistConfig } from './checklistSchema.ts';
import { computeReuse, type ReuseResult } from './computeReuse.ts';
import { computeReuseInWorker } from './computeReuseInWorker.ts';
import { documentMatrix, type DocumentMatrix } from './documentMatrix.ts';
import { pilotChecklist, type ChecklistDocument, type ChecklistProvision, type PilotChecklist } from './pilotChecklist.ts';
import { workerTask } from '../lib/workerTask.ts';

export interface SiteReuse {
  result: ReuseResult;
  documents: PolicyDocument[];
  provisions: Provision[];
  provisionById: Map<string, Provision>;
  documentById: Map<string, PolicyDocument>;
  matrix: DocumentMatrix;
}

/** A cheap fingerprint of the provisions' texts, so dev-server edits recompute. */
function fingerprint(provisions: readonly Provision[]): string {
  let h = 0x811c9dc5;
  for (const p of provisions) {
    const s = `${p.id}\u0000${p.text}\u0001`;
    for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return `${provisions.length}:${h >>> 0}`;
}

let cached: { key: string | null; value: Promise<SiteReuse> } | null = null;

/** A worker thread's module in the project's src/reuse/ (the bundled code that starts it lives elsewhere). */
const workerFile = (name: string): string => join(projectPaths().root, 'src/reuse', name);

/** A build finds the shared text in a worker thread (computeReuseInWorker.ts says why); the dev server in this one. */
async function compute(documents: PolicyDocument[], provisions: Provision[]): Promise<SiteReuse> {
  const result = import.meta.env.DEV ? computeReuse(provisions, documents) : await computeReuseInWorker(provisions, documents, workerFile('sharedTextWorker.ts'));
  return {
    result,
    documents,
    provisions,
    provisionById: new Map(provisions.map((p) => [p.id, p])),
    documentById: new Map(documents.map((d) => [d.id, d])),
    matrix: documentMatrix(provisions, result.pairs, documents.map((d) => d.id)),
  };
}

/** Shared by every caller (a promise, so concurrent renders never compute it twice). */
export function siteReuse(): Promise<SiteReuse> {
  // A static build never changes its inputs midway: compute once.
  if (!import.meta.env.DEV) {
    cached ??= { key: null, value: Promise.all([allDocuments(), allProvisions()]).then(([d, p]) => compute(d, p)) };
    return cached.value;
  }
  // The dev server recomputes when a text changed.
  return allProvisions().then((provisions) => {
    const key = fingerprint(provisions);
    if (cached?.key !== key) cached = { key, value: allDocuments().then((documents) => compute(documents, provisions)) };
    return cached.value;
  });
}

/** Only what the checklist reads, copied to its worker thread. */
const checklistInput = (documents: readonly PolicyDocument[], provisions: readonly Provision[], config: ChecklistConfig) => ({
  documents: documents.map((d): ChecklistDocument => ({ id: d.id, title: d.title, jurisdiction: { name: d.jurisdiction.name, nameEn: d.jurisdiction.nameEn } })),
  provisions: provisions.map(
    (p): ChecklistProvision => ({ id: p.id, docId: p.docId, label: p.label, anchor: p.anchor, url: p.url, headingPath: p.headingPath, text: p.text, themes: p.themes.map((t) => ({ theme: t.theme })) }),
  ),
  config,
});

let checklistCached: Promise<PilotChecklist | null> | null = null;

/**
 * The checklist from the collections and content/pilot-checklist.yml, or null when the curated
 * source document is not in this build's corpus (e.g. a site built from other seeds). A build
 * computes it once, in a worker thread; the dev server on every call (the file is small).
 */
export function siteChecklist(): Promise<PilotChecklist | null> {
  const compute = async (): Promise<PilotChecklist | null> => {
    const config = loadChecklist(`${projectPaths().content}/pilot-checklist.yml`);
    const documents = await allDocuments();
    if (!documents.some((d) => d.id === config.source)) return null;
    if (import.meta.env.DEV) return pilotChecklist(documents, await allProvisions(), config);
    return workerTask<PilotChecklist>(workerFile('checklistWorker.ts'), checklistInput(documents, await allProvisions(), config), 'pilot checklist');
  };
  if (import.meta.env.DEV) return compute();
  checklistCached ??= compute();
  return checklistCached;
}
