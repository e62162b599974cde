// The targets module's public API.
export { indicatorAnchor, indicatorPath, targetListPath, targetsPath, yearlySeriesPath } from './targetPaths.ts';
export { RESERVED_LIST_IDS, TARGETS_INLINE, TARGETS_PER_PAGE, seriesPages, spreadByYear, targetSlices, valueBins, type TargetSlice, type YearSpread } from './targetPages.ts';
export { collectTargets, setsTargets, type CorpusTargets } from './collectTargets.ts';
export { dotPlotLayout, type DotInput, type DotPlotLayout } from './dotPlotLayout.ts';
export { indicatorsExport, provisionTargetsColumn, provisionTargetsExport } from './export.ts';
export { extractTargets, type YearContext } from './extractTargets.ts';
export { indicatorText, loadIndicators, matchIndicator, parseIndicators, type Indicator, type TargetUnit } from './indicators.ts';
export { seriesLayout, type SeriesLayout } from './seriesLayout.ts';
export type { Target, TargetSeries } from './target.ts';
export { deadlineYear, documentGoalYear, statedYear, type YearBasis } from './targetYear.ts';
export { cellItems, yearlySeries } from './yearlySeries.ts';
