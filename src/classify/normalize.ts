// Text as the matcher sees it: NFKC (full-width → half-width, compatibility forms folded)
// and no whitespace, which carries no meaning in Chinese and splits terms across line breaks.
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}
