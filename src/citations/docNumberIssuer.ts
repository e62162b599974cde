// The level of a document known only by its 文号 (it is cited, not in the corpus), read from the
// issuer code at the start of the number: 国… is national, a province's one-character abbreviation
// is provincial, and the city and county codes of this corpus are listed here. A code not listed
// gives null (drawn as 层级不明), never a guess.
import type { Level } from '../schemas/corpus.ts';
import type { Place } from './issuerJurisdiction.ts';

// City, prefecture and county codes seen in the corpus: curated, with the place they stand for.
const LOCAL_CODES: { code: string; place: Place }[] = [
  { code: '鞍', place: { name: '鞍山市', level: 'city' } },
  { code: '文', place: { name: '文山州', level: 'city' } },
  { code: '丘', place: { name: '丘北县', level: 'county' } },
];

const PROVINCES: Record<string, string> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 辽: '辽宁省', 吉: '吉林省', 黑: '黑龙江省',
  苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省',
  粤: '广东省', 琼: '海南省', 川: '四川省', 黔: '贵州省', 滇: '云南省', 云: '云南省', 陕: '陕西省', 甘: '甘肃省', 青: '青海省',
  蒙: '内蒙古自治区', 桂: '广西壮族自治区', 藏: '西藏自治区', 宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};

export function docNumberIssuer(docNumber: string): Place | null {
  const local = LOCAL_CODES.find((c) => docNumber.startsWith(c.code));
  if (local) return local.place;
  if (docNumber.startsWith('国')) return { name: '全国', level: 'national' };
  const province = PROVINCES[docNumber[0] ?? ''];
  return province ? { name: province, level: 'province' satisfies Level } : null;
}

/** The level a cited title names when it starts with its issuer (省卫生健康委…, 国家卫生健康委…). */
export function titleIssuerLevel(title: string | null): Level | null {
  if (!title) return null;
  if (/^(国家|国务院|中共中央)/u.test(title)) return 'national';
  if (/^省/u.test(title)) return 'province';
  if (/^[市州]/u.test(title)) return 'city';
  return null;
}
