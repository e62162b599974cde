// Stage 2: text → numbered lines. Accepts LF, CRLF and CR line ends and reports which it saw.
import type { SourceLine } from './types.ts';

export type LineEnding = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

export function detectLineEnding(text: string): LineEnding {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'CRLF' : cr > 0 ? 'CR' : 'LF';
}

export function segmentLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/u).map((line, i) => ({ no: i + 1, text: line }));
}
