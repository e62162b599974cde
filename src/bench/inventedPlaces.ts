// Invented jurisdictions for synthetic documents: two syllables from a fixed list plus 县/区/市, each
// given a province from a fixed list. No syllable is a place suffix (县 区 市 州 省 旗 盟), so the
// pipeline reads the whole name off a title; names of the real gazetteer are never produced.
import type { Rng } from './prng.ts';

/** Syllable and its pinyin (for the English name and the file name). */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['安', 'an'], ['宁', 'ning'], ['平', 'ping'], ['阳', 'yang'], ['山', 'shan'], ['河', 'he'], ['江', 'jiang'], ['丰', 'feng'],
  ['泉', 'quan'], ['兴', 'xing'], ['和', 'he'], ['源', 'yuan'], ['新', 'xin'], ['康', 'kang'], ['永', 'yong'], ['清', 'qing'],
  ['云', 'yun'], ['华', 'hua'], ['德', 'de'], ['昌', 'chang'], ['林', 'lin'], ['川', 'chuan'], ['城', 'cheng'], ['乐', 'le'],
  ['福', 'fu'], ['寿', 'shou'], ['荣', 'rong'], ['远', 'yuan'], ['通', 'tong'], ['顺', 'shun'], ['泰', 'tai'], ['盛', 'sheng'],
  ['明', 'ming'], ['青', 'qing'], ['石', 'shi'], ['溪', 'xi'], ['桥', 'qiao'], ['岭', 'ling'], ['峰', 'feng'], ['水', 'shui'],
  ['湖', 'hu'], ['台', 'tai'], ['原', 'yuan'], ['宜', 'yi'], ['嘉', 'jia'], ['武', 'wu'], ['文', 'wen'], ['庆', 'qing'],
  ['鸿', 'hong'], ['凤', 'feng'], ['龙', 'long'], ['松', 'song'], ['桂', 'gui'], ['梅', 'mei'], ['沙', 'sha'], ['滨', 'bin'],
  ['潭', 'tan'], ['崇', 'chong'], ['仁', 'ren'], ['信', 'xin'], ['义', 'yi'], ['礼', 'li'], ['晋', 'jin'], ['祥', 'xiang'],
];

/** Provinces (real ones: the synthetic places are set in them) with their English names. */
export const PROVINCES: readonly (readonly [string, string])[] = [
  ['云南省', 'Yunnan'], ['贵州省', 'Guizhou'], ['四川省', 'Sichuan'], ['湖南省', 'Hunan'], ['湖北省', 'Hubei'],
  ['江西省', 'Jiangxi'], ['安徽省', 'Anhui'], ['河南省', 'Henan'], ['河北省', 'Hebei'], ['山东省', 'Shandong'],
  ['山西省', 'Shanxi'], ['陕西省', 'Shaanxi'], ['甘肃省', 'Gansu'], ['浙江省', 'Zhejiang'], ['福建省', 'Fujian'],
  ['广东省', 'Guangdong'], ['辽宁省', 'Liaoning'], ['吉林省', 'Jilin'], ['黑龙江省', 'Heilongjiang'], ['江苏省', 'Jiangsu'],
];

export type PlaceLevel = 'county' | 'district' | 'city';

const SUFFIX: Record<PlaceLevel, { zh: string; en: string }> = {
  county: { zh: '县', en: ' County' },
  district: { zh: '区', en: ' District' },
  city: { zh: '市', en: '' },
};

export interface InventedPlace {
  /** 安宁县 */
  name: string;
  /** The name without its suffix (安宁), as texts say it ("健康安宁行动"). */
  short: string;
  /** Anning County */
  nameEn: string;
  /** anning: the start of the file name. */
  pinyin: string;
  province: string;
  provinceEn: string;
  level: PlaceLevel;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Every two-syllable stem, in a seeded random order (64 × 63 = 4,032 stems). */
export function shuffledStems(rng: Rng): { short: string; pinyin: string }[] {
  const stems: { short: string; pinyin: string }[] = [];
  for (const [a, pa] of SYLLABLES) {
    for (const [b, pb] of SYLLABLES) if (a !== b) stems.push({ short: a + b, pinyin: pa + pb });
  }
  return rng.shuffle(stems);
}

/** A place from a stem: `level` picks the suffix, the province is drawn from the fixed list. */
export function placeFromStem(stem: { short: string; pinyin: string }, level: PlaceLevel, rng: Rng): InventedPlace {
  const [province, provinceEn] = rng.pick(PROVINCES);
  return {
    name: stem.short + SUFFIX[level].zh,
    short: stem.short,
    nameEn: capitalise(stem.pinyin) + SUFFIX[level].en,
    pinyin: stem.pinyin,
    province,
    provinceEn,
    level,
  };
}
