// Agency notes such as （责任单位：县卫健局、医保局） that close a provision. The note is kept as
// printed (with a directly following 。), and the names it lists are split out as printed:
// nothing is repaired, so 江口's unbalanced "各乡镇<街道" stays as it is.

export interface AgencyNote {
  /** Offset of the note's opening bracket in the searched text. */
  start: number;
  /** Offset just after the note (after its closing bracket, or after a directly following 。). */
  end: number;
  /** The note exactly as printed. */
  note: string;
  leadAgencies: string[];
  partnerAgencies: string[];
}

// A bracket, then a field name that introduces agencies, then a colon (either width).
const NOTE_OPEN = /[（(]\s*(?:责任单位|责任部门|牵头单位|牵头部门|负责单位|主责单位|配合单位)\s*[:：]/gu;
// A field inside the note, "配合单位：" etc.; partners are named by 配合/协助/参与/协办.
const FIELD = /^\s*([\p{Script=Han}]{2,6}(?:单位|部门))\s*[:：]\s*/u;
const PARTNER_FIELD = /(配合|协助|参与|协办)/u;
const OPENERS = new Set(['（', '(']);
const CLOSERS = new Set(['）', ')']);

/** Offset of the bracket that closes the one at `open`, or -1 when it is never closed. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits a list of names on 、，, (and ；;) outside round brackets; names are trimmed, kept as printed. */
export function splitAgencyNames(list: string): string[] {
  const split = (respectBrackets: boolean): { names: string[]; balanced: boolean } => {
    const names: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of list) {
      if (OPENERS.has(ch)) depth++;
      if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
      if (/[、，,；;]/u.test(ch) && (!respectBrackets || depth === 0)) {
        names.push(current);
        current = '';
      } else current += ch;
    }
    names.push(current);
    return { names: names.map((n) => n.trim()).filter((n) => n !== ''), balanced: depth === 0 };
  };
  // An unclosed bracket would swallow every later name: then split ignoring brackets.
  const first = split(true);
  return first.balanced ? first.names : split(false).names;
}

/** The lead and partner agencies of a note's inner text ("责任单位：A、B；配合单位：C"). */
export function parseAgencyList(inner: string): { leadAgencies: string[]; partnerAgencies: string[] } {
  const leadAgencies: string[] = [];
  const partnerAgencies: string[] = [];
  // Fields are separated by ；; a part without a field name continues the previous field.
  let partner = false;
  for (const part of inner.split(/[；;]/u)) {
    const field = FIELD.exec(part);
    if (field) partner = PARTNER_FIELD.test(field[1]!);
    const names = splitAgencyNames(field ? part.slice(field[0].length) : part);
    (partner ? partnerAgencies : leadAgencies).push(...names);
  }
  return { leadAgencies, partnerAgencies };
}

/** Parses one note as printed, e.g. "（责任单位：县民政局、卫健局）。"; null if it is not a note. */
export function parseAgencyNote(note: string): AgencyNote | null {
  const found = findAgencyNotes(note);
  const only = found[0];
  return found.length === 1 && only && only.start === 0 && only.end === note.trimEnd().length ? only : null;
}

/** Every agency note in a text, in order. An unclosed note is not a note (the caller keeps it as text). */
export function findAgencyNotes(text: string): AgencyNote[] {
  const notes: AgencyNote[] = [];
  for (const m of text.matchAll(NOTE_OPEN)) {
    const start = m.index ?? 0;
    if (notes.some((n) => start < n.end)) continue;
    const close = closingBracket(text, start);
    if (close < 0) continue;
    let end = close + 1;
    if (text[end] === '。') end++;
    const inner = text.slice(start + 1, close);
    notes.push({ start, end, note: text.slice(start, end), ...parseAgencyList(inner) });
  }
  return notes;
}
