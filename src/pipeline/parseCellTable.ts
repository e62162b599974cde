// Genre "cell-table": a table exported one cell per line. Each cell is a line starting with a tab,
// rows are separated by blank lines, and the header names the columns (序号 / 工作任务 / 负责单位 /
// 年度工作任务) followed by a sub-header holding the years. A cell may wrap onto lines without a
// tab, and a blank line may fall inside a row, so rows are found by their 序号, not by blank lines.
import { parseNumeral } from './chineseNumerals.ts';
import { emptyDocument } from './emptyDocument.ts';
import { IngestError } from './IngestError.ts';
import { claim } from './ledger.ts';
import { claimOuterLine, splitAgencyList } from './parseTaskTable.ts';
import type { YearlyTarget } from '../schemas/corpus.ts';
import type { ParsedDocument, SourceLine, StructureParser } from './types.ts';

type CellColumn = 'number' | 'text' | 'agency' | 'targets';

const CELL_COLUMNS: [CellColumn, RegExp][] = [
  ['number', /^(序号|编号)$/u],
  ['targets', /^(年度工作任务|年度任务|年度目标|年度工作目标|分年度目标|进度安排|年度安排)$/u],
  ['text', /^(工作任务|重点任务|主要任务|具体任务|工作内容|任务内容|主要内容)$/u],
  ['agency', /^(负责单位|责任单位|牵头单位|责任部门|负责部门)$/u],
];

const YEAR_CELL = /^(\d{4})\s*年?$/u;

/** The column a header cell names, or null. */
export function cellColumn(name: string): CellColumn | null {
  const n = name.normalize('NFKC').replace(/\s+/gu, '');
  for (const [kind, re] of CELL_COLUMNS) if (re.test(n)) return kind;
  return null;
}

/** The year a header cell names ("2016年" → 2016), or null. */
export function yearCell(text: string): number | null {
  const m = YEAR_CELL.exec(text.normalize('NFKC').trim());
  return m?.[1] === undefined ? null : Number(m[1]);
}

// Role words after a group of agencies; 分别/共同 may precede them.
const ROLE_WORD = /(?:分别|共同)?(牵头|负责|主责|主办|配合|协助|协办|参与)/gu;
const LEAD_WORDS = new Set(['牵头', '负责', '主责', '主办']);

export interface AgencySplit {
  lead: string[];
  partner: string[];
  /** Names after the last role word when the cell has role words: no role can be read for them. */
  unassigned: string[];
}

/**
 * Splits an agency cell by its role words: "X、Y牵头，A、B配合" → lead [X, Y], partner [A, B];
 * "X负责" and "X、Y分别负责" → all lead. A cell without role words is all lead.
 * Empty fragments are dropped: in "区民政局牵头，区卫计局、分别负责。" the 、 before 分别 is a
 * printing slip with no agency after it, so the result is lead [区民政局, 区卫计局].
 */
export function splitAgencyCell(cell: string): AgencySplit {
  const text = cell.trim().replace(/[。.；;]+$/u, '');
  const out: AgencySplit = { lead: [], partner: [], unassigned: [] };
  let from = 0;
  for (const m of text.matchAll(ROLE_WORD)) {
    const names = splitAgencyList(text.slice(from, m.index ?? 0));
    (LEAD_WORDS.has(m[1] ?? '') ? out.lead : out.partner).push(...names);
    from = (m.index ?? 0) + m[0].length;
  }
  const rest = splitAgencyList(text.slice(from));
  (from === 0 ? out.lead : out.unassigned).push(...rest);
  return out;
}

interface Cell {
  line: number;
  /** Text per source line (a cell may continue on lines without a tab). */
  parts: { line: number; text: string }[];
}

type Item = { kind: 'cell'; line: number; text: string } | { kind: 'more'; line: number; text: string } | { kind: 'blank'; line: number };

/** Classifies the lines of the table region: tab-prefixed cells, continuation lines, blanks. */
function toItems(lines: SourceLine[], file: string): Item[] {
  return lines.map((l): Item => {
    if (l.text.trim() === '') return { kind: 'blank', line: l.no };
    if (!l.text.startsWith('\t')) return { kind: 'more', line: l.no, text: l.text.trim() };
    const text = l.text.slice(1);
    if (text.includes('\t')) throw new IngestError(file, l.no, 'expected one cell per line');
    return { kind: 'cell', line: l.no, text: text.trim() };
  });
}

