// Targets for the downloads: what the integrator adds to corpus.json and the CSV.
import type { Provision } from '../schemas/corpus.ts';
import type { CorpusTargets } from './collectTargets.ts';
import type { Indicator } from './indicators.ts';

/** The indicator list for corpus.json (patterns as strings). */
export function indicatorsExport(indicators: readonly Indicator[]) {
  return indicators.map((i) => ({ id: i.id, zh: i.zh, en: i.en, unit: i.unit, patterns: i.patterns.map((re) => re.source), note: i.note }));
}

const targetIndexes = new WeakMap<CorpusTargets, { targets: Map<string, CorpusTargets['targets']>; series: Map<string, CorpusTargets['series']> }>();
/** Targets and series by provision id, built once per corpus (a filter per provision would be quadratic). */
function targetIndex(all: CorpusTargets) {
  let ix = targetIndexes.get(all);
  if (!ix) targetIndexes.set(all, (ix = { targets: Map.groupBy(all.targets, (t) => t.provisionId), series: Map.groupBy(all.series, (s) => s.provisionId) }));
  return ix;
}

/** Extracted targets and series of one provision, for its entry in corpus.json. */
export function provisionTargetsExport(provision: Pick<Provision, 'id'>, all: CorpusTargets) {
  return {
    extractedTargets: targetIndex(all).targets.get(provision.id) ?? [],
    targetSeries: targetIndex(all).series.get(provision.id) ?? [],
  };
}

/** One CSV cell for a provision: "indicator=value@year" joined with ；, e.g. "health-management-65=72%@2022". */
export function provisionTargetsColumn(provision: Pick<Provision, 'id'>, all: CorpusTargets): { extractedTargets: string } {
  const cells = (targetIndex(all).targets.get(provision.id) ?? [])
    .map((t) => `${t.indicator ?? '?'}=${t.value}${t.unit === 'percent' ? '%' : t.measure}${t.atLeast ? '+' : ''}@${t.year ?? '?'}${t.yearBasis && t.yearBasis !== 'text' ? `(${t.yearBasis})` : ''}`);
  return { extractedTargets: cells.join('；') };
}
