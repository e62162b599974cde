import type { LedgerEntry, LedgerRole, SourceLine } from './types.ts';

/** Records that `text` from source line `line` was used in the given role. Empty text is not recorded. */
export function claim(ledger: LedgerEntry[], line: number, text: string, role: LedgerRole): void {
  if (text.trim() !== '') ledger.push({ line, text, role });
}

const stripSpace = (s: string): string => s.replace(/\s+/gu, '');
const sortedChars = (s: string): string => [...stripSpace(s)].sort().join('');

export interface AccountMismatch {
  line: number;
  source: string;
  claimed: string;
}

/**
 * Checks that the ledger claims every non-whitespace character of every line exactly once
 * (order within a line is not checked). Returns the lines that do not balance.
 */
export function accountForSource(lines: SourceLine[], ledger: LedgerEntry[]): AccountMismatch[] {
  const byLine = new Map<number, string[]>();
  for (const entry of ledger) {
    const list = byLine.get(entry.line) ?? [];
    list.push(entry.text);
    byLine.set(entry.line, list);
  }
  const mismatches: AccountMismatch[] = [];
  const seen = new Set<number>();
  for (const { no, text } of lines) {
    seen.add(no);
    const claimed = (byLine.get(no) ?? []).join('');
    // Most lines are claimed in order: compare directly, sort only when that fails.
    if (stripSpace(text) === stripSpace(claimed)) continue;
    if (sortedChars(text) !== sortedChars(claimed)) mismatches.push({ line: no, source: text, claimed });
  }
  for (const [no, texts] of byLine) {
    if (!seen.has(no)) mismatches.push({ line: no, source: '', claimed: texts.join('') });
  }
  return mismatches.sort((a, b) => a.line - b.line);
}

/** Number of non-whitespace characters, the unit in which the ingest report accounts for a source. */
export function countChars(s: string): number {
  return [...stripSpace(s)].length;
}
