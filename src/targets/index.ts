// The targets module's public API.
export { indicatorAnchor, indicatorPath, targetsPath } from './targetPaths.ts';
export { collectTargets, setsTargets, type CorpusTargets } from './collectTargets.ts';
export { dotPlotLayout, type DotInput, type DotPlotLayout } from './dotPlotLayout.ts';
export { indicatorsExport, provisionTargetsColumn, provisionTargetsExport } from './export.ts';
export { extractTargets, type YearContext } from './extractTargets.ts';
export { indicatorText, loadIndicators, matchIndicator, parseIndicators, type Indicator, type TargetUnit } from './indicators.ts';
export { seriesLayout, type SeriesLayout } from './seriesLayout.ts';
export type { Target, TargetSeries } from './target.ts';
export { deadlineYear, documentGoalYear, statedYear, type YearBasis } from './targetYear.ts';
export { cellItems, yearlySeries } from './yearlySeries.ts';
