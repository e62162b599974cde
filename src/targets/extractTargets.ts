// Quantitative targets printed in a provision's text: percentages (72%以上) and counts after a
// verb of creating or designating (创建1个…, 建设1所…, 确定 1 家…, 至少有一家…, 在 1 个社区…).
// Bare numbers, frequencies (1次), durations (1个月, 30个工作日) and years are not targets.
import { parseNumeral } from '../pipeline/chineseNumerals.ts';
import type { Provision } from '../schemas/corpus.ts';
import { matchIndicator, type Indicator } from './indicators.ts';
import type { Target } from './target.ts';
import { deadlineYear, statedYear, type YearBasis } from './targetYear.ts';

const PERCENT = /(\d+(?:\.\d+)?)\s*%(\s*以上)?/gu;
// The verb must come right before the number; the lookahead rules out 个月 and 个工作日.
const COUNT = /(创建|建设|建成|确定|设立|至少有|在)\s*(\d+|[一二两三四五六七八九十]+)\s*(个|所|家)(?!月|工作日)/gu;
const SENTENCE_END = /[。！？!?\n]/u;
const CLAUSE_END = /[。！？!?\n，,；;]/u;

/** Start of the sentence or clause containing `at`, and its end (exclusive). */
function span(text: string, at: number, stop: RegExp): [number, number] {
  let start = at;
  while (start > 0 && !stop.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !stop.test(text[end]!)) end++;
  return [start, end];
}

interface Found {
  index: number;
  length: number;
  value: number;
  unit: Target['unit'];
  measure: string;
  printed: string;
  atLeast: boolean;
}

function findValues(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PERCENT)) {
    found.push({ index: m.index ?? 0, length: m[0].length, value: Number(m[1]), unit: 'percent', measure: '%', printed: m[0].trim(), atLeast: m[2] !== undefined });
  }
  for (const m of text.matchAll(COUNT)) {
    const value = parseNumeral(m[2]!);
    if (value === null) continue;
    const verbLength = m[1]!.length;
    const index = (m.index ?? 0) + verbLength;
    found.push({ index, length: m[0].length - verbLength, value, unit: 'count', measure: m[3]!, printed: m[0].slice(verbLength).trim(), atLeast: m[1] === '至少有' });
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface YearContext {
  /** The document's goal year (see documentGoalYear), used when the provision states none. */
  documentYear: number | null;
}

/** Every target in the provision's text, in reading order. */
export function extractTargets(provision: Provision, indicators: readonly Indicator[], context: YearContext): Target[] {
  const text = provision.text.normalize('NFKC');
  return findValues(text).map((f, i) => {
    const [clauseStart, clauseEnd] = span(text, f.index, CLAUSE_END);
    const [sentenceStart] = span(text, f.index, SENTENCE_END);
    const clause = text.slice(clauseStart, clauseEnd).trim();
    let year = statedYear(text.slice(sentenceStart, f.index));
    let yearBasis: YearBasis | null = year === null ? null : 'text';
    if (year === null && (year = deadlineYear(provision.deadline)) !== null) yearBasis = 'deadline';
    if (year === null && (year = context.documentYear) !== null) yearBasis = 'document';
    return {
      id: `${provision.id}#${i + 1}`,
      provisionId: provision.id,
      docId: provision.docId,
      anchor: provision.anchor,
      url: provision.url,
      indicator: matchIndicator(clause, f.unit, indicators)?.id ?? null,
      value: f.value,
      unit: f.unit,
      measure: f.measure,
      printed: f.printed,
      atLeast: f.atLeast,
      strive: /力争/u.test(clause),
      clause,
      year,
      yearBasis,
    };
  });
}
