// Text as the matcher sees it: NFKC (full-width → half-width, compatibility forms folded)
// and no whitespace, which carries no meaning in Chinese and splits terms across line breaks.
// Vocabulary terms are normalised once per provision and theme; remember the short ones.
const memo = new Map<string, string>();
export function normalizeForMatch(s: string): string {
  if (s.length > 40) return s.normalize('NFKC').replace(/\s+/gu, '');
  let v = memo.get(s);
  if (v === undefined) memo.set(s, (v = s.normalize('NFKC').replace(/\s+/gu, '')));
  return v;
}
