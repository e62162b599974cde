// Site paths of the citations page (without the base: pass them through href()).
export const citationsPath = '/citations/';
/** A 文号's entry on /citations/ (slug from docNumberSlug). */
export const citationPath = (slug: string): string => `/citations/#${slug}`;
