import type { Provision } from '../schemas/corpus.ts';
import type { IngestReport } from './ingestDocument.ts';

/** The human-readable ingest report of one seed, as printed by `npm run check`. */
export function formatReport(r: IngestReport): string {
  const { source, ...used } = r.characters;
  const accounted = Object.values(used).reduce((a, b) => a + (b ?? 0), 0);
  const lines = [
    `== ${r.file} → ${r.slug}`,
    `   encoding ${r.encoding}, line ends ${r.lineEnding}; structure ${r.structure} (scores ${Object.entries(r.detectionScores).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `   provisions ${r.provisions}`,
    `   characters: ${source} in source, ${accounted} accounted for (${Object.entries(used).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `   artefacts dropped: ${r.artefacts.length === 0 ? 'none' : r.artefacts.map((a) => `line ${a.line} ${a.kind}`).join('; ')}`,
    ...r.warnings.map((w) => `   WARNING ${w}`),
  ];
  return lines.join('\n');
}

/** "land 3, tax 2, …" in order of frequency, or "none". */
export function formatThemeCounts(provisions: Provision[]): string {
  const counts = new Map<string, number>();
  for (const p of provisions) for (const t of p.themes) counts.set(t.theme, (counts.get(t.theme) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return sorted.length === 0 ? 'none' : sorted.map(([t, n]) => `${t} ${n}`).join(', ');
}
