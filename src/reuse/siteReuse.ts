// The site's view of shared text: computed once per build from the content collections and shared
// by every page and component that needs it (document pages call it once per provision).
import { allDocuments, allProvisions } from '../lib/collections.ts';
import { projectPaths } from '../corpus/paths.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { loadChecklist } from './checklistSchema.ts';
import { computeReuse, type ReuseResult } from './computeReuse.ts';
import { documentMatrix, type DocumentMatrix } from './documentMatrix.ts';
import { pilotChecklist, type PilotChecklist } from './pilotChecklist.ts';

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

function compute(documents: PolicyDocument[], provisions: Provision[]): SiteReuse {
  const result = computeReuse(provisions, documents);
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

/** The checklist from the collections and content/pilot-checklist.yml (read on every call: it is small). */
/** The checklist, or null when the curated source document is not in this build's corpus (e.g. a site built from other seeds). */
export async function siteChecklist(): Promise<PilotChecklist | null> {
  const config = loadChecklist(`${projectPaths().content}/pilot-checklist.yml`);
  const documents = await allDocuments();
  if (!documents.some((d) => d.id === config.source)) return null;
  return pilotChecklist(documents, await allProvisions(), config);
}
