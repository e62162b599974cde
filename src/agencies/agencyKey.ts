// How a printed agency name is compared with the registry: the printed name itself is never
// changed, only the key it is looked up by.

// Brackets of every width and shape: 财政局(金融办) = 财政局（金融办）, 各乡〈镇〉 = 各乡<镇> = 各乡镇,
// and 江口's unclosed 各乡镇<街道 matches 各乡镇<街道>.
const BRACKETS = /[()（）〈〉<>《》「」『』【】〔〕[\]［］{}｛｝]/gu;
const TRAILING_PUNCTUATION = /[。．.，,、；;：:]+$/u;
// One leading character naming the printing jurisdiction's level: 县卫健局 → 卫健局, 区民政局 → 民政局.
const JURISDICTION_PREFIX = /^[县区市州省]/u;

/** The comparison form of a name: NFKC, no whitespace, no brackets, no trailing punctuation. */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').replace(BRACKETS, '').replace(TRAILING_PUNCTUATION, '');
}

/**
 * Keys to try for a printed name, most specific first: as printed, then without its jurisdiction
 * prefix. Trying the printed form first keeps names that merely start with 市/县 (市监局, 县委组织部) intact.
 */
export function agencyLookupKeys(printed: string): string[] {
  const full = agencyKey(printed);
  const stripped = full.replace(JURISDICTION_PREFIX, '');
  return stripped !== full && stripped !== '' ? [full, stripped] : [full];
}
