/** Prefixes a site-internal path with the configured base, so the site works under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const documentPath = (docId: string): string => `/documents/${docId}/`;
/** Site-internal link to a provision's anchor (long documents span several pages: use the provision's own url). */
export const provisionHref = (provision: { url: string }): string => href(provision.url);
