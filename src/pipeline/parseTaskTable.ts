// Genre "task-table": a tab-separated task list (序号 / 重点工作 / 具体任务 / 工作内容 / 责任单位 /
// 配合单位 / 完成时限). Columns are found by their header names, never by position in a known file.
// Merged cells of the original table come out printed on one row near the middle of the rows they
// span, and cells broken by page breaks continue on the next row; both are repaired here.
import type { Artefact, MetadataText } from '../schemas/corpus.ts';
import { emptyDocument } from './emptyDocument.ts';
import { parseNumeral } from './chineseNumerals.ts';
import { IngestError } from './IngestError.ts';
import { claim } from './ledger.ts';
import { metadataRole } from './metadataLines.ts';
import type { LedgerEntry, LedgerRole, ParsedDocument, ParsedProvision, SourceLine, StructureParser } from './types.ts';

export type ColumnKind = 'number' | 'label' | 'content' | 'lead' | 'partner' | 'deadline';

// Header names and their synonyms. Order matters: content names are tried before label names.
const COLUMN_NAMES: [ColumnKind, RegExp][] = [
  ['number', /^(序号|编号)$/u],
  ['content', /^(工作内容|主要内容|任务内容|具体内容|工作措施|具体措施|主要措施|内容)$/u],
  ['lead', /^(责任单位|牵头单位|主责单位|负责单位|责任部门|牵头部门)$/u],
  ['partner', /^(配合单位|协作单位|协同单位|参与单位|配合部门|协办单位)$/u],
  ['deadline', /^(完成时限|时限|完成时间|时间节点|完成期限|时间安排|进度安排)$/u],
  ['label', /^(重点工作|具体任务|重点任务|主要任务|工作任务|任务|类别|项目|工作目标)$/u],
];

/** A piece of cell text with the source line it came from (so the ledger stays per line). */
interface Seg {
  line: number;
  text: string;
}

/** Collected non-provision output, shared with the cell-table parser. */
export interface OuterSink {
  ledger: LedgerEntry[];
  metadataText: MetadataText[];
  artefacts: Artefact[];
  warnings: string[];
}

const squash = (s: string): string => s.replace(/\s+/gu, '');

/** The kind of column a header cell names, or null when it is not a known column name. */
export function columnKind(name: string): ColumnKind | null {
  const n = squash(name.normalize('NFKC'));
  for (const [kind, re] of COLUMN_NAMES) if (re.test(n)) return kind;
  return null;
}

