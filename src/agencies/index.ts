// The agencies module's public API.
export { agenciesPath, agencyPath } from './agencyPaths.ts';
export { agencyKey, agencyLookupKeys } from './agencyKey.ts';
export { agencyIndex, type AgencyAssignment, type AgencyDocumentGroup, type AgencyRecord } from './agencyIndex.ts';
export { agencyThemeMatrix, type AgencyThemeMatrix, type MatrixCell, type MatrixRow, type ThemeLabel } from './agencyThemeMatrix.ts';
export { agencyRegistryExport, provisionAgencyColumns, provisionAgencyExport, type ProvisionAgencyExport } from './export.ts';
export { matrixLayout, type MatrixLayout } from './matrixLayout.ts';
export { agencyRegistry, aliasNotes, loadAgencyRegistry, parseAgencyRegistry, relatedAgencies, type AgencyMatch, type AgencyRegistry } from './registry.ts';
export { agencyKindLabels, type Agency, type AgencyAlias, type AgencyKind } from './registrySchema.ts';
export { resolveAgencies, unknownAgencyNames, type AgencyRef, type AgencyRole, type ResolvedAgencies, type UnknownAgencyName } from './resolveAgencies.ts';
export { AGENCY_ROWS_PER_PAGE, agencyPages, firstOf } from './agencyPages.ts';
