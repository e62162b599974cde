// Short names for documents in charts and tables: the jurisdiction, with the year when one
// jurisdiction has several documents (the full title goes in the accessible name and the table).
export interface LabelledDocument {
  id: string;
  jurisdiction: { name: string };
  dates: { issued: string | null; printed: string | null };
  period: { from: number; to: number } | null;
}

export function documentLabels(documents: readonly LabelledDocument[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const d of documents) count.set(d.jurisdiction.name, (count.get(d.jurisdiction.name) ?? 0) + 1);
  return new Map(
    documents.map((d) => {
      if (count.get(d.jurisdiction.name) === 1) return [d.id, d.jurisdiction.name];
      const year = (d.dates.issued ?? d.dates.printed)?.slice(0, 4) ?? (d.period ? `${d.period.from}` : d.id);
      return [d.id, `${d.jurisdiction.name} ${year}`];
    }),
  );
}

/** A score or share as a whole percentage, for display. */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;
