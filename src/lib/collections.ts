// Typed access to the corpus collections in a stable order.
import { getCollection } from 'astro:content';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

const LEVEL_ORDER = ['national', 'province', 'city', 'district', 'county'] as const;

export async function allDocuments(): Promise<PolicyDocument[]> {
  const docs = (await getCollection('documents')).map((e) => e.data);
  return docs.sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.jurisdiction.level) - LEVEL_ORDER.indexOf(b.jurisdiction.level) ||
      (a.dates.issued ?? a.dates.printed ?? `${a.period?.from ?? ''}`).localeCompare(b.dates.issued ?? b.dates.printed ?? `${b.period?.from ?? ''}`) ||
      (a.id < b.id ? -1 : 1),
  );
}

export async function allProvisions(): Promise<Provision[]> {
  const provisions = (await getCollection('provisions')).map((e) => e.data);
  return provisions.sort((a, b) => (a.docId === b.docId ? a.order - b.order : a.docId < b.docId ? -1 : 1));
}

export function documentYear(doc: PolicyDocument): string {
  const date = doc.dates.issued ?? doc.dates.printed;
  if (date) return date.slice(0, 4);
  return doc.period ? `${doc.period.from}–${doc.period.to}` : '';
}
