// The citations module's public API.
export { citationEntryPath, citationsPath } from './citationPaths.ts';
export { citationIndex, type CitationEdge, type CitationIndex, type CitationNode, type Mention, type Relation } from './citationIndex.ts';
export { citationGraphLayout, GRAPH_ROWS, labelWidth, type CitationGraphLayout, type GraphEdge, type GraphNode } from './citationGraphLayout.ts';
export { docNumberParts, docNumberSlug, findDocNumbers, normalizeDocNumber, type FoundDocNumber } from './docNumber.ts';
export { docNumberIssuer, titleIssuerLevel } from './docNumberIssuer.ts';
export { documentLinks, provisionAtLine, type DocumentLink, type DocumentLinks } from './documentLinks.ts';
export { citationsExport, documentLinksExport } from './export.ts';
export { issuerJurisdiction, type Place } from './issuerJurisdiction.ts';
export { ENTRIES_PER_PAGE, GRAPH_NODES, RELATED_SHOWN, citationListing, graphSubset, relationsByNode, type CitationListing } from './citationPages.ts';
