// The ingestion chain for one seed: decode → segment → split front matter → detect structure →
// parse → account for every character → infer metadata → apply overrides → validate records.
import { createHash } from 'node:crypto';
import { documentSchema, provisionSchema, type PolicyDocument, type Provision } from '../schemas/corpus.ts';
import { decode } from './decode.ts';
import { detectStructure } from './detectStructure.ts';
import { IngestError } from './IngestError.ts';
import { completeJurisdiction, inferMetadata, type GazetteerEntry } from './inferMetadata.ts';
import { accountForSource, claim, countChars } from './ledger.ts';
import { mergeOverride, parseOverride, splitFrontMatter, type MetadataOverride } from './overrides.ts';
import { PARSERS } from './parsers.ts';
import { documentPageOf, provisionUrl } from './documentPages.ts';
import { spaceSeparatedToTabs } from './spaceSeparatedColumns.ts';
import { detectLineEnding, segmentLines } from './segment.ts';
import type { LedgerEntry, LedgerRole, StructureParser } from './types.ts';

export interface SeedInput {
  /** Path shown in messages and kept as provenance, relative to the project (e.g. seeds/qiubei-2021.txt). */
  file: string;
  slug: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
}

export interface IngestReport {
  file: string;
  slug: string;
  encoding: string;
  lineEnding: string;
  structure: string;
  detectionScores: Record<string, number>;
  provisions: number;
  /** Non-whitespace characters of the source, and where each went. */
  characters: { source: number } & Partial<Record<LedgerRole, number>>;
  artefacts: { kind: string; line: number; text: string }[];
  warnings: string[];
}

export interface IngestedDocument {
  document: PolicyDocument;
  provisions: Provision[];
  report: IngestReport;
}

export const SLUG = /^[a-z0-9][a-z0-9-]*$/u;

/** The fragment id of a provision: p-<key> with dots as dashes, so it is a plain CSS identifier (2.1.5 → p-2-1-5). */
export const anchorFor = (key: string): string => `p-${key.replaceAll('.', '-')}`;

function checkUniqueKeys(keys: { key: string; line: number }[], file: string): void {
  const seen = new Map<string, number>();
  for (const { key, line } of keys) {
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new IngestError(file, line, `duplicate provision number ${key} (first at line ${earlier}); expected each provision number once`);
    seen.set(key, line);
  }
}

function tally(ledger: LedgerEntry[]): Partial<Record<LedgerRole, number>> {
  const out: Partial<Record<LedgerRole, number>> = {};
  for (const e of ledger) out[e.role] = (out[e.role] ?? 0) + countChars(e.text);
  return out;
}

/** `parsers` is replaceable so that tests can prove the character account catches a parser that loses text. */
export function ingestDocument(input: SeedInput, gazetteer: GazetteerEntry[], parsers: StructureParser[] = PARSERS): IngestedDocument {
  const { file, slug } = input;
  if (!SLUG.test(slug)) throw new IngestError(file, null, `file name "${slug}" cannot be a document id; expected lowercase letters, digits and hyphens (e.g. zhongning-2021.txt)`);

  const { text, encoding } = decode(input.bytes, file);
  const lines = segmentLines(text.replace(/^\uFEFF/u, ''));
  const front = splitFrontMatter(lines, file);
  const body = spaceSeparatedToTabs(front.body);
  const { parser, scores } = detectStructure(body, parsers);
  const parsed = parser.parse(body, file);
  if (parsed.provisions.length === 0) {
    throw new IngestError(file, null, `no provisions found in a ${parsed.structure} document; expected at least one numbered item or paragraph`);
  }
  checkUniqueKeys(parsed.provisions.map((p) => ({ key: p.key, line: p.lines[0] })), file);

  const ledger = [...parsed.ledger];
  for (const l of front.block) claim(ledger, l.no, l.text, 'metadata');
  const mismatches = accountForSource(lines, ledger);
  if (mismatches.length > 0) {
    const m = mismatches[0]!;
    throw new IngestError(
      file,
      m.line,
      `the ${parsed.structure} parser did not account for every character of this line (${mismatches.length} line(s) in all); source: "${m.source.trim().slice(0, 80)}", claimed: "${m.claimed.trim().slice(0, 80)}"`,
    );
  }

  const inferred = inferMetadata(parsed, front.body, gazetteer);
  const sidecar: MetadataOverride | null = input.sidecar ? parseOverride(input.sidecar.text, input.sidecar.file, 1) : null;
  const merged = mergeOverride(mergeOverride(inferred, sidecar), front.override);
  if (!merged.title) throw new IngestError(file, 1, 'could not infer the document title; expected a title line before the body, or `title:` in front matter or a sidecar .yml');
  if (!merged.jurisdiction?.name) {
    throw new IngestError(file, 1, 'could not infer the jurisdiction; expected a title or issuer that begins with a place name (…县/区/市/省), or `jurisdiction:` in front matter or a sidecar .yml');
  }
  const jurisdiction = completeJurisdiction(merged.jurisdiction, gazetteer);
  // Ask for a gazetteer entry only when neither the gazetteer nor the document's own metadata says
  // what the text cannot: the English name and the province.
  const given = { ...sidecar?.jurisdiction, ...front.override?.jurisdiction };
  const unplaced = !gazetteer.some((g) => g.name === jurisdiction.name) && !(given.nameEn && given.province !== undefined);
  const placeWarning = unplaced
    ? [`${file}: jurisdiction ${jurisdiction.name} is not in content/jurisdictions.yml; add its English name and province there or in the document's metadata`]
    : [];

  const provisions = parsed.provisions.map((p, i) => {
    const anchor = anchorFor(p.key);
    const record = { id: `${slug}/${p.key}`, docId: slug, anchor, url: provisionUrl(slug, documentPageOf(i + 1), anchor), order: i + 1, ...p };
    const checked = provisionSchema.safeParse(record);
    if (!checked.success) throw new IngestError(file, p.lines[0], `provision ${p.label} is not a valid record: ${checked.error.issues[0]?.message}`);
    return checked.data;
  });

  const warnings = [...parsed.warnings, ...placeWarning];
  const documentRecord = {
    id: slug,
    title: merged.title,
    jurisdiction,
    issuers: merged.issuers,
    docNumber: merged.docNumber,
    dates: merged.dates,
    period: merged.period,
    kind: merged.kind,
    structure: parsed.structure,
    citedDocuments: merged.citedDocuments,
    forwardingChain: parsed.forwardingChain,
    abolishedDocuments: parsed.abolishedDocuments,
    metadataText: parsed.metadataText,
    artefacts: parsed.artefacts,
    warnings,
    source: {
      path: file,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      encoding,
      bytes: input.bytes.length,
      lineEnding: detectLineEnding(text),
    },
    provisionCount: provisions.length,
  };
  const checkedDoc = documentSchema.safeParse(documentRecord);
  if (!checkedDoc.success) {
    const issue = checkedDoc.error.issues[0]!;
    throw new IngestError(file, null, `document metadata "${issue.path.join('.')}" is invalid: ${issue.message}`);
  }

  return {
    document: checkedDoc.data,
    provisions,
    report: {
      file,
      slug,
      encoding,
      lineEnding: documentRecord.source.lineEnding,
      structure: parsed.structure,
      detectionScores: scores,
      provisions: provisions.length,
      characters: { source: countChars(text.replace(/^\uFEFF/u, '')), ...tally(ledger) },
      artefacts: parsed.artefacts.map((a) => ({ kind: a.kind, line: a.line, text: a.text })),
      warnings,
    },
  };
}
