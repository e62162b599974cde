// The genre parsers, tried in this order; detection picks the best score, so the order only breaks ties.
import { cellTableParser } from './parseCellTable.ts';
import { forwardingChainParser } from './parseForwardingChain.ts';
import { numberedPlanParser } from './parseNumberedPlan.ts';
import { taskTableParser } from './parseTaskTable.ts';
import type { StructureParser } from './types.ts';

export const PARSERS: StructureParser[] = [taskTableParser, cellTableParser, forwardingChainParser, numberedPlanParser];