/** Cells of a tab-separated line, trimmed; trailing empty cells dropped (a row may end in a tab). */
export function splitCells(text: string): string[] {
  const cells = text.split('\t').map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The column kinds of a header row (null for an empty or unknown cell), or null when the line is
 * not a header: it must be tab-separated and name 序号 plus at least two other known columns.
 */
export function headerColumns(text: string): (ColumnKind | null)[] | null {
  if (!text.includes('\t')) return null;
  const kinds = splitCells(text).map((c) => (c === '' ? null : columnKind(c)));
  if (!kinds.includes('number')) return null;
  const known = kinds.filter((k) => k !== null && k !== 'number').length;
  return known >= 2 ? kinds : null;
}

const SENTENCE_END = /[。；！？;!?][”’"'」』）)》\]】]*$/u;
const FIRST_SENTENCE_END = /[。；！？;!?][”’"'」』）)》\]】]*/u;

/** True when text ends a sentence (。；！？, optionally followed by closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

const unbalanced = (s: string): boolean =>
  (s.match(/[（(]/gu)?.length ?? 0) > (s.match(/[）)]/gu)?.length ?? 0);

/**
 * Agency names of one cell. Names are separated by whitespace, 、 or ，, but a line-wrapped name
 * such as "人力资源和 社会保障局" is re-joined: a fragment ending in 和/与/及, or with an open
 * bracket, continues into the next one (joined without adding characters).
 */
export function splitAgencyList(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/[\s、，,；;]+/u)) {
    if (part === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && (/[和与及]$/u.test(prev) || unbalanced(prev))) out[out.length - 1] = prev + part;
    else out.push(part);
  }
  return out;
}

/**
 * Nearest label to a row (merged cells are printed near the middle of their span);
 * a tie goes to the earlier label. Labels must be sorted by row.
 */
export function nearestLabel<T extends { row: number }>(labels: T[], row: number): T | undefined {
  let best: T | undefined;
  for (const label of labels) {
    if (best === undefined || Math.abs(label.row - row) < Math.abs(best.row - row)) best = label;
  }
  return best;
}

export interface PlacedLabel {
  row: number;
  text: string;
}

/**
 * Heading path of every row. Rows go to the nearest label of the deepest level that has labels;
 * each label belongs to the last label of the level above printed at or before its row (the first
 * one if none is), so an outer label covers exactly the rows of its children.
 */
export function headingPaths(levels: PlacedLabel[][], rowCount: number): string[][] {
  const used = levels.filter((l) => l.length > 0);
  const deepest = used[used.length - 1];
  if (deepest === undefined) return Array.from({ length: rowCount }, () => []);
  const parentOf = (depth: number, label: PlacedLabel): PlacedLabel | undefined => {
    const above = used[depth - 1];
    if (above === undefined) return undefined;
    return above.filter((l) => l.row <= label.row).pop() ?? above[0];
  };
  return Array.from({ length: rowCount }, (_, row) => {
    const path: string[] = [];
    let label = nearestLabel(deepest, row);
    for (let depth = used.length - 1; label !== undefined; depth--) {
      path.unshift(label.text);
      label = parentOf(depth, label);
    }
    return path;
  });
}

const NUMBERED_LABEL = /^[（(]?[一二三四五六七八九十\d]+[)）.．、]/u;

/**
 * Explains a row that has one cell more than the header, as the PDF export produces two ways:
 * an agency cell printed twice (the later of two equal agency neighbours is dropped and returned),
 * or an empty cell inserted before a merged label, which pushes the label into the content column
 * (the first empty cell before the content column is dropped). The shift is preferred only when
 * the cell in the content column reads like a numbered label. Returns null when neither explains it.
 */
export function alignRow(
  cells: string[],
  columns: (ColumnKind | null)[],
): { cells: string[]; dropped: string | null } | null {
  if (cells.length <= columns.length) return { cells, dropped: null };
  if (cells.length > columns.length + 1) return null;
  const contentAt = columns.indexOf('content');
  const emptyAt = cells.findIndex((c, i) => i < contentAt && c === '' && columns[i] !== 'number');
  const shifted = emptyAt < 0 ? null : { cells: cells.filter((_, i) => i !== emptyAt), dropped: null };
  const labelInContent = NUMBERED_LABEL.test(cells[contentAt] ?? '') && (cells[contentAt] ?? '').length <= 30;
  if (shifted !== null && labelInContent) return shifted;
  return dropDuplicatedAgency(cells, columns) ?? shifted;
}

/** The later of two equal neighbouring agency cells removed, or null when there is no such pair. */
function dropDuplicatedAgency(
  cells: string[],
  columns: (ColumnKind | null)[],
): { cells: string[]; dropped: string } | null {
  const agency = columns.flatMap((k, i) => (k === 'lead' || k === 'partner' ? [i] : []));
  const first = agency[0];
  const last = agency[agency.length - 1];
  if (first === undefined || last === undefined || last - first !== agency.length - 1) return null;
  for (let i = first; i <= last; i++) {
    const cell = cells[i];
    if (cell !== undefined && cell !== '' && cell === cells[i + 1]) {
      return { cells: [...cells.slice(0, i + 1), ...cells.slice(i + 2)], dropped: cell };
    }
  }
  return null;
}

const LAYOUT_RULE = /^\s*(-{3,}|\*{3,}|_{3,}|={3,})\s*$/u;
const MARKDOWN_HEADING = /^\s*(#{1,6})\s+/u;

/**
 * Claims one line outside the table: markdown rules and heading markers are layout artefacts,
 * known metadata lines keep their role, other text before the table is the title, and a short
 * unpunctuated line after it is the issuer. Anything else after the table is kept as
 * 'trailing-text' with a warning, never dropped.
 */
export function claimOuterLine(line: SourceLine, where: 'before' | 'after', file: string, out: OuterSink): void {
  let text = line.text.trim();
  if (text === '') return;
  if (LAYOUT_RULE.test(text)) {
    out.artefacts.push({ kind: 'layout-markup', text, line: line.no, reason: 'markdown horizontal rule' });
    claim(out.ledger, line.no, text, 'artefact');
    return;
  }
  const heading = MARKDOWN_HEADING.exec(text);
  if (heading?.[1] !== undefined) {
    out.artefacts.push({ kind: 'layout-markup', text: heading[1], line: line.no, reason: 'markdown heading marker' });
    claim(out.ledger, line.no, heading[1], 'artefact');
    text = text.slice(heading[0].length).trim();
    if (text === '') return;
  }
  let role: string | null = metadataRole(text);
  if (role === null && where === 'before') role = 'title';
  if (role === null && text.length <= 40 && !/[。，；！？,;!?：:]/u.test(text)) role = 'issuer';
  if (role === null) {
    role = 'trailing-text';
    out.warnings.push(`${file}:${line.no}: unrecognised text after the table kept as metadata`);
  }
  out.metadataText.push({ role, text, line: line.no });
  claim(out.ledger, line.no, text, 'metadata');
}

interface Row {
  number: number;
  label: string;
  firstLine: number;
  lastLine: number;
  /** Label cells, one list per label column (outermost first). */
  labels: Seg[][];
  content: Seg[];
  lead: Seg[];
  partner: Seg[];
  deadline: Seg[];
}

const joinSegs = (segs: Seg[]): string => segs.map((s) => s.text).join('');

const LEDGER_ROLE: Record<ColumnKind, LedgerRole> = {
  number: 'label',
  label: 'heading',
  content: 'provision',
  lead: 'agency',
  partner: 'agency',
  deadline: 'deadline',
};

/**
 * Moves the start of the next row's content into a row whose content stops mid-sentence (a cell
 * broken at a page or row boundary): up to and including the first sentence-final punctuation.
 * Nothing moves when the next row has no such punctuation or would be left empty.
 */
export function repairBrokenCells(contents: Seg[][], warn: (index: number) => void): void {
  for (let i = 0; i + 1 < contents.length; i++) {
    const current = contents[i];
    const next = contents[i + 1];
    if (current === undefined || next === undefined) continue;
    const text = joinSegs(current);
    if (text === '' || endsSentence(text)) continue;
    const nextText = joinSegs(next);
    const m = FIRST_SENTENCE_END.exec(nextText);
    const cut = m === null ? -1 : m.index + m[0].length;
    if (cut < 0 || nextText.slice(cut).trim() === '') {
      warn(i);
      continue;
    }
    const [head, tail] = splitSegs(next, cut);
    current.push(...head);
    contents[i + 1] = tail;
  }
}

/** Splits segments at a character offset of their joined text. */
function splitSegs(segs: Seg[], offset: number): [Seg[], Seg[]] {
  const head: Seg[] = [];
  const tail: Seg[] = [];
  let pos = 0;
  for (const seg of segs) {
    const end = pos + seg.text.length;
    if (end <= offset) head.push(seg);
    else if (pos >= offset) tail.push(seg);
    else {
      head.push({ line: seg.line, text: seg.text.slice(0, offset - pos) });
      tail.push({ line: seg.line, text: seg.text.slice(offset - pos).trim() });
    }
    pos = end;
  }
  return [head, tail.filter((s) => s.text !== '')];
}


/** Column kinds of the header, with a clear error for a column this parser cannot place. */
function resolveHeader(line: SourceLine, file: string): ColumnKind[] {
  const names = splitCells(line.text);
  const kinds = names.map((name, i) => {
    const kind = columnKind(name);
    if (kind === null) throw new IngestError(file, line.no, `expected a known column name in header cell ${i + 1}, found "${name}"`);
    return kind;
  });
  if (!kinds.includes('content')) {
    // Without a content column the last task-like column holds the task text.
    const lastLabel = kinds.lastIndexOf('label');
    if (lastLabel < 0) throw new IngestError(file, line.no, 'expected a 工作内容 column in the header');
    kinds[lastLabel] = 'content';
  }
  if (kinds.filter((k) => k !== 'label').length !== new Set(kinds.filter((k) => k !== 'label')).size) {
    throw new IngestError(file, line.no, 'expected each column name once in the header');
  }
  return kinds;
}

function detect(lines: SourceLine[]): number {
  const headerAt = lines.findIndex((l) => headerColumns(l.text) !== null);
  if (headerAt < 0) return 0;
  const rows = lines.slice(headerAt + 1).filter((l) => l.text.includes('\t') && headerColumns(l.text) === null);
  if (rows.length === 0) return 0.3;
  const numbered = rows.filter((l) => /^\d+$/u.test(l.text.split('\t')[0]?.trim().normalize('NFKC') ?? '')).length;
  return 0.6 + 0.4 * (numbered / rows.length);
}

function parse(lines: SourceLine[], file: string): ParsedDocument {
  const doc = emptyDocument('task-table');
  const headerAt = lines.findIndex((l) => headerColumns(l.text) !== null);
  const header = lines[headerAt];
  if (header === undefined) throw new IngestError(file, null, 'expected a tab-separated header row naming 序号 and the task columns');
  const columns = resolveHeader(header, file);
  let lastTableAt = headerAt;
  lines.forEach((l, i) => {
    if (l.text.includes('\t')) lastTableAt = i;
  });

  for (const line of lines.slice(0, headerAt)) claimOuterLine(line, 'before', file, doc);
  for (const cell of splitCells(header.text)) {
    if (cell === '') continue;
    doc.metadataText.push({ role: 'table-header', text: cell, line: header.no });
    claim(doc.ledger, header.no, cell, 'metadata');
  }

  const rows = readRows(lines.slice(headerAt + 1, lastTableAt + 1), columns, file, doc);
  for (const line of lines.slice(lastTableAt + 1)) claimOuterLine(line, 'after', file, doc);

  const contents = rows.map((r) => r.content);
  repairBrokenCells(contents, (i) =>
    doc.warnings.push(`${file}: row ${rows[i]?.label ?? '?'} ends mid-sentence and the next row has no sentence to complete it`),
  );
  const levelCount = columns.filter((k) => k === 'label').length;
  const levels: PlacedLabel[][] = Array.from({ length: levelCount }, (_, level) =>
    rows.flatMap((r, row) => {
      const text = joinSegs(r.labels[level] ?? []);
      return text === '' ? [] : [{ row, text }];
    }),
  );
  const paths = headingPaths(levels, rows.length);

  rows.forEach((row, i) => {
    const content = contents[i] ?? [];
    const text = joinSegs(content);
    if (text === '') throw new IngestError(file, row.firstLine, `expected task text in row ${row.label}`);
    const contentLines = content.map((s) => s.line);
    const deadline = joinSegs(row.deadline);
    const provision: ParsedProvision = {
      key: String(row.number),
      label: row.label,
      headingPath: paths[i] ?? [],
      text,
      leadAgencies: splitAgencyList(joinSegs(row.lead)),
      partnerAgencies: splitAgencyList(joinSegs(row.partner)),
      agencyNote: null,
      deadline: deadline === '' ? null : deadline,
      targets: [],
      lines: [Math.min(row.firstLine, ...contentLines), Math.max(row.lastLine, ...contentLines)],
    };
    doc.provisions.push(provision);
  });
  return doc;
}

/** Reads the table body: numbered rows, continuation lines, repeated headers and layout rules. */
function readRows(body: SourceLine[], columns: ColumnKind[], file: string, doc: ParsedDocument): Row[] {
  const rows: Row[] = [];
  const numberAt = columns.indexOf('number');
  for (const line of body) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (LAYOUT_RULE.test(trimmed)) {
      doc.artefacts.push({ kind: 'layout-markup', text: trimmed, line: line.no, reason: 'markdown horizontal rule' });
      claim(doc.ledger, line.no, trimmed, 'artefact');
      continue;
    }
    if (!line.text.includes('\t')) throw new IngestError(file, line.no, 'expected a tab-separated table row');
    if (headerColumns(line.text) !== null) {
      doc.artefacts.push({ kind: 'repeated-table-header', text: trimmed, line: line.no, reason: 'table header repeated at a page break' });
      claim(doc.ledger, line.no, trimmed, 'artefact');
      continue;
    }
    const fixed = alignRow(splitCells(line.text), columns);
    if (fixed === null) throw new IngestError(file, line.no, `expected at most ${columns.length} cells (or one surplus cell: a duplicated agency or an empty cell before a label)`);
    if (fixed.dropped !== null) {
      doc.artefacts.push({ kind: 'duplicated-agency-cell', text: fixed.dropped, line: line.no, reason: 'agency cell printed twice, one cell more than the header' });
      claim(doc.ledger, line.no, fixed.dropped, 'artefact');
    }
    const numberCell = fixed.cells[numberAt] ?? '';
    let row = rows[rows.length - 1];
    if (numberCell === '') {
      // A line without 序号 continues the previous row's cells.
      if (row === undefined) throw new IngestError(file, line.no, 'expected 序号 1 in the first table row');
      row.lastLine = line.no;
    } else {
      const expected = rows.length + 1;
      const n = parseNumeral(numberCell);
      if (n === null) throw new IngestError(file, line.no, `expected a number in the 序号 column, found "${numberCell}"`);
      if (n !== expected) throw new IngestError(file, line.no, `expected 序号 ${expected}, found ${n}`);
      row = { number: n, label: numberCell, firstLine: line.no, lastLine: line.no, labels: [], content: [], lead: [], partner: [], deadline: [] };
      rows.push(row);
    }
    addCells(row, fixed.cells, columns, line.no, doc.ledger);
  }
  return rows;
}

function addCells(row: Row, cells: string[], columns: ColumnKind[], lineNo: number, ledger: LedgerEntry[]): void {
  let level = 0;
  columns.forEach((kind, i) => {
    const text = cells[i] ?? '';
    const at = level;
    if (kind === 'label') level++;
    if (text === '' || kind === 'number') {
      if (kind === 'number') claim(ledger, lineNo, text, 'label');
      return;
    }
    claim(ledger, lineNo, text, LEDGER_ROLE[kind]);
    const seg = { line: lineNo, text };
    if (kind === 'label') (row.labels[at] ??= []).push(seg);
    else row[kind].push(seg);
  });
}

export const taskTableParser: StructureParser = { structure: 'task-table', detect, parse };
