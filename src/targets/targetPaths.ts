// Site paths of the targets page (without the base: pass them through href()).
export const targetsPath = '/targets/';
/** An indicator's section on /targets/. */
export const indicatorPath = (indicatorId: string): string => `/targets/#ind-${indicatorId}`;
export const indicatorAnchor = (indicatorId: string): string => `ind-${indicatorId}`;
/** First page of the full list of an indicator's targets (or of 'unclassified'), when /targets/ shows only its summary. */
export const targetListPath = (listId: string): string => `/targets/${listId}/`;
/** First page of every yearly series, when /targets/ shows only their count. */
export const yearlySeriesPath = '/targets/yearly/';
