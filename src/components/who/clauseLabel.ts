// How a provision is named in lists outside its document: task-table rows by their 序号
// (第24项), numbered plans by their outline numbers (二（三）3 = 二、… › （三）… › 3.), and a
// provision that is its section's only text by the section heading (一、工作目标).
import type { Provision } from '../../schemas/corpus.ts';

const NUMBERING = /^\s*([一二三四五六七八九十]+(?=、)|[（(][一二三四五六七八九十]+[）)]|\d+(?=[.、．]))/u;
const clean = (s: string) => s.trim().replace(/[、.．]$/u, '');

export function clauseLabel(p: Pick<Provision, 'label' | 'headingPath'>): string {
  // A bare number (no 、 or . after it) is a table row's 序号.
  if (/^\d+$/u.test(p.label.trim())) return `第${p.label.trim()}项`;
  const own = clean(p.label);
  const numbers = p.headingPath.map((h) => NUMBERING.exec(h)?.[1] ?? null);
  const last = p.headingPath[p.headingPath.length - 1];
  if (last !== undefined && numbers[numbers.length - 1] === own) return last.trim();
  if (numbers.some((n) => n === null)) return own;
  return [...(numbers as string[]), own].join('');
}
