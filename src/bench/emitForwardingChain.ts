// A forwarding chain in the shape of seeds/national-2023-pilot-experience.txt: a county health
// bureau forwards a city notice, quoting its 文号; only the innermost notice's numbered items
// (一、 sections of （一） items) are provisions. The city is the document's jurisdiction.
import { toChineseNumeral } from '../pipeline/numbering.ts';
import { chineseDate, headingAt, type DocumentSpec } from './clauseSpec.ts';
import { frontMatter } from './frontMatter.ts';
import type { InventedPlace } from './inventedPlaces.ts';
import type { Rng } from './prng.ts';

const NOTICES = ['推进医养结合高质量发展若干措施', '医养结合服务能力提升行动方案', '推广医养结合试点工作典型经验'];

/** `forwarder` is the county that forwards the city's notice. */
export function emitForwardingChain(spec: DocumentSpec, forwarder: InventedPlace, rng: Rng): string[] {
  const city = spec.place;
  const commission = `${city.name}卫生健康委员会`;
  const innerNumber = `${city.short}卫发〔${spec.year}〕${spec.serial}号`;
  const innerTitle = `关于印发${city.name}${rng.pick(NOTICES)}的通知`;
  const bureau = `${forwarder.name}卫生健康局`;
  const lines = [
    ...frontMatter(city),
    '',
    `${bureau}文件`,
    '',
    `${forwarder.short}卫发〔${spec.year}〕${rng.int(1, 99)}号`,
    '',
    `关于转发${commission}《${innerTitle}》的通知`,
    '',
    '各乡镇卫生院，各有关医疗机构：',
    '',
    `现将${commission}《${innerTitle}》（${innerNumber}）转发给你们，请结合实际认真贯彻落实。`,
    '',
    bureau,
    '',
    chineseDate(spec, 14),
    '',
    '（信息公开形式：主动公开）',
    '',
    `${commission} ${city.name}民政局 文件`,
    '',
    innerNumber,
    '',
    innerTitle,
    '',
    '各县（市、区）卫生健康局、民政局：',
    '',
    `为深入推进${city.name}医养结合发展，现将有关事项通知如下。`,
    '',
  ];
  const { clauses } = spec;
  const sections = Math.min(rng.int(3, 6), clauses.length);
  let next = 0;
  for (let s = 1; s <= sections; s += 1) {
    const left = clauses.length - next;
    const later = sections - s;
    // Every section keeps at least one item: a bare section heading would become a provision of its own.
    const size = later === 0 ? left : Math.min(left - later, Math.max(1, Math.round(left / (later + 1)) + rng.int(-2, 2)));
    lines.push(`${toChineseNumeral(s)}、${headingAt(spec, s - 1)}`, '');
    for (let k = 1; k <= size; k += 1) lines.push(`（${toChineseNumeral(k)}）${clauses[next++]!.text}`, '');
  }
  lines.push(`${commission} ${city.name}民政局`, '', chineseDate(spec));
  return lines;
}
