// Some exports of tables separate cells with runs of spaces (ASCII or full-width) instead of tabs.
// When a document has no tabs and its 序号 header row is cut into columns by such runs, every run of
// two or more spaces becomes tabs: one per header-sized gap, so an empty cell (a double gap) stays
// an empty cell. Only whitespace changes, so the character account is unaffected.
import type { SourceLine } from './types.ts';

const RUN = /[ \u3000]{2,}/gu;
const HEADER = /^\s*序\s*号[ \u3000]{2,}\S/u;

export function spaceSeparatedToTabs(lines: SourceLine[]): SourceLine[] {
  if (lines.some((l) => l.text.includes('\t'))) return lines;
  const header = lines.find((l) => HEADER.test(l.text));
  if (!header) return lines;
  const gaps = [...header.text.trim().matchAll(RUN)].map((m) => m[0].length);
  if (gaps.length < 3) return lines;
  const gap = Math.min(...gaps);
  const start = lines.indexOf(header);
  return lines.map((l, i) =>
    i < start ? l : { no: l.no, text: l.text.replace(RUN, (run) => '\t'.repeat(Math.max(1, Math.round(run.length / gap)))) },
  );
}
