// All targets of the corpus. Only documents that set targets are read: plans and task lists.
// A notice (the national pilot-experience notice) reports what pilot sites achieved; its numbers
// (2000万元, 17 个城市 …) are results, not targets, so it is skipped.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { extractTargets } from './extractTargets.ts';
import type { Indicator } from './indicators.ts';
import type { Target, TargetSeries } from './target.ts';
import { documentGoalYear } from './targetYear.ts';
import { yearlySeries } from './yearlySeries.ts';

export interface CorpusTargets {
  targets: Target[];
  series: TargetSeries[];
  /** Documents not read for targets, with why. */
  skipped: { docId: string; reason: string }[];
}

export function setsTargets(doc: Pick<PolicyDocument, 'kind'>): boolean {
  return doc.kind !== 'notice';
}

export function collectTargets(documents: readonly PolicyDocument[], provisions: readonly Provision[], indicators: readonly Indicator[]): CorpusTargets {
  const out: CorpusTargets = { targets: [], series: [], skipped: [] };
  // Grouped once: filtering every provision per document is quadratic in the corpus.
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  for (const doc of documents) {
    if (!setsTargets(doc)) {
      out.skipped.push({ docId: doc.id, reason: '通知类文件：文中数字为试点地区已取得的成效，不是目标' });
      continue;
    }
    const own = byDoc.get(doc.id) ?? [];
    const documentYear = documentGoalYear(doc, own);
    for (const p of own) {
      out.targets.push(...extractTargets(p, indicators, { documentYear }));
      out.series.push(...yearlySeries(p, indicators));
    }
  }
  return out;
}
