// Dates as the documents print them, turned into ISO dates for the timeline. Month-only dates
// mean the end of the month for a deadline (2021年4月底 → 2021-04-30) and the whole month for a
// work step (2022年9月 → 09-01 … 09-30). Nothing is read from a text that does not print a year.

export type DatePrecision = 'day' | 'month' | 'year';

export interface ParsedDeadline {
  date: string;
  precision: DatePrecision;
  /** 并长期坚持 / 长期 / 持续: the task goes on after the date. */
  ongoing: boolean;
}

export interface DateRange {
  start: string;
  end: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const valid = (y: number, m: number, d = 1) => y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const monthEnd = (y: number, m: number) => isoDate(y, m, lastDay(y, m));

const ONGOING = /长期坚持|长期|持续|常态化/u;

/** A 完成时限 cell: "2021年4月底完成，并长期坚持", "2021年12月底", "2022年9月30日前", "2022年底". */
export function parseDeadline(text: string | null): ParsedDeadline | null {
  if (text === null) return null;
  const s = text.normalize('NFKC').replace(/\s+/gu, '');
  const ongoing = ONGOING.test(s);
  // A printed day or month that is not a real date makes the whole date unreadable (no fallback to the year).
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? { date: isoDate(+m[1]!, +m[2]!, +m[3]!), precision: 'day', ongoing } : null;
  m = /(\d{4})年(\d{1,2})月/u.exec(s);
  if (m) return valid(+m[1]!, +m[2]!) ? { date: monthEnd(+m[1]!, +m[2]!), precision: 'month', ongoing } : null;
  m = /(\d{4})年/u.exec(s);
  if (m && valid(+m[1]!, 12)) return { date: isoDate(+m[1]!, 12, 31), precision: 'year', ongoing };
  return null;
}

const DASH = '[—–\\-－~～至到]+';
const MONTH_RANGE = new RegExp(`(\\d{4})年(\\d{1,2})月?${DASH}(\\d{1,2})月`, 'u');
const ONE_MONTH = /(\d{4})年(\d{1,2})月/u;

/** A period such as "（2022年3—4月）" or "（2022年9月）": first to last day of the months. */
export function parseMonthRange(text: string): DateRange | null {
  const s = text.normalize('NFKC').replace(/\s+/gu, '');
  let m = MONTH_RANGE.exec(s);
  if (m) {
    const [y, a, b] = [+m[1]!, +m[2]!, +m[3]!];
    if (valid(y, a) && valid(y, b) && a <= b) return { start: isoDate(y, a, 1), end: monthEnd(y, b), precision: 'month' };
  }
  m = ONE_MONTH.exec(s);
  if (m && valid(+m[1]!, +m[2]!)) return { start: isoDate(+m[1]!, +m[2]!, 1), end: monthEnd(+m[1]!, +m[2]!), precision: 'month' };
  return null;
}

/** Every "YYYY年M月D日前" in a text (a date the text sets as a deadline), with its offset. */
export function findDayDeadlines(text: string): { date: string; printed: string; index: number }[] {
  const out: { date: string; printed: string; index: number }[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前)/gu)) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (valid(y, mo, d)) out.push({ date: isoDate(y, mo, d), printed: m[0], index: m.index ?? 0 });
  }
  return out;
}
