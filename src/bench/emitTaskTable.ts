// A tab-separated task table in the shape of seeds/zhongning-2021.txt: an attachment line, a
// markdown-headed title, a header row naming 序号 and the task columns, numbered rows with merged
// label cells (the outer label on the first row of its group, the inner one mid-group), and the
// header repeated after a blank line every few rows, as a page break prints it.
import { toChineseNumeral } from '../pipeline/numbering.ts';
import { headingAt, type DocumentSpec } from './clauseSpec.ts';
import { frontMatter } from './frontMatter.ts';
import type { Rng } from './prng.ts';

const TITLES = ['深入推进医养结合促进老年健康服务体系建设主要任务清单', '医养结合工作重点任务分解表', '推进医养结合高质量发展任务清单'];
const HEADER = ['序号', '重点工作', '具体任务', '工作内容', '责任单位', '配合单位', '完成时限'];

export function emitTaskTable(spec: DocumentSpec, rng: Rng): string[] {
  const header = `${HEADER.join('\t')}\t`;
  const rows = spec.clauses.map((c, i) => [String(i + 1), '', '', c.text, c.lead.join(' '), c.partner.join(' '), c.deadline]);
  let h = 0;
  let inner = 0;
  for (let start = 0, outer = 1; start < rows.length; outer += 1) {
    const size = Math.min(rows.length - start, rng.int(6, 14));
    rows[start]![1] = `（${toChineseNumeral(outer)}）${headingAt(spec, h++)}`;
    for (let at = start; at < start + size; ) {
      const span = Math.min(start + size - at, rng.int(1, 5));
      inner += 1;
      rows[at + Math.floor((span - 1) / 2)]![2] = `${inner}. ${headingAt(spec, h++)}`;
      at += span;
    }
    start += size;
  }
  const repeatEvery = rng.int(6, 9);
  const lines = [...frontMatter(spec.place), '', '附件:', '', `## ${spec.place.name}${rng.pick(TITLES)}`, '', header];
  rows.forEach((cells, i) => {
    if (i > 0 && i % repeatEvery === 0) lines.push('', header);
    lines.push(cells.join('\t'));
  });
  return lines;
}
