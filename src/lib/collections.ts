// Typed access to the corpus collections in a stable order.
import { getCollection } from 'astro:content';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { compareDocuments, compareProvisions } from '../corpus/corpusOrder.ts';

export async function allDocuments(): Promise<PolicyDocument[]> {
  return (await getCollection('documents')).map((e) => e.data).sort(compareDocuments);
}

export async function allProvisions(): Promise<Provision[]> {
  return (await getCollection('provisions')).map((e) => e.data).sort(compareProvisions);
}

export function documentYear(doc: PolicyDocument): string {
  const date = doc.dates.issued ?? doc.dates.printed;
  if (date) return date.slice(0, 4);
  return doc.period ? `${doc.period.from}–${doc.period.to}` : '';
}