const cellText = (c: Cell): string => c.parts.map((p) => p.text).join('');
const isHeaderCell = (text: string): boolean => text === '' || cellColumn(text) !== null || yearCell(text) !== null;
const HEADER_START = /^\t\s*(序号|编号)\s*$/u;

function detect(lines: SourceLine[]): number {
  const start = lines.findIndex((l) => HEADER_START.test(l.text));
  if (start < 0) return 0;
  let named = 0;
  for (const l of lines.slice(start + 1)) {
    if (!l.text.startsWith('\t') || l.text.slice(1).includes('\t')) break;
    if (cellColumn(l.text) !== null) named++;
  }
  if (named < 2) return 0;
  const rest = lines.slice(start).filter((l) => l.text.trim() !== '');
  const cells = rest.filter((l) => l.text.startsWith('\t') && !l.text.slice(1).includes('\t')).length;
  return 0.6 + 0.4 * (cells / rest.length);
}

interface Header {
  columns: CellColumn[];
  years: number[];
  /** Index of the first item after the header. */
  end: number;
}

/** Reads the header blocks: the column names, then blocks of empty cells and years. */
function readHeader(items: Item[], file: string, doc: ParsedDocument): Header {
  const columns: CellColumn[] = [];
  const years: number[] = [];
  let i = 0;
  let blockStart = 0;
  // A block is header-like when every cell is empty, a column name or a year.
  const blockIsHeader = (from: number): boolean => {
    for (let k = from; k < items.length; k++) {
      const it = items[k];
      if (it === undefined || it.kind === 'blank') return k > from;
      if (it.kind === 'more' || !isHeaderCell(it.text)) return false;
    }
    return false;
  };
  while (i < items.length) {
    const it = items[i];
    if (it === undefined) break;
    if (it.kind === 'blank') {
      i++;
      blockStart = i;
      continue;
    }
    if (i === blockStart && !blockIsHeader(i)) break;
    if (it.kind === 'cell' && it.text !== '') {
      const kind = cellColumn(it.text);
      const year = yearCell(it.text);
      if (kind !== null) columns.push(kind);
      else if (year !== null) years.push(year);
      doc.metadataText.push({ role: 'table-header', text: it.text, line: it.line });
      claim(doc.ledger, it.line, it.text, 'metadata');
    }
    i++;
  }
  if (columns[0] !== 'number' || !columns.includes('text')) {
    throw new IngestError(file, items[0]?.line ?? null, 'expected a header starting with 序号 and naming a 工作任务 column');
  }
  const targetsAt = columns.indexOf('targets');
  if (targetsAt >= 0 && targetsAt !== columns.length - 1) {
    throw new IngestError(file, items[0]?.line ?? null, 'expected the yearly target column last');
  }
  if (new Set(columns).size !== columns.length) throw new IngestError(file, items[0]?.line ?? null, 'expected each column name once');
  return { columns, years, end: i };
}

const nextCell = (items: Item[], i: number): Item | undefined => items[i + 1];
const hasRoleWord = (text: string): boolean => new RegExp(ROLE_WORD.source, 'u').test(text);

/**
 * Groups the body items into rows. A row starts at a cell holding the next expected 序号 followed
 * by a non-empty cell. A cell right after a blank line that opens a row-shaped run (number-like
 * cell, text cell, agency cell with a role word) but is not the expected 序号 is an error, so a
 * skipped, repeated or non-numeric 序号 is reported instead of being read as a target cell.
 */
function readRows(items: Item[], file: string): { number: number; cells: Cell[] }[] {
  const rows: { number: number; cells: Cell[] }[] = [];
  let afterBlank = true;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it === undefined) continue;
    if (it.kind === 'blank') {
      afterBlank = true;
      continue;
    }
    const row = rows[rows.length - 1];
    if (it.kind === 'more') {
      const last = row?.cells[row.cells.length - 1];
      if (last === undefined) throw new IngestError(file, it.line, 'expected a tab-prefixed 序号 cell');
      last.parts.push({ line: it.line, text: it.text });
      afterBlank = false;
      continue;
    }
    const expected = rows.length + 1;
    const follower = nextCell(items, i);
    const startsRow = follower?.kind === 'cell' && follower.text !== '';
    if (startsRow && parseNumeral(it.text) === expected) {
      rows.push({ number: expected, cells: [{ line: it.line, parts: [{ line: it.line, text: it.text }] }] });
    } else if (row === undefined || (afterBlank && startsRow && looksLikeRowStart(items, i))) {
      throw new IngestError(file, it.line, `expected 序号 ${expected} (a tab-prefixed number cell), found "${it.text}"`);
    } else {
      row.cells.push({ line: it.line, parts: [{ line: it.line, text: it.text }] });
    }
    afterBlank = false;
  }
  return rows;
}

