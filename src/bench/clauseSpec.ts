// What an emitter is asked to print: the place, the date and a list of clauses with their agencies,
// deadline and yearly targets, all drawn in advance, so that emitters only lay text out (their own
// layout draws come from the same seeded generator, in a fixed order).
import type { InventedPlace } from './inventedPlaces.ts';

export interface ClauseSpec {
  text: string;
  /** At least one agency. */
  lead: string[];
  partner: string[];
  deadline: string;
  /** One value for each of the plan's five years, or a single value that spans them. */
  targets: string[];
}

export interface DocumentSpec {
  place: InventedPlace;
  year: number;
  month: number;
  day: number;
  /** The number of the document's 文号 (…〔year〕N号). */
  serial: number;
  clauses: ClauseSpec[];
  /** Heading titles, used in order and cycled. */
  headings: string[];
}

export const headingAt = (spec: DocumentSpec, i: number): string => spec.headings[i % spec.headings.length]!;

/** 2021年7月23日, `offsetDays` after the document's date. */
export function chineseDate(spec: DocumentSpec, offsetDays = 0): string {
  const d = new Date(Date.UTC(spec.year, spec.month - 1, spec.day + offsetDays));
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
