// Site paths of the agency pages (without the base: pass them through href()).
export const agenciesPath = '/agencies/';
export const agencyPath = (id: string): string => `/agencies/${id}/`;
