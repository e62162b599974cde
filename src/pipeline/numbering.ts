// Recognises the numbering markers that open the items of Chinese official documents:
// 一、 (section), （一） (parenthesised Chinese numeral), （1） (parenthesised digits), 1. / 1、 (digits).
// Markers are matched on the NFKC form so that full-width and half-width brackets, digits and
// dots all work, while the label handed back is always the text as printed.
import { parseNumeral } from './chineseNumerals.ts';

export type MarkerKind = 'section' | 'paren' | 'paren-arabic' | 'arabic';

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The marker as printed: "（十三）", "5.", "(二)"; for sections only the numeral ("一"). */
  label: string;
  /** The marker as printed with its separator: "一、", "（十三）", "5.". */
  printed: string;
  /** Characters of the original text taken by the marker and the whitespace after it. */
  length: number;
}

const NUMERAL = '[一二三四五六七八九十〇零两]+';

// Tried in this order; each pattern sees the NFKC form, so "（" is "(" and "１．" is "1.".
const PATTERNS: { kind: MarkerKind; re: RegExp }[] = [
  { kind: 'section', re: new RegExp(`^(${NUMERAL})\\s*[、.]`, 'u') },
  { kind: 'paren', re: new RegExp(`^\\(\\s*(${NUMERAL})\\s*\\)`, 'u') },
  { kind: 'paren-arabic', re: /^\(\s*(\d{1,2})\s*\)/u },
  { kind: 'arabic', re: /^(\d{1,2})\s*[.、]/u },
];

/** NFKC form of `text`, with, for each character of it, the offset in `text` just after its source. */
function nfkcWithOffsets(text: string): { norm: string; ends: number[] } {
  let norm = '';
  const ends: number[] = [];
  let pos = 0;
  for (const ch of text) {
    pos += ch.length;
    const n = ch.normalize('NFKC');
    norm += n;
    for (let k = 0; k < n.length; k++) ends.push(pos);
  }
  return { norm, ends };
}

/** The numbering marker at the start of `text`, or null when the text does not open with one. */
export function matchMarker(text: string): Marker | null {
  const lead = (/^\s*/u.exec(text)?.[0] ?? '').length;
  const body = text.slice(lead);
  // A marker is at most a few characters: normalise only the head of the paragraph.
  const { norm, ends } = nfkcWithOffsets(body.slice(0, 16));
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(norm);
    if (!m) continue;
    const number = parseNumeral(m[1] ?? '');
    if (number === null || number === 0) continue;
    const end = ends[m[0].length - 1] ?? m[0].length;
    const printed = body.slice(0, end);
    const space = (/^\s*/u.exec(body.slice(end))?.[0] ?? '').length;
    const label = kind === 'section' ? printed.replace(/[\s、.．﹑]+$/u, '') : printed;
    return { kind, number, label, printed, length: lead + end + space };
  }
  return null;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 13 → 十三, 21 → 二十一 (up to 99), for messages that name an expected marker. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n > 99) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[n % 10] ?? ''}`;
}

/** How a marker of the given kind and number is conventionally printed, for messages. */
export function canonicalMarker(kind: MarkerKind, n: number): string {
  switch (kind) {
    case 'section':
      return `${toChineseNumeral(n)}、`;
    case 'paren':
      return `（${toChineseNumeral(n)}）`;
    case 'paren-arabic':
      return `（${n}）`;
    case 'arabic':
      return `${n}.`;
  }
}
