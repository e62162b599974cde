// The corpus records. These zod schemas are the single source of truth:
// the content collections validate with them and the pipeline's types are inferred from them.
import { z } from 'astro/zod';

export const levelSchema = z.enum(['county', 'district', 'city', 'province', 'national']);
export type Level = z.infer<typeof levelSchema>;

export const documentKindSchema = z.enum(['task-list', 'plan', 'notice']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const structureSchema = z.enum(['task-table', 'cell-table', 'numbered-plan', 'forwarding-chain', 'paragraphs']);
export type Structure = z.infer<typeof structureSchema>;

/** ISO date (YYYY-MM-DD) as printed in the document, or null when the document prints none. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const jurisdictionSchema = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  province: z.string().nullable(),
  provinceEn: z.string().nullable(),
  level: levelSchema,
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/** A document number such as 国卫办老龄发〔2023〕3号, with where it was printed. */
export const citationSchema = z.object({
  docNumber: z.string(),
  /** Title printed next to the number (《…》 or the line it stands in), when there is one. */
  title: z.string().nullable(),
  line: z.number().int().positive(),
});
export type Citation = z.infer<typeof citationSchema>;

/** One layer of a forwarding chain: who forwarded (or issued) what, under which number, when. */
export const chainLayerSchema = z.object({
  issuers: z.array(z.string()),
  docNumber: z.string().nullable(),
  title: z.string(),
  date: isoDate.nullable(),
  line: z.number().int().positive(),
});
export type ChainLayer = z.infer<typeof chainLayerSchema>;

export const abolishedDocumentSchema = z.object({
  label: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  line: z.number().int().positive(),
});
export type AbolishedDocument = z.infer<typeof abolishedDocumentSchema>;

/** Text of the source that is not a provision but is kept as document metadata (title, addressees, signature …). */
export const metadataTextSchema = z.object({
  role: z.string(),
  text: z.string(),
  line: z.number().int().positive(),
});
export type MetadataText = z.infer<typeof metadataTextSchema>;

/** Text of the source that is deliberately not published, with the reason. */
export const artefactSchema = z.object({
  kind: z.string(),
  text: z.string(),
  line: z.number().int().positive(),
  reason: z.string(),
});
export type Artefact = z.infer<typeof artefactSchema>;

export const targetSchema = z.object({
  /** The year the value is given for, or null when the source cell spans several years (never guessed). */
  year: z.number().int().nullable(),
  value: z.string(),
});
export type YearlyTarget = z.infer<typeof targetSchema>;

/** Why a provision carries a theme: the vocabulary term that matched and where it matched. */
export const themeEvidenceSchema = z.object({
  term: z.string(),
  where: z.enum(['heading', 'text', 'agency']),
});
export type ThemeEvidence = z.infer<typeof themeEvidenceSchema>;

export const themeTagSchema = z.object({
  theme: z.string(),
  /** 'rule': matched the curated vocabulary; 'override': added by content/theme-overrides.yml. */
  source: z.enum(['rule', 'override']),
  evidence: z.array(themeEvidenceSchema),
  /** The maintainer's reason, for overrides. */
  reason: z.string().nullable(),
});
export type ThemeTag = z.infer<typeof themeTagSchema>;

export const provisionSchema = z.object({
  /** `<document slug>/<number>`: built only from the document's own slug and the provision's own numbering. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9.]+$/),
  docId: z.string(),
  /** Fragment id of the provision's anchor on its document page: p-<key>, dots as dashes (p-2-1-5). */
  anchor: z.string().regex(/^p-[a-z0-9-]+$/),
  /** Site path of the provision's anchor (without the base): /documents/<slug>/#p-13, or …/<page>/#… on later pages of a long document. */
  url: z.string().regex(/^\/documents\/[a-z0-9-]+\/(\d+\/)?#p-[a-z0-9-]+$/),
  /** Position in the document, from 1. */
  order: z.number().int().positive(),
  /** The number as printed: 43, （十三）, 5., 一 … */
  label: z.string(),
  /** Labels and titles of the enclosing headings, outermost first. */
  headingPath: z.array(z.string()),
  text: z.string().min(1),
  leadAgencies: z.array(z.string()),
  partnerAgencies: z.array(z.string()),
  /** The agency note exactly as printed (e.g. （责任单位：县卫健局、医保局）), when there is one. */
  agencyNote: z.string().nullable(),
  deadline: z.string().nullable(),
  targets: z.array(targetSchema),
  /** First and last source line (1-based) the provision was read from. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Themes with their evidence; empty until the classify stage has run. */
  themes: z.array(themeTagSchema).default([]),
});
export type Provision = z.infer<typeof provisionSchema>;

export const sourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  lineEnding: z.enum(['LF', 'CRLF', 'CR', 'mixed', 'none']),
});

export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  jurisdiction: jurisdictionSchema,
  issuers: z.array(z.string()),
  docNumber: z.string().nullable(),
  dates: z.object({ issued: isoDate.nullable(), printed: isoDate.nullable() }),
  /** Years the document plans for, when it names them (e.g. a 2016–2020 task table). */
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  kind: documentKindSchema,
  structure: structureSchema,
  citedDocuments: z.array(citationSchema),
  forwardingChain: z.array(chainLayerSchema),
  abolishedDocuments: z.array(abolishedDocumentSchema),
  metadataText: z.array(metadataTextSchema),
  artefacts: z.array(artefactSchema),
  warnings: z.array(z.string()),
  source: sourceSchema,
  provisionCount: z.number().int().nonnegative(),
});
export type PolicyDocument = z.infer<typeof documentSchema>;
