// Builds the downloadable data: /data/corpus.json and /data/provisions.csv (UTF-8 with BOM for Excel),
// and the same per document (/data/documents/<slug>.json and .csv), from which the build streams the
// corpus-wide files (src/data/assembleExports.ts).
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

/** One document with its provisions, as it appears in `documents` of corpus.json and in /data/documents/<slug>.json. */
export function documentExport(doc: PolicyDocument, provisions: readonly Provision[], ctx: ExportContext) {
  return {
    ...doc,
    links: documentLinksExport(ctx.links, doc.id),
    provisions: provisions.map((p) => ({
      ...p,
      ...provisionAgencyExport(p, ctx.registry),
      ...provisionTargetsExport(p, ctx.targets),
      similar: similarProvisions(ctx.reuse, p.id),
      sourceSha256: doc.source.sha256,
    })),
  };
}
export type DocumentExport = ReturnType<typeof documentExport>;

export const EXPORT_GENERATOR = 'yiyang-policy-compare';

/**
 * Everything in corpus.json except the documents: registries and corpus-wide results. `documents`
 * lists the document ids in corpus order, which is the order corpus.json holds them in.
 */
export function corpusTables(documents: readonly PolicyDocument[], ctx: ExportContext) {
  return {
    generator: EXPORT_GENERATOR,
    documents: documents.map((d) => d.id),
    agencies: agencyRegistryExport(ctx.registry),
    indicators: indicatorsExport(ctx.indicators),
    citations: citationsExport(ctx.citations),
    reuse: reuseJson(ctx.reuse),
  };
}
export type CorpusTables = ReturnType<typeof corpusTables>;

/**
 * The whole corpus.json in memory. The build does not call this: at a few thousand documents the
 * string passes V8's limit, so the build writes one file per document and streams them together
 * (src/data/assembleExports.ts). Tests and scripts use it as the reference shape.
 */
export function corpusJson(documents: PolicyDocument[], provisions: Provision[], ctx: ExportContext) {
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  const { documents: _order, ...tables } = corpusTables(documents, ctx);
  return {
    generator: tables.generator,
    documents: documents.map((doc) => documentExport(doc, byDoc.get(doc.id) ?? [], ctx)),
    agencies: tables.agencies,
    indicators: tables.indicators,
    citations: tables.citations,
    reuse: tables.reuse,
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

/** The CSV rows (without line ends) of one document's provisions. */
export function documentCsvRows(doc: PolicyDocument, provisions: readonly Provision[], ctx: ExportContext): string[] {
  return provisions.map((p) => {
    if (p.docId !== doc.id) throw new Error(`provision ${p.id} does not belong to document ${doc.id}`);
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
}

/** First line of every CSV download: a BOM so Excel reads UTF-8, then the column names. */
export const CSV_HEAD = `\uFEFF${csvColumns.map((c) => c.name).join(',')}\r\n`;

/** A CSV file from rows: the head, then each row with the RFC 4180 line end. */
export const csvFile = (rows: readonly string[]): string => CSV_HEAD + rows.map((r) => `${r}\r\n`).join('');

/** Documents in the order provisions.csv lists them: by id, as the provisions collection is sorted. */
export const csvDocumentOrder = (ids: readonly string[]): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The whole provisions.csv in memory (the build streams it from the per-document files instead). */
export function provisionsCsv(documents: PolicyDocument[], provisions: Provision[], ctx: ExportContext): string {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  for (const id of byDoc.keys()) if (!byId.has(id)) throw new Error(`provision ${byDoc.get(id)![0]!.id} has no document ${id}`);
  return csvFile(csvDocumentOrder([...byDoc.keys()]).flatMap((id) => documentCsvRows(byId.get(id)!, byDoc.get(id)!, ctx)));
}
