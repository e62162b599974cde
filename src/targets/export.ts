// Targets for the downloads: what the integrator adds to corpus.json and the CSV.
import type { Provision } from '../schemas/corpus.ts';
import type { CorpusTargets } from './collectTargets.ts';
import type { Indicator } from './indicators.ts';

/** The indicator list for corpus.json (patterns as strings). */
export function indicatorsExport(indicators: readonly Indicator[]) {
  return indicators.map((i) => ({ id: i.id, zh: i.zh, en: i.en, unit: i.unit, patterns: i.patterns.map((re) => re.source), note: i.note }));
}

/** Extracted targets and series of one provision, for its entry in corpus.json. */
export function provisionTargetsExport(provision: Pick<Provision, 'id'>, all: CorpusTargets) {
  return {
    extractedTargets: all.targets.filter((t) => t.provisionId === provision.id),
    targetSeries: all.series.filter((s) => s.provisionId === provision.id),
  };
}

/** One CSV cell for a provision: "indicator=value@year" joined with ；, e.g. "health-management-65=72%@2022". */
export function provisionTargetsColumn(provision: Pick<Provision, 'id'>, all: CorpusTargets): { extractedTargets: string } {
  const cells = all.targets
    .filter((t) => t.provisionId === provision.id)
    .map((t) => `${t.indicator ?? '?'}=${t.value}${t.unit === 'percent' ? '%' : t.measure}${t.atLeast ? '+' : ''}@${t.year ?? '?'}${t.yearBasis && t.yearBasis !== 'text' ? `(${t.yearBasis})` : ''}`);
  return { extractedTargets: cells.join('；') };
}