function looksLikeRowStart(items: Item[], i: number): boolean {
  const third = items[i + 2];
  const first = items[i];
  return first?.kind === 'cell' && first.text.length <= 6 && third?.kind === 'cell' && hasRoleWord(third.text);
}

/** Targets of one row: years from the header when every year has a cell, otherwise year null. */
export function readTargets(values: string[], years: number[]): YearlyTarget[] {
  const full = values.length === years.length;
  return values.flatMap((value, i) => (value === '' ? [] : [{ year: full ? (years[i] ?? null) : null, value }]));
}

function parse(lines: SourceLine[], file: string): ParsedDocument {
  const doc = emptyDocument('cell-table');
  const start = lines.findIndex((l) => HEADER_START.test(l.text));
  if (start < 0) throw new IngestError(file, null, 'expected a table header cell "\\t序号" on its own line');
  let lastCellAt = start;
  lines.forEach((l, i) => {
    if (l.text.startsWith('\t')) lastCellAt = i;
  });
  for (const line of lines.slice(0, start)) claimOuterLine(line, 'before', file, doc);

  const items = toItems(lines.slice(start, lastCellAt + 1), file);
  const header = readHeader(items, file, doc);
  const body = items.slice(header.end);
  if (!body.some((it) => it.kind !== 'blank')) throw new IngestError(file, lines[lastCellAt]?.no ?? null, 'expected table rows after the header');
  const rows = readRows(body, file);
  for (const line of lines.slice(lastCellAt + 1)) claimOuterLine(line, 'after', file, doc);

  const fixed = header.columns.filter((c) => c !== 'targets');
  const textAt = fixed.indexOf('text');
  const agencyAt = fixed.indexOf('agency');
  for (const row of rows) {
    const first = row.cells[0];
    if (first === undefined) continue;
    if (row.cells.length < fixed.length) {
      throw new IngestError(file, first.line, `expected ${fixed.length} cells (${fixed.join(', ')}) in row ${row.number}`);
    }
    const targetCells = row.cells.slice(fixed.length);
    if (!header.columns.includes('targets') && targetCells.length > 0) {
      throw new IngestError(file, targetCells[0]?.line ?? first.line, `expected ${fixed.length} cells in row ${row.number}`);
    }
    if (header.years.length > 0 && targetCells.length > header.years.length) {
      throw new IngestError(file, first.line, `expected at most ${header.years.length} yearly target cells in row ${row.number}`);
    }
    row.cells.forEach((cell, i) => {
      const role = i === 0 ? 'label' : i === textAt ? 'provision' : i === agencyAt ? 'agency' : 'target';
      for (const part of cell.parts) claim(doc.ledger, part.line, part.text, role);
    });
    const textCell = row.cells[textAt];
    const agencyCell = agencyAt < 0 ? undefined : row.cells[agencyAt];
    const text = textCell === undefined ? '' : cellText(textCell);
    if (text === '') throw new IngestError(file, first.line, `expected task text in row ${row.number}`);
    const agencyNote = agencyCell === undefined ? '' : cellText(agencyCell);
    const agencies = splitAgencyCell(agencyNote);
    if (agencies.unassigned.length > 0) {
      doc.warnings.push(`${file}:${agencyCell?.line ?? first.line}: no role word for ${agencies.unassigned.join('、')} in row ${row.number}`);
    }
    const allLines = row.cells.flatMap((c) => c.parts.map((p) => p.line));
    doc.provisions.push({
      key: String(row.number),
      label: cellText(first),
      headingPath: [],
      text,
      leadAgencies: agencies.lead,
      partnerAgencies: [...agencies.partner],
      agencyNote: agencyNote === '' ? null : agencyNote,
      deadline: null,
      targets: readTargets(targetCells.map(cellText), header.years),
      lines: [Math.min(...allLines), Math.max(...allLines)],
    });
  }
  return doc;
}

export const cellTableParser: StructureParser = { structure: 'cell-table', detect, parse };
