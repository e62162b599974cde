// 文号 (document numbers) such as 国卫办老龄发〔2023〕3号: found in text, normalised to one printed
// form, and given a stable ASCII anchor slug.

// Prefix (the issuer's code), a bracketed year, a serial and 号. Brackets of any shape and width;
// spaces anywhere; 第 before the serial is allowed.
const DOC_NUMBER = /([\p{Script=Han}A-Za-z]{1,16})\s*[〔［\[【(（﹝{｛]\s*(\d{4})\s*[〕］\]】)）﹞}｝]\s*第?\s*(\d+)\s*号/gu;
// Words that may stand right before a 文号 in running text and are not part of its prefix.
const LEADING_WORDS = /^(?:根据|依据|按照|参照|依照|对照|印发|转发|关于|执行|落实|贯彻|见|详见|即|及|和|与|的|文件|通知)+/u;

export interface FoundDocNumber {
  docNumber: string;
  /** The text as printed (before normalisation). */
  printed: string;
  /** Offset in the NFKC-normalised text. */
  index: number;
}

/** 国卫办老龄发[2023]3号, 国卫办老龄发（２０２３）第3号, 国卫办老龄发 〔2023〕 3 号 → 国卫办老龄发〔2023〕3号. */
export function normalizeDocNumber(raw: string): string | null {
  const s = raw.normalize('NFKC').replace(/\s+/gu, '');
  const m = new RegExp(`^${DOC_NUMBER.source}$`, 'u').exec(s);
  if (!m) return null;
  const prefix = m[1]!.replace(LEADING_WORDS, '') || m[1]!;
  return `${prefix}〔${m[2]}〕${Number(m[3])}号`;
}

/** Every 文号 in a text, normalised, in order. */
export function findDocNumbers(text: string): FoundDocNumber[] {
  const s = text.normalize('NFKC');
  const out: FoundDocNumber[] = [];
  for (const m of s.matchAll(DOC_NUMBER)) {
    const prefix = m[1]!.replace(LEADING_WORDS, '') || m[1]!;
    const skipped = m[1]!.length - prefix.length;
    out.push({ docNumber: `${prefix}〔${m[2]}〕${Number(m[3])}号`, printed: m[0].slice(skipped), index: (m.index ?? 0) + skipped });
  }
  return out;
}

/** Parts of a normalised 文号. */
export function docNumberParts(docNumber: string): { prefix: string; year: number; serial: number } | null {
  const m = /^(.+)〔(\d{4})〕(\d+)号$/u.exec(docNumber);
  return m ? { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : null;
}

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16)).join('');

/**
 * A stable anchor for a 文号, ASCII only and derived from its characters alone, so it survives
 * any change to the corpus: wh-<year>-<serial>-<code points of the prefix in hex>.
 * 国卫办老龄发〔2023〕3号 → wh-2023-3-56fd536b529e80019f8453d1.
 */
export function docNumberSlug(docNumber: string): string {
  const n = normalizeDocNumber(docNumber) ?? docNumber;
  const parts = docNumberParts(n);
  return parts ? `wh-${parts.year}-${parts.serial}-${hex(parts.prefix)}` : `wh-${hex(n)}`;
}
