// Site paths of the targets page (without the base: pass them through href()).
export const targetsPath = '/targets/';
/** An indicator's section on /targets/. */
export const indicatorPath = (indicatorId: string): string => `/targets/#ind-${indicatorId}`;
export const indicatorAnchor = (indicatorId: string): string => `ind-${indicatorId}`;
