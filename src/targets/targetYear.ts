// Which year a target is for. A year stated next to the value wins; otherwise the year is taken,
// and labelled as such, from the row's 完成时限 or from the document's own goal date. A target
// whose year none of these give keeps year null: it is never guessed from the issue date.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

/**
 * - text: stated in the same sentence before the value (到2022年，…达到72%)
 * - table: the column year of a yearly table cell (王益)
 * - deadline: the year of the row's 完成时限 (中宁)
 * - document: the document's goal date, stated in its 目标 section (江口: 在2022年9月30日前…)
 */
export type YearBasis = 'text' | 'table' | 'deadline' | 'document';

const YEAR = /(\d{4})\s*年/gu;
const GOAL_YEAR = /(?:到|至|在|于)\s*(\d{4})\s*年/gu;

const plausible = (y: number) => y >= 1990 && y <= 2100;

/** The last year printed in `textBefore` (the sentence up to the value), or null. */
export function statedYear(textBefore: string): number | null {
  let year: number | null = null;
  for (const m of textBefore.normalize('NFKC').matchAll(YEAR)) {
    const y = Number(m[1]);
    if (plausible(y)) year = y;
  }
  return year;
}

/** The year of a 完成时限 such as "2022年12月底完成，并长期坚持", or null. */
export function deadlineYear(deadline: string | null): number | null {
  return deadline === null ? null : statedYear(deadline);
}

/**
 * The document's own target year: the latest 到/在/至 YYYY年 in the provisions under a heading
 * naming its goals (一、工作目标 / 目标要求); else the last year of its planning period; else null.
 */
export function documentGoalYear(doc: Pick<PolicyDocument, 'period'>, provisions: readonly Pick<Provision, 'headingPath' | 'text'>[]): number | null {
  let year: number | null = null;
  for (const p of provisions) {
    if (!p.headingPath.some((h) => /目标/u.test(h))) continue;
    for (const m of p.text.normalize('NFKC').matchAll(GOAL_YEAR)) {
      const y = Number(m[1]);
      if (plausible(y) && (year === null || y > year)) year = y;
    }
  }
  return year ?? doc.period?.to ?? null;
}
