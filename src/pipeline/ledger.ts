import type { LedgerEntry, LedgerRole, SourceLine } from './types.ts';

/** Records that `text` from source line `line` was used in the given role. Empty text is not recorded. */
export function claim(ledger: LedgerEntry[], line: number, text: string, role: LedgerRole): void {
  if (text.trim() !== '') ledger.push({ line, text, role });
}

const stripSpace = (s: string): string => s.replace(/\s+/gu, '');

/**
 * Whether two strings hold the same characters, each as often, ignoring whitespace and order.
 * Counting, not sorting: sorting every out-of-order line was a sixth of ingest time at scale.
 */
export function sameCharacters(a: string, b: string): boolean {
  const x = stripSpace(a);
  const y = stripSpace(b);
  if (x.length !== y.length) return false;
  const counts = new Map<string, number>();
  for (const ch of x) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of y) {
    const left = counts.get(ch);
    if (!left) return false;
    counts.set(ch, left - 1);
  }
  return true;
}

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
    if (!sameCharacters(text, claimed)) mismatches.push({ line: no, source: text, claimed });
  }
  for (const [no, texts] of byLine) {
    if (!seen.has(no)) mismatches.push({ line: no, source: '', claimed: texts.join('') });
  }
  return mismatches.sort((a, b) => a.line - b.line);
}

/** Number of non-whitespace characters, the unit in which the ingest report accounts for a source. */
export function countChars(s: string): number {
  let n = 0;
  for (const _ of stripSpace(s)) n++;
  return n;
}
