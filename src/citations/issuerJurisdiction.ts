// Which jurisdiction (and level) an issuing body belongs to, from its name: 鞍山市卫生健康委员会 →
// 鞍山市 (city), 辽宁省卫生健康委 → 辽宁省 (province), 国家卫生健康委办公厅 / 民政部办公厅 → 全国.
// Used for forwarding-chain layers, whose jurisdiction differs from the document's own.
import type { Level } from '../schemas/corpus.ts';

export interface Place {
  name: string;
  level: Level;
}

const NATIONAL: Place = { name: '全国', level: 'national' };

/** `gazetteer`: known places (content/jurisdictions.yml); the longest one an issuer starts with wins. */
export function issuerJurisdiction(issuers: readonly string[], gazetteer: readonly Place[]): Place | null {
  for (const issuer of issuers) {
    const s = issuer.normalize('NFKC').replace(/\s+/gu, '');
    const known = [...gazetteer].filter((g) => g.name !== NATIONAL.name && s.startsWith(g.name)).sort((a, b) => b.name.length - a.name.length)[0];
    if (known) return { name: known.name, level: known.level };
    if (/^(国家|国务院|中共中央|全国)/u.test(s) || /^[\p{Script=Han}]{1,6}部(办公厅)?$/u.test(s)) return NATIONAL;
    const m = /^([\p{Script=Han}]{2,8}?(?:省|自治区))/u.exec(s);
    if (m) return { name: m[1]!, level: 'province' };
    const c = /^([\p{Script=Han}]{2,8}?(?:市|州|盟))/u.exec(s);
    if (c) return { name: c[1]!, level: 'city' };
    const k = /^([\p{Script=Han}]{2,8}?(?:县|区|旗))/u.exec(s);
    if (k) return { name: k[1]!, level: k[1]!.endsWith('区') ? 'district' : 'county' };
  }
  return null;
}
