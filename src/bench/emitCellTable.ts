// A table exported one cell per line, in the shape of seeds/wangyi-2016.txt: each cell a line
// opening with a tab, rows separated by blank lines, a header naming 序号 / 工作任务 / 负责单位 /
// 年度工作任务 and a sub-header of five years; agency cells say who leads (牵头/负责) and who helps (配合).
import type { DocumentSpec } from './clauseSpec.ts';
import { frontMatter } from './frontMatter.ts';

export const PLAN_YEARS = 5;

export function emitCellTable(spec: DocumentSpec): string[] {
  const years = Array.from({ length: PLAN_YEARS }, (_, i) => spec.year + i);
  const lines = [...frontMatter(spec.place), '附件', '', `${spec.place.name}医养结合试点工作任务表`, ''];
  lines.push('\t序号', '\t工作任务', '\t负责单位', '\t年度工作任务', '');
  lines.push('\t', '\t', '\t', ...years.map((y) => `\t${y}年`), '');
  spec.clauses.forEach((c, i) => {
    const agency = c.partner.length > 0 ? `${c.lead.join('、')}牵头，${c.partner.join('、')}配合。` : `${c.lead.join('、')}负责。`;
    lines.push(`\t${i + 1}`, `\t${c.text}`, `\t${agency}`, ...c.targets.map((t) => `\t${t}`), '');
  });
  return lines;
}
