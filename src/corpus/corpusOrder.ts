// The order the site lists the corpus in: documents by level (national first), then date, then id;
// provisions by document id, then their order in the document. The collections use it
// (src/lib/collections.ts), and so does the content sync when it starts the shared text early
// (src/reuse/sharedTextAhead.ts), which must hand the worker the items in the pages' order.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

const LEVEL_ORDER = ['national', 'province', 'city', 'district', 'county'] as const;

const dateKey = (d: PolicyDocument): string => d.dates.issued ?? d.dates.printed ?? `${d.period?.from ?? ''}`;

export function compareDocuments(a: PolicyDocument, b: PolicyDocument): number {
  return LEVEL_ORDER.indexOf(a.jurisdiction.level) - LEVEL_ORDER.indexOf(b.jurisdiction.level) || dateKey(a).localeCompare(dateKey(b)) || (a.id < b.id ? -1 : 1);
}

export function compareProvisions(a: Provision, b: Provision): number {
  return a.docId === b.docId ? a.order - b.order : a.docId < b.docId ? -1 : 1;
}
