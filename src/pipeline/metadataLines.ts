// Recognises the lines of an official document that are metadata rather than provisions:
// masthead, document number, addressees, dates, signature, publicity note, carbon copy …
// Matching is done on the NFKC form so that full-width and half-width punctuation both work.

export type MetadataRole =
  | 'masthead'
  | 'doc-number'
  | 'addressees'
  | 'date'
  | 'printed-date'
  | 'publicity'
  | 'cc'
  | 'attachment'
  | 'contact'
  | 'proofreader';

const nfkc = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();

export const DOC_NUMBER = /[\p{Script=Han}A-Za-z]{1,12}[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*第?\s*(\d+)\s*号/gu;
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/u;

/** The role of a whole line if it is a metadata line, else null. */
export function metadataRole(line: string): MetadataRole | null {
  const s = nfkc(line);
  if (s === '') return null;
  if (/^抄送\s*[:：]/u.test(s)) return 'cc';
  if (/^校对\s*[:：]/u.test(s)) return 'proofreader';
  if (/^(联系人|联系电话|电子邮箱|传真)/u.test(s)) return 'contact';
  if (/^\(?(此件公开发布|信息公开形式[:：].*)\)?$/u.test(s)) return 'publicity';
  if (/^附件\s*[:：]?/u.test(s) && s.length < 80) return 'attachment';
  if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/u.test(s)) return 'printed-date';
  if (DATE.test(s)) return 'date';
  if (/^[\p{Script=Han}A-Za-z]{1,12}[〔\[(【]\d{4}[〕\])】]第?\d+号$/u.test(s)) return 'doc-number';
  if (/文件$/u.test(s) && s.length <= 30 && !/[,，。]/u.test(s)) return 'masthead';
  if (/^各.*[:：]$/u.test(s) && s.length <= 80) return 'addressees';
  return null;
}

/** 2021年7月23日 / 2021年7月23日印发 / 2022-05-13 → 2021-07-23; null when the text holds no date. */
export function parseDate(text: string): string | null {
  const s = nfkc(text);
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(s) ?? ISO_DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every document number (…〔YYYY〕N号) in a text, normalised to 〔〕 brackets and no spaces. */
export function findDocNumbers(text: string): { docNumber: string; index: number }[] {
  const out: { docNumber: string; index: number }[] = [];
  const norm = text.normalize('NFKC');
  // Cheap pre-check: the backtracking pattern only runs on lines with a bracketed year.
  if (!/[〔\[(【]\s*\d{4}/u.test(norm)) return out;
  for (const m of norm.matchAll(DOC_NUMBER)) {
    const prefix = m[0].replace(/[〔\[［(（【].*$/u, '');
    out.push({ docNumber: `${prefix}〔${m[1]}〕${m[2]}号`, index: m.index ?? 0 });
  }
  return out;
}
