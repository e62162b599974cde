// Static paths of the per-document downloads: each document with its own provisions, grouped once
// (not filtered per document, which is documents × provisions work at corpus scale).
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

export type DocumentExportProps = {
  doc: PolicyDocument;
  provisions: Provision[];
};

export function documentExportPaths(documents: readonly PolicyDocument[], provisions: readonly Provision[]): { params: { slug: string }; props: DocumentExportProps }[] {
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  return documents.map((doc) => ({ params: { slug: doc.id }, props: { doc, provisions: byDoc.get(doc.id) ?? [] } }));
}
