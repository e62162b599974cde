// Where the list of documents lives and how much of it each page and the home page show.

export const documentsIndexPath = '/documents/';
/** Rows per page of /documents/. */
export const DOCUMENTS_PER_PAGE = 100;
/** Documents the home page lists before linking to the full list. */
export const HOME_DOCUMENTS = 20;
