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
