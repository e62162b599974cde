// The material synthetic documents are made of, taken from the real provisions: clause texts,
// heading titles, agency names, deadlines and yearly target values. Everything is cleaned once here
// so that every emitter can print it without breaking its structure (no tabs, no line breaks,
// sentence-final punctuation, no role words inside agency names, no numeral-only target values).
import type { Provision } from '../schemas/corpus.ts';

export interface ClausePool {
  texts: string[];
  headings: string[];
  agencies: string[];
  deadlines: string[];
  targets: string[];
  /** Han characters of the texts, for light substitutions. */
  han: string[];
  /** Place names of the real seeds, replaced by the invented place in synthetic texts. */
  realPlaces: string[];
}

const oneLine = (s: string): string => s.replace(/[\t\r\n]+/gu, '').replace(/\s+/gu, ' ').trim();
/** Numbering markers at the start of a heading as printed: 一、 （一） (1) 1. 3、 */
const LEADING_MARKER = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.．、])\s*/u;
// Agency names with these words would be read as roles in a cell-table agency cell.
const ROLE_WORDS = /(分别|共同|牵头|负责|主责|主办|配合|协助|协办|参与)/u;
const NUMERAL_ONLY = /^[\d〇零一二两三四五六七八九十]+$/u;

/** Real place names whose short forms appear in the seed texts. */
export const REAL_PLACE_SHORT_NAMES = ['中宁', '王益', '丘北', '江口', '鞍山', '辽宁', '铜川', '文山', '铜仁'];

export function clausePool(provisions: readonly Provision[]): ClausePool {
  const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
  const texts = uniq(provisions.map((p) => oneLine(p.text)).filter((t) => t.length >= 8));
  const headings = uniq(
    provisions
      .flatMap((p) => p.headingPath)
      .map((h) => oneLine(h).replace(LEADING_MARKER, ''))
      .filter((h) => h.length >= 4 && h.length <= 40),
  );
  const agencies = uniq(provisions.flatMap((p) => [...p.leadAgencies, ...p.partnerAgencies]).map(oneLine))
    .filter((a) => a.length >= 2 && a.length <= 20 && !ROLE_WORDS.test(a) && !/[、，,；;:：<>〈〉\s]/u.test(a));
  const deadlines = uniq(provisions.flatMap((p) => (p.deadline ? [oneLine(p.deadline)] : [])));
  const targets = uniq(provisions.flatMap((p) => p.targets.map((t) => oneLine(t.value))))
    .filter((v) => v.length >= 2 && v.length <= 12 && !NUMERAL_ONLY.test(v) && !/^\d{4}/u.test(v));
  const han = uniq(texts.flatMap((t) => [...t]).filter((ch) => /\p{Script=Han}/u.test(ch)));
  for (const [name, list] of Object.entries({ texts, headings, agencies, deadlines, targets })) {
    if (list.length === 0) throw new Error(`clause pool: no ${name} in the real provisions`);
  }
  return { texts, headings, agencies, deadlines, targets, han, realPlaces: REAL_PLACE_SHORT_NAMES };
}
