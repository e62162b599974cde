const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to 99 (一, 十三, 二十一) or Arabic digits (also full-width); null if it is neither. */
export function parseNumeral(raw: string): number | null {
  const s = raw.normalize('NFKC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return null;
  const tenAt = s.indexOf('十');
  if (tenAt === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const tens = tenAt === 0 ? 1 : DIGITS[s.slice(0, tenAt)];
  const unitsPart = s.slice(tenAt + 1);
  const units = unitsPart === '' ? 0 : DIGITS[unitsPart];
  if (tens === undefined || units === undefined || s.slice(0, tenAt).length > 1 || unitsPart.length > 1) return null;
  return tens * 10 + units;
}
