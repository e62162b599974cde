// Site paths of the theme pages (without the base: pass them through href()).

export const themesIndexPath = '/themes/';
export const comparePath = '/compare/';
export const themePath = (slug: string): string => `/themes/${slug}/`;
/** Fragment id of a jurisdiction's column on a theme page. */
export const columnAnchor = (columnId: string): string => `col-${columnId}`;
/** A column on the first page of a theme; for a column on any page use columnPagePath (themePages.ts). */
export const columnPath = (slug: string, columnId: string): string => `${themePath(slug)}#${columnAnchor(columnId)}`;
