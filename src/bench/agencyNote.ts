// The agency note a numbered item closes with, in the two shapes the seeds print
// (（责任单位：A、B） and （牵头单位：A；配合单位：B、C）), or none.
import type { ClauseSpec } from './clauseSpec.ts';
import type { Rng } from './prng.ts';

export function agencyNote(c: ClauseSpec, rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.15) return '';
  if (roll < 0.3 && c.partner.length > 0) return `（牵头单位：${c.lead.join('、')}；配合单位：${c.partner.join('、')}）`;
  return `（责任单位：${[...c.lead, ...c.partner].join('、')}）`;
}
