// A numbered plan in the shape of seeds/qiubei-2021.txt: masthead, 文号, the notice that issues the
// plan, its cover letter quoting the plan's title, issuer, date, publicity note, then the plan
// itself — 一、 sections, （一） items, 1. sub-items closing with agency notes — and a 抄送 line
// with the 印发 date.
import { toChineseNumeral } from '../pipeline/numbering.ts';
import { agencyNote } from './agencyNote.ts';
import { chineseDate, headingAt, type DocumentSpec } from './clauseSpec.ts';
import { frontMatter } from './frontMatter.ts';
import type { Rng } from './prng.ts';

const PLAN_NAMES = ['深入推进医养结合发展实施方案', '创建医养结合示范县工作实施方案', '医养结合工作实施方案', '推进医养结合高质量发展实施方案', '加快推进医养结合发展工作方案'];

export function emitNumberedPlan(spec: DocumentSpec, rng: Rng): string[] {
  const { place, clauses } = spec;
  const office = `${place.name}人民政府办公室`;
  const plan = `${place.name}${rng.pick(PLAN_NAMES)}`;
  const lines = [
    ...frontMatter(place),
    '',
    `${office}文件`,
    '',
    `${place.short}政办发〔${spec.year}〕${spec.serial}号`,
    '',
    `${office}关于印发${plan}的通知`,
    '',
    place.level === 'city' ? '各县（市、区）人民政府，市直有关部门：' : '各乡（镇）人民政府，县直有关部门：',
    '',
    `经${place.name}人民政府同意，现将《${plan}》印发给你们，请认真抓好贯彻落实。`,
    '',
    office,
    '',
    chineseDate(spec),
    '',
    '（此件公开发布）',
    '',
    plan,
    '',
    `为认真贯彻落实党中央、国务院关于医养结合工作的决策部署，结合${place.name}实际，制定本方案。`,
    '',
  ];
  // 一、 holds one paragraph; 三、 holds a few leaf items; 二、 holds the rest in groups of sub-items.
  const leafCount = Math.min(rng.int(3, 5), clauses.length - 2);
  const groupedCount = clauses.length - 1 - leafCount;
  let next = 0;
  let h = 0;
  lines.push('一、目标要求', clauses[next++]!.text, '二、主要任务');
  for (let done = 0, group = 1; done < groupedCount; group += 1) {
    const size = Math.min(groupedCount - done, rng.int(3, 9));
    lines.push(`（${toChineseNumeral(group)}）${headingAt(spec, h++)}`);
    for (let k = 1; k <= size; k += 1) {
      const c = clauses[next++]!;
      lines.push(`${k}.${c.text}${agencyNote(c, rng)}`);
    }
    done += size;
  }
  lines.push('三、保障措施');
  for (let k = 1; k <= leafCount; k += 1) {
    const c = clauses[next++]!;
    lines.push(`（${toChineseNumeral(k)}）${c.text}${agencyNote(c, rng)}`);
  }
  lines.push('', `抄送：${place.name}委办公室，${place.name}人大常委会办公室，${place.name}政协办公室。`, '', office, '', `${chineseDate(spec, 2)}印发`);
  return lines;
}
