// Public API of the shared-text ("reuse") stage for build-time code. siteReuse.ts (Astro collections) is
// imported directly by pages and components; browser code imports single modules, never this file
// (checklistSchema reads files with node:fs).
export { REUSE_PARAMS, type ReuseParams } from './params.ts';
export { normalizeWithOffsets, normalizeForReuse, type NormalizedText } from './normalizeText.ts';
export { prepareCorpus, type PreparedCorpus, type ReuseItem } from './prepareCorpus.ts';
export { findSharedText, type SharedTextGraph } from './findSharedText.ts';
export { computeReuse, materialize, type Counterpart, type ReusePair, type ReuseResult } from './computeReuse.ts';
export { alignSpans, type AlignedSpan } from './alignSpans.ts';
export { clusterPairs, type ReuseCluster } from './clusters.ts';
export { documentMatrix, type DocumentMatrix } from './documentMatrix.ts';
export { segmentText, type Segment } from './segments.ts';
export { thisSideSegments, otherSideSegments, type KindSegment, type SegmentKind } from './counterpartView.ts';
export { scoreDraft, MAX_DRAFT_LENGTH, type ScoredCandidate } from './draftScore.ts';
export { DraftChecker, DRAFT_CHECK, type DraftMatch, type LoadJson } from './draftCheck.ts';
export { buildDraftIndexFiles, draftIndexFiles, draftIndexJson, DRAFT_INDEX_LIMITS, type DraftIndexFiles, type DraftSourceDocument } from './draftIndexFiles.ts';
export { DRAFT_INDEX_FORMAT, draftIndexPaths, type DraftIndexMeta } from './draftIndexFormat.ts';
export { similarProvisions, reuseJson, type ReuseJson, type SimilarProvisionJson } from './exportReuse.ts';
export { pilotChecklist, practiceHeadline, CHECKLIST_PARAMS, type PilotChecklist, type ChecklistRow, type ChecklistMatch } from './pilotChecklist.ts';
export { parseChecklist, loadChecklist, type ChecklistConfig } from './checklistSchema.ts';
export { mergeSpans, countCovered, type TextSpan } from './textSpans.ts';
