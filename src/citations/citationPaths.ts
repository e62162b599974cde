// Site paths of the citations page (without the base: pass them through href()).
import { pagedPath } from '../lib/pagination.ts';
export const citationsPath = '/citations/';
/** A 文号's entry on page `page` of /citations/ (slug from docNumberSlug; page from citationListing). */
export const citationEntryPath = (slug: string, page: number): string => `${pagedPath(citationsPath, page)}#${slug}`;
