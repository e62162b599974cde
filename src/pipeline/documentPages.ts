// Long documents are split over several pages so that no page holds thousands of clauses;
// a provision's URL says which page its anchor is on. Five-seed documents fit on one page.

export const PROVISIONS_PER_PAGE = 200;

/** 1-based page of the provision at 1-based position `order`. */
export const documentPageOf = (order: number): number => Math.floor((order - 1) / PROVISIONS_PER_PAGE) + 1;

export const documentPagePath = (slug: string, page: number): string => `/documents/${slug}/${page === 1 ? '' : `${page}/`}`;

export const provisionUrl = (slug: string, page: number, anchor: string): string => `${documentPagePath(slug, page)}#${anchor}`;
