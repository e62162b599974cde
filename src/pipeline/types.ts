// Types shared by the pipeline stages. Record shapes come from the zod schemas in src/schemas.
import type {
  AbolishedDocument,
  Artefact,
  ChainLayer,
  MetadataText,
  Structure,
  YearlyTarget,
} from '../schemas/corpus.ts';

/** One source line, 1-based, without its line ending. */
export interface SourceLine {
  no: number;
  text: string;
}

/**
 * What a stage did with a piece of source text. Every non-whitespace character of the
 * source must be claimed exactly once; `accountForSource` checks this per line.
 */
export type LedgerRole =
  | 'provision'
  | 'label'
  | 'heading'
  | 'agency'
  | 'deadline'
  | 'target'
  | 'metadata'
  | 'artefact';

export interface LedgerEntry {
  line: number;
  text: string;
  role: LedgerRole;
}

/** A provision as a parser reads it, before the document slug is known. */
export interface ParsedProvision {
  /** The provision's own number, as an id segment: "43", "13", "2.1.5", "s1". */
  key: string;
  label: string;
  headingPath: string[];
  text: string;
  leadAgencies: string[];
  partnerAgencies: string[];
  agencyNote: string | null;
  deadline: string | null;
  targets: YearlyTarget[];
  lines: [number, number];
}

export interface ParsedDocument {
  structure: Structure;
  provisions: ParsedProvision[];
  metadataText: MetadataText[];
  artefacts: Artefact[];
  forwardingChain: ChainLayer[];
  abolishedDocuments: AbolishedDocument[];
  ledger: LedgerEntry[];
  warnings: string[];
}

/** A parser for one genre: `detect` scores how well the lines fit (0 = not at all), `parse` reads them. */
export interface StructureParser {
  structure: Structure;
  detect(lines: SourceLine[]): number;
  parse(lines: SourceLine[], file: string): ParsedDocument;
}
