// Builds the downloadable data: /data/corpus.json and /data/provisions.csv (UTF-8 with BOM for Excel).
import { agencyRegistryExport, provisionAgencyColumns, provisionAgencyExport, type AgencyRegistry } from '../agencies/index.ts';
import { citationsExport, documentLinksExport, type CitationIndex, type DocumentLinks } from '../citations/index.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { indicatorsExport, provisionTargetsColumn, provisionTargetsExport, type CorpusTargets, type Indicator } from '../targets/index.ts';
import { reuseJson, similarProvisions, type ReuseResult } from '../reuse/index.ts';
import { csvColumns } from './codebook.ts';

/** What the export adds to the records: resolved agencies, extracted targets, citations. */
export interface ExportContext {
  registry: AgencyRegistry;
  indicators: Indicator[];
  targets: CorpusTargets;
  citations: CitationIndex;
  links: Record<string, DocumentLinks>;
  reuse: ReuseResult;
}

export function corpusJson(documents: PolicyDocument[], provisions: Provision[], ctx: ExportContext) {
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  return {
    generator: 'yiyang-policy-compare',
    documents: documents.map((doc) => ({
      ...doc,
      links: documentLinksExport(ctx.links, doc.id),
      provisions: (byDoc.get(doc.id) ?? []).map((p) => ({
        ...p,
        ...provisionAgencyExport(p, ctx.registry),
        ...provisionTargetsExport(p, ctx.targets),
        similar: similarProvisions(ctx.reuse, p.id),
        sourceSha256: doc.source.sha256,
      })),
    })),
    agencies: agencyRegistryExport(ctx.registry),
    indicators: indicatorsExport(ctx.indicators),
    citations: citationsExport(ctx.citations),
    reuse: reuseJson(ctx.reuse),
  };
}
export type CorpusExport = ReturnType<typeof corpusJson>;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with an apostrophe.
  const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function provisionsCsv(documents: PolicyDocument[], provisions: Provision[], ctx: ExportContext): string {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const rows = provisions.map((p) => {
    const doc = byId.get(p.docId);
    if (!doc) throw new Error(`provision ${p.id} has no document ${p.docId}`);
    const values: Record<string, string | number | null> = {
      id: p.id,
      docId: p.docId,
      anchor: p.anchor,
      url: p.url,
      order: p.order,
      label: p.label,
      headingPath: p.headingPath.join(' > '),
      text: p.text,
      leadAgencies: p.leadAgencies.join('；'),
      partnerAgencies: p.partnerAgencies.join('；'),
      agencyNote: p.agencyNote,
      deadline: p.deadline,
      targets: p.targets.map((t) => `${t.year ?? '?'}:${t.value}`).join('；'),
      themes: p.themes.map((t) => t.theme).join('；'),
      ...provisionAgencyColumns(p, ctx.registry),
      ...provisionTargetsColumn(p, ctx.targets),
      lineStart: p.lines[0],
      lineEnd: p.lines[1],
      documentTitle: doc.title,
      jurisdiction: doc.jurisdiction.name,
      province: doc.jurisdiction.province,
      level: doc.jurisdiction.level,
      docNumber: doc.docNumber,
      sourceSha256: doc.source.sha256,
    };
    return csvColumns.map((c) => csvField(values[c.name] ?? null)).join(',');
  });
  return `\uFEFF${[csvColumns.map((c) => c.name).join(','), ...rows].join('\r\n')}\r\n`;
}
