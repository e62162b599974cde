// A quantitative target as the site compares it.
import type { TargetUnit } from './indicators.ts';
import type { YearBasis } from './targetYear.ts';

/** Where a target or series was found, and what it measures. */
interface TargetSource {
  provisionId: string;
  docId: string;
  anchor: string;
  /** Site path of the provision (without the base), e.g. /documents/zhongning-2021/#p-24. */
  url: string;
  /** Indicator id from content/indicators.yml, or null when none matches (listed as 未归类). */
  indicator: string | null;
}

export interface Target extends TargetSource {
  /** `<provision id>#<n>`: the n-th target found in that provision's text (from 1). */
  id: string;
  value: number;
  unit: TargetUnit;
  /** '%' or the measure word printed after a count (个, 所, 家). */
  measure: string;
  /** The value as printed, with 以上 when printed: "72%以上", "1 个", "一家". */
  printed: string;
  /** 以上 after the value, or 至少 before it. */
  atLeast: boolean;
  /** 力争 (strive to) in the clause. */
  strive: boolean;
  /** The clause around the value (between ，；。), after NFKC; what the indicator patterns saw. */
  clause: string;
  year: number | null;
  yearBasis: YearBasis | null;
}

/** One position of a yearly table row (王益): the values of that position for each year. */
export interface TargetSeries extends TargetSource {
  /** `<provision id>#y<position>` */
  id: string;
  /** 1-based position of the value inside each cell, when cells hold several values; else null. */
  position: number | null;
  points: { year: number; value: number | null; printed: string }[];
}
