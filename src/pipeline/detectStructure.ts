// Stage 3: picks the parser whose genre the lines fit best. Each parser scores the lines itself;
// below the threshold the paragraph fallback is used (with a warning), never nothing.
import { paragraphParser } from './parseParagraphs.ts';
import type { SourceLine, StructureParser } from './types.ts';

const MIN_SCORE = 0.3;

export function detectStructure(lines: SourceLine[], parsers: StructureParser[]): { parser: StructureParser; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  let best: StructureParser = paragraphParser;
  let bestScore = MIN_SCORE;
  for (const parser of parsers) {
    const score = parser.detect(lines);
    scores[parser.structure] = Math.round(score * 100) / 100;
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  return { parser: best, scores };
}
