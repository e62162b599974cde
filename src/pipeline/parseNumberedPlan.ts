// Parser for numbered plans (实施方案): front matter (masthead, 文号, notice, cover letter,
// attachments, signature) → plan title → preamble → body numbered 一、 / （一） / 1. → back matter
// (抄送, issuer, 印发 date). The body helpers are exported for the forwarding-chain parser, whose
// innermost notice is numbered the same way.
//
// Text is kept as printed: lines are only whitespace-normalised, paragraphs broken by a page
// break are joined without adding characters, and every character is claimed in the ledger.
import type { Artefact, MetadataText } from '../schemas/corpus.ts';
import { emptyDocument } from './emptyDocument.ts';
import { findAgencyNotes, type AgencyNote } from './agencyNote.ts';
import { IngestError } from './IngestError.ts';
import { claim } from './ledger.ts';
import { findDocNumbers, metadataRole } from './metadataLines.ts';
import { canonicalMarker, matchMarker, type Marker } from './numbering.ts';
import type { LedgerEntry, LedgerRole, ParsedDocument, ParsedProvision, SourceLine, StructureParser } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Text pieces

/** A piece of one source line, whitespace-normalised. */
export interface Segment {
  line: number;
  text: string;
}

/** Text read as one paragraph: one or more line pieces, concatenated without separators. */
export interface Paragraph {
  segs: Segment[];
  /** Whether blank lines (or a removed page number) stood before it in the source. */
  afterBlank: boolean;
}

/** Collapses runs of whitespace and trims: the only change ever made to printed text. */
export const normSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();
export const segText = (segs: Segment[]): string => segs.map((s) => s.text).join('');
export const paraText = (p: Paragraph): string => segText(p.segs);
const firstLine = (p: Paragraph): number => p.segs[0]?.line ?? 0;
const stripSpace = (s: string): string => s.replace(/\s+/gu, '');

/** The pieces of `segs` that cover characters [start, end) of their concatenated text. */
export function sliceSegs(segs: Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const s of segs) {
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + s.text.length);
    if (a < b) out.push({ line: s.line, text: s.text.slice(a - pos, b - pos) });
    pos += s.text.length;
  }
  return out;
}

export function claimSegs(ledger: LedgerEntry[], segs: Segment[], role: LedgerRole): void {
  for (const s of segs) claim(ledger, s.line, s.text, role);
}

/** One paragraph per non-blank line, remembering whether blank lines preceded it. */
export function toParagraphs(lines: SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let blank = false;
  for (const l of lines) {
    const text = normSpace(l.text);
    if (text === '') blank = true;
    else {
      out.push({ segs: [{ line: l.no, text }], afterBlank: blank });
      blank = false;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document accumulator


/** Records text as document metadata under `role` and claims it. */
export function addMetadata(doc: ParsedDocument, role: string, segs: Segment[]): MetadataText | null {
  const text = normSpace(segText(segs));
  const line = segs[0]?.line;
  if (text === '' || line === undefined) return null;
  claimSegs(doc.ledger, segs, 'metadata');
  const entry = { role, text, line };
  doc.metadataText.push(entry);
  return entry;
}

function addArtefact(doc: ParsedDocument, kind: string, seg: Segment, reason: string): void {
  const artefact: Artefact = { kind, text: seg.text, line: seg.line, reason };
  doc.artefacts.push(artefact);
  claim(doc.ledger, seg.line, seg.text, 'artefact');
}

// Roles whose consecutive lines are one piece of text (a title or letter wrapped over lines).
const MERGED_ROLES = new Set(['title', 'notice-title', 'cover-letter', 'preamble', 'closing', 'cc', 'annex-title', 'front-matter', 'back-matter']);

/** Emits per-line roles as metadata, merging consecutive lines of a mergeable role into one entry. */
export function emitRoles(doc: ParsedDocument, items: { seg: Segment; role: string }[]): void {
  const runs: { role: string; segs: Segment[] }[] = [];
  for (const { seg, role } of items) {
    const last = runs.at(-1);
    if (last && last.role === role && MERGED_ROLES.has(role)) last.segs.push(seg);
    else runs.push({ role, segs: [seg] });
  }
  for (const run of runs) addMetadata(doc, run.role, run.segs);
}

/** Metadata in source order (annex items are collected before they are emitted). */
export function sortMetadata(doc: ParsedDocument): ParsedDocument {
  doc.metadataText.sort((a, b) => a.line - b.line);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Line shapes

// Sentence-final punctuation: a paragraph ending in one of these is complete. A closing bracket
// counts (agency notes end with one); a closing quote counts only after a final stop.
const FINAL = /[。！？!?；;：:…）)】]$/u;
const CLOSING_QUOTES = /[”’」』"']+$/u;
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  const unquoted = t.replace(CLOSING_QUOTES, '');
  return unquoted === t ? FINAL.test(t) : /[。！？!?；;…]$/u.test(unquoted);
}

const ORG_SUFFIX = /(政府|办公室|办公厅|委员会|委|局|厅|部|院|会|中心|公司|小组|处|办)$/u;
const DATE_TAIL = /(\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/u;

/** A short line naming an issuing body: "丘北县人民政府办公室", "辽宁省卫生健康委 辽宁省民政厅". */
export function isIssuerLine(text: string): boolean {
  const s = normSpace(text.normalize('NFKC'));
  return s.length >= 2 && s.length <= 40 && !/[，。；：,.;:！？!?《》“”()]/u.test(s) && matchMarker(s) === null && ORG_SUFFIX.test(s);
}

/** Issuer and date on one line, as 江口 prints it: "江口县人民政府2022-05-13". */
export function isSignatureLine(text: string): boolean {
  const s = normSpace(text.normalize('NFKC'));
  const m = DATE_TAIL.exec(s);
  return m !== null && m.index > 0 && isIssuerLine(s.slice(0, m.index));
}

/** Page numbers such as "- 3 -" or "—3—" that a PDF export leaves between paragraphs. */
export function isPageNumber(text: string): boolean {
  return /^[-—－–~\s]*\d{1,3}[-—－–~\s]*$/u.test(text.normalize('NFKC')) && /[-—－–~]/u.test(text);
}

// Lines at which the body ends and the back matter begins.
const BACK_MATTER_ROLES = new Set(['cc', 'printed-date', 'date', 'publicity', 'contact', 'proofreader', 'attachment', 'masthead', 'doc-number']);
const isBackMatterStart = (text: string): boolean => BACK_MATTER_ROLES.has(metadataRole(text) ?? '') || isSignatureLine(text);

/** Tab-separated task tables and one-cell-per-line tables are not numbered prose. */
export function looksTabular(lines: SourceLine[]): boolean {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  if (nonBlank.length === 0) return false;
  const innerTabs = nonBlank.filter((l) => /\S\t+\S/u.test(l.text)).length;
  const leadingTabs = nonBlank.filter((l) => /^\t/u.test(l.text)).length;
  const bareNumbers = nonBlank.filter((l) => /^\s*\d{1,3}\s*$/u.test(l.text)).length;
  return innerTabs >= 3 || (leadingTabs >= nonBlank.length / 2 && bareNumbers >= 3);
}

// ---------------------------------------------------------------------------------------------
// Locating the body

const isAttachmentLine = (text: string): boolean => metadataRole(text) === 'attachment';

/**
 * Index of the paragraph that opens the numbered body: the first 一、, else the first （一）,
 * （1） or 1. that is not part of an attachment list.
 */
export function findBodyStart(paras: Paragraph[]): number {
  const firsts = paras.map((p, i) => ({ i, m: matchMarker(paraText(p)) })).filter(({ m }) => m?.number === 1);
  for (const kind of ['section', 'paren', 'paren-arabic', 'arabic'] as const) {
    const hit = firsts.find(({ i, m }) => m?.kind === kind && !followsAttachment(paras, i));
    if (hit) return hit.i;
  }
  return -1;
}

function followsAttachment(paras: Paragraph[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const text = paraText(paras[k]!);
    if (isAttachmentLine(text)) return true;
    const m = matchMarker(text);
    if (m === null || (m.kind !== 'arabic' && m.kind !== 'paren-arabic')) return false;
  }
  return false;
}

/** Index of the first back-matter paragraph after the body start (an issuer line just before a date goes with it). */
export function findBodyEnd(paras: Paragraph[], start: number): number {
  for (let i = start + 1; i < paras.length; i++) {
    if (!isBackMatterStart(paraText(paras[i]!))) continue;
    let end = i;
    while (end - 1 > start && isIssuerLine(paraText(paras[end - 1]!))) end--;
    return end;
  }
  return paras.length;
}

// ---------------------------------------------------------------------------------------------
// Page breaks

/**
 * A paragraph continues the previous one when a page break cut it: the previous one does not end
 * a sentence, blank lines stand between, and the next one does not open with a marker.
 * Section headings (一、…) are never continued: they end without punctuation by nature.
 */
function continuesPrevious(prev: Paragraph, next: Paragraph): boolean {
  const prevText = paraText(prev);
  const nextText = paraText(next);
  if (!next.afterBlank || endsSentence(prevText)) return false;
  if (matchMarker(nextText) !== null || matchMarker(prevText)?.kind === 'section') return false;
  return metadataRole(nextText) === null && metadataRole(prevText) === null;
}

/** Removes page numbers (as artefacts) and joins paragraphs cut by page breaks. */
export function joinPageBreaks(paras: Paragraph[], doc: ParsedDocument): Paragraph[] {
  const out: Paragraph[] = [];
  let pendingBlank = false;
  for (const p of paras) {
    const text = paraText(p);
    if (isPageNumber(text)) {
      for (const seg of p.segs) addArtefact(doc, 'page-number', seg, 'page number printed by the page layout, not part of the text');
      pendingBlank = true;
      continue;
    }
    const next = { segs: [...p.segs], afterBlank: p.afterBlank || pendingBlank };
    pendingBlank = false;
    const prev = out.at(-1);
    if (prev && continuesPrevious(prev, next)) prev.segs.push(...next.segs);
    else out.push(next);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The numbered tree

interface ItemNode {
  marker: Marker;
  depth: number;
  /** The paragraph that opens with the marker. */
  head: Paragraph;
  /** Unnumbered paragraphs that follow it. */
  paras: Paragraph[];
  children: ItemNode[];
  parent: ItemNode | null;
}

/** Builds the item tree; a marker kind's depth is the order in which the kinds first appear. */
function buildTree(paras: Paragraph[], file: string): ItemNode[] {
  const kinds: Marker['kind'][] = [];
  const roots: ItemNode[] = [];
  const stack: ItemNode[] = [];
  for (const p of paras) {
    const marker = matchMarker(paraText(p));
    if (marker === null) {
      const top = stack.at(-1);
      if (!top) throw new IngestError(file, firstLine(p), 'expected the body to open with a numbered item (一、 or （一）)');
      top.paras.push(p);
      continue;
    }
    if (!kinds.includes(marker.kind)) kinds.push(marker.kind);
    const depth = kinds.indexOf(marker.kind);
    while ((stack.at(-1)?.depth ?? -1) >= depth) stack.pop();
    const parent = stack.at(-1) ?? null;
    const node: ItemNode = { marker, depth, head: p, paras: [], children: [], parent };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function preorder(nodes: ItemNode[]): ItemNode[] {
  return nodes.flatMap((n) => [n, ...preorder(n.children)]);
}

/**
 * Depths whose numbering never restarts across two or more parents (丘北's （一）…（二十一） run on
 * across sections): their numbers are document-wide ids.
 */
function globalDepths(all: ItemNode[]): Set<number> {
  const out = new Set<number>();
  const depths = new Set(all.map((n) => n.depth));
  for (const d of depths) {
    if (d === 0) continue;
    const nodes = all.filter((n) => n.depth === d);
    const parents = new Set(nodes.map((n) => n.parent));
    const increasing = nodes.every((n, i) => i === 0 || n.marker.number > nodes[i - 1]!.marker.number);
    if (parents.size >= 2 && increasing) out.add(d);
  }
  return out;
}

/**
 * Checks each list's numbering. A number that goes back (（三） then （二）, or 2. twice) cannot be
 * read and stops the build; a gap (（三） then （五）) or an odd first number is only a warning.
 */
function checkNumbering(all: ItemNode[], global: Set<number>, file: string, warnings: string[]): void {
  const lastAtDepth = new Map<number, ItemNode>();
  for (const node of all) {
    const { kind, number, printed } = node.marker;
    const line = firstLine(node.head);
    const siblings = node.parent ? node.parent.children : all.filter((n) => n.depth === 0 && n.parent === null);
    const prevSibling = siblings[siblings.indexOf(node) - 1];
    const previous = prevSibling ?? (global.has(node.depth) ? lastAtDepth.get(node.depth) : undefined);
    lastAtDepth.set(node.depth, node);
    const expected = previous && previous.marker.kind === kind ? previous.marker.number + 1 : 1;
    if (previous && previous.marker.kind === kind && number < expected) {
      throw new IngestError(file, line, `numbering goes back from ${previous.marker.printed} to ${printed}; expected ${canonicalMarker(kind, expected)}`);
    }
    if (number !== expected && (previous === undefined || previous.marker.kind === kind)) {
      warnings.push(`${file}:${line}: numbering jumps to ${printed}; expected ${canonicalMarker(kind, expected)}`);
    }
  }
}

function nodeKey(node: ItemNode, global: Set<number>): string {
  if (node.parent === null || global.has(node.depth)) return String(node.marker.number);
  return `${nodeKey(node.parent, global)}.${node.marker.number}`;
}

// ---------------------------------------------------------------------------------------------
// Provisions

interface BodyContext {
  doc: ParsedDocument;
  file: string;
  global: Set<number>;
}

/** Heading as printed: marker plus title ("二、主要任务"). */
const headingOf = (node: ItemNode): string => normSpace(paraText(node.head));

function headingPath(node: ItemNode): string[] {
  return node.parent ? [...headingPath(node.parent), headingOf(node.parent)] : [];
}

/** Splits agency notes off a paragraph: notes are claimed as agency, the rest as provision text. */
function takeNotes(segs: Segment[], ledger: LedgerEntry[]): { text: string; notes: AgencyNote[] } {
  const full = segText(segs);
  const notes = findAgencyNotes(full);
  const kept: Segment[] = [];
  let pos = 0;
  for (const note of notes) {
    kept.push(...sliceSegs(segs, pos, note.start));
    claimSegs(ledger, sliceSegs(segs, note.start, note.end), 'agency');
    pos = note.end;
  }
  kept.push(...sliceSegs(segs, pos, full.length));
  claimSegs(ledger, kept, 'provision');
  return { text: normSpace(segText(kept)), notes };
}

const unique = (names: string[]): string[] => [...new Set(names)];

/** A provision from its paragraphs (joined with "\n"); agency notes are taken out of the text. */
function makeProvision(ctx: BodyContext, node: ItemNode, key: string, path: string[], parts: Segment[][]): ParsedProvision {
  const texts: string[] = [];
  const notes: AgencyNote[] = [];
  for (const segs of parts) {
    const taken = takeNotes(segs, ctx.doc.ledger);
    if (taken.text !== '') texts.push(taken.text);
    notes.push(...taken.notes);
  }
  const line = firstLine(node.head);
  if (texts.length === 0) throw new IngestError(ctx.file, line, `numbered item ${node.marker.printed} has no text; expected the item's text after its number`);
  const allLines = [line, ...parts.flat().map((s) => s.line)];
  return {
    key,
    label: node.marker.label,
    headingPath: path,
    text: texts.join('\n'),
    leadAgencies: unique(notes.flatMap((n) => n.leadAgencies)),
    partnerAgencies: unique(notes.flatMap((n) => n.partnerAgencies)),
    agencyNote: notes.length > 0 ? notes.map((n) => n.note).join(' ') : null,
    deadline: null,
    targets: [],
    lines: [Math.min(...allLines), Math.max(...allLines)],
  };
}

/**
 * Turns one item into provisions. An item with children is a heading (its own unnumbered
 * paragraphs, if any, become a provision too); a section (一、) with only paragraphs is the
 * provision "s<N>" under its own heading; any other item is a provision of its title and paragraphs.
 */
function emitNode(ctx: BodyContext, node: ItemNode): void {
  const { doc } = ctx;
  const headText = paraText(node.head);
  const markerLen = Math.min(node.marker.length, headText.length);
  claimSegs(doc.ledger, sliceSegs(node.head.segs, 0, markerLen), 'label');
  const rest = sliceSegs(node.head.segs, markerLen, headText.length);
  const path = headingPath(node);
  const isSection = node.parent === null && node.marker.kind === 'section';
  const key = isSection ? `s${node.marker.number}` : nodeKey(node, ctx.global);
  const paras = node.paras.map((p) => p.segs);
  if (node.children.length > 0 || (isSection && paras.length > 0)) {
    claimSegs(doc.ledger, rest, 'heading');
    if (paras.length > 0) doc.provisions.push(makeProvision(ctx, node, key, [...path, headingOf(node)], paras));
    for (const child of node.children) emitNode(ctx, child);
    return;
  }
  doc.provisions.push(makeProvision(ctx, node, key, path, [rest, ...paras]));
}

export interface BodyOptions {
  /**
   * Notices end with an unnumbered closing paragraph ("鉴于…"): when set, unnumbered paragraphs
   * after the last item, if that item's own text is complete, are the closing, not part of it.
   */
  closingParagraphs: boolean;
}

/** Parses the numbered body (from the first marker to the back matter) into provisions. */
export function parseNumberedBody(body: Paragraph[], doc: ParsedDocument, file: string, options: BodyOptions): void {
  const roots = buildTree(joinPageBreaks(body, doc), file);
  const all = preorder(roots);
  const last = all.at(-1);
  if (options.closingParagraphs && last && last.children.length === 0 && last.paras.length > 0 && endsSentence(paraText(last.head))) {
    emitRoles(
      doc,
      last.paras.flatMap((p) => p.segs.map((seg) => ({ seg, role: 'closing' }))),
    );
    last.paras = [];
  }
  const global = globalDepths(all);
  checkNumbering(all, global, file, doc.warnings);
  for (const root of roots) emitNode({ doc, file, global }, root);
}

// ---------------------------------------------------------------------------------------------
// Front matter

const NOTICE_TITLE = /(关于|印发|转发).*(通知|决定|意见|批复|函)$/u;

/** Quoted titles 《…》 in a text, whitespace removed. */
const quotedTitles = (text: string): string[] => [...text.matchAll(/《([^《》]+)》/gu)].map((m) => stripSpace(m[1]!));

/**
 * Finds the run of unassigned lines (up to 3) whose text is the title that a cover letter quotes.
 * Returns the indexes of those lines, or [].
 */
function quotedTitleLines(segs: Segment[], roles: (string | null)[]): number[] {
  const quotes = segs.flatMap((s, i) => (roles[i] === 'cover-letter' || roles[i] === null ? quotedTitles(s.text) : []));
  for (let i = 0; i < segs.length; i++) {
    let joined = '';
    for (let k = i; k < Math.min(i + 3, segs.length) && roles[k] === null; k++) {
      joined += stripSpace(segs[k]!.text);
      if (quotes.includes(joined) && !segs[k]!.text.includes('《')) return Array.from({ length: k - i + 1 }, (_, j) => i + j);
    }
  }
  return [];
}

/**
 * Assigns a role to each front-matter line (before the first numbered item): metadata lines by
 * their shape, then the notice title (between 文号 and addressees), the cover letter (after the
 * addressees), the issuer (just before a date), the plan title (quoted in 《》 by the cover letter,
 * else the line before the preamble) and the preamble (between the title and the body).
 */
export function frontRoles(segs: Segment[]): string[] {
  const roles: (string | null)[] = segs.map((s) => metadataRole(s.text) ?? (isSignatureLine(s.text) ? 'signature' : null));
  const texts = segs.map((s) => s.text);
  // Attachment lists continue on lines that open with a number ("      2.2022年…评分表").
  for (let i = 1; i < segs.length; i++) {
    const m = matchMarker(texts[i]!);
    if (roles[i] === null && roles[i - 1] === 'attachment' && (m?.kind === 'arabic' || m?.kind === 'paren-arabic')) roles[i] = 'attachment';
  }
  for (let i = 0; i + 1 < segs.length; i++) {
    if (roles[i] === null && roles[i + 1] === 'date' && isIssuerLine(texts[i]!)) roles[i] = 'issuer';
  }
  const addressees = roles.indexOf('addressees');
  if (addressees >= 0) {
    const header = Math.max(roles.lastIndexOf('masthead', addressees), roles.lastIndexOf('doc-number', addressees));
    for (let i = header + 1; i < addressees; i++) if (roles[i] === null) roles[i] = 'notice-title';
  } else {
    texts.forEach((t, i) => {
      if (roles[i] === null && NOTICE_TITLE.test(normSpace(t))) roles[i] = 'notice-title';
    });
  }
  const title = quotedTitleLines(segs, roles);
  for (const i of title) roles[i] = 'title';
  // The cover letter runs on from the addressees; a short line that ends no sentence is a title, not letter.
  for (let i = addressees + 1; addressees >= 0 && i < segs.length && roles[i] === null; i++) {
    if (!endsSentence(texts[i]!) && texts[i]!.length <= 60) break;
    roles[i] = 'cover-letter';
  }
  if (title.length > 0) {
    for (let i = title.at(-1)! + 1; i < segs.length; i++) if (roles[i] === null) roles[i] = 'preamble';
  } else {
    // No quoted title: the trailing sentences before the body are the preamble, the line before them the title.
    let i = segs.length - 1;
    while (i >= 0 && roles[i] === null && endsSentence(texts[i]!)) roles[i--] = 'preamble';
    if (i >= 0 && roles[i] === null) roles[i] = 'title';
  }
  return roles.map((r) => r ?? 'front-matter');
}

// ---------------------------------------------------------------------------------------------
// Back matter

const TERMINAL_ROLES = new Set(['date', 'printed-date']);
const KEPT_ROLES = new Set(['cc', 'publicity', 'contact', 'proofreader', 'attachment']);
export const isBareAnnex = (text: string): boolean => /^附件\s*\d*$/u.test(normSpace(text.normalize('NFKC')));
const ABOLISHED = /(废止|失效|废除|停止执行)/u;

export interface BackMatterOptions {
  /** Whitespace-stripped text of the document's head, for recognising repeated title fragments. */
  head: string;
  /** Role of a line that is none of the known shapes ('back-matter', or 'cover-letter' in a forwarding layer). */
  unknownRole: string;
  file: string;
}

interface AnnexItem {
  marker: Marker;
  segs: Segment[];
}

/**
 * Classifies the lines after the body: 抄送 (and its continuation line), issuer, dates,
 * signature, publicity, contacts, an annex list (附件 / title / numbered items), and text after
 * the closing date that only repeats the document's head (a second copy of the title page) as an
 * artefact. Anything else keeps `unknownRole`, with a warning.
 */
export function classifyBackMatter(paras: Paragraph[], doc: ParsedDocument, options: BackMatterOptions): void {
  const items: { seg: Segment; role: string }[] = [];
  const annex: AnnexItem[] = [];
  let annexTitle = '';
  let annexState: 'none' | 'title' | 'items' = 'none';
  let afterDate = false;
  for (const seg of paras.flatMap((p) => p.segs)) {
    const text = seg.text;
    const role = metadataRole(text);
    const marker = matchMarker(text);
    const prev = items.at(-1);
    let assigned: string | null = null;
    if (isSignatureLine(text)) assigned = 'signature';
    else if (role !== null && TERMINAL_ROLES.has(role)) assigned = role;
    else if (role !== null && KEPT_ROLES.has(role)) assigned = role;
    else if (prev?.role === 'cc' && !endsSentence(prev.seg.text)) assigned = 'cc';
    else if (afterDate && stripSpace(text).length >= 4 && options.head.includes(stripSpace(text))) {
      addArtefact(doc, 'repeated-title-fragment', seg, 'repeats text already printed in the head of the document (a second copy of the title page after the signature); not published');
      continue;
    } else if (isIssuerLine(text)) assigned = 'issuer';
    else if (annexState === 'title' && marker === null && (role === null || role === 'masthead')) {
      // An annex title such as "…相关文件" has the shape of a masthead; after 附件 it is a title.
      assigned = 'annex-title';
      annexTitle += text;
    } else if (annexState !== 'none' && (marker?.kind === 'arabic' || marker?.kind === 'paren-arabic')) {
      annex.push({ marker, segs: [seg] });
      annexState = 'items';
      continue;
    } else if (annexState === 'items' && annex.length > 0 && role === null) {
      // An annex item wrapped onto the next line.
      annex.at(-1)!.segs.push(seg);
      continue;
    } else if (role !== null) assigned = role;
    else {
      assigned = options.unknownRole;
      if (options.unknownRole !== 'cover-letter') doc.warnings.push(`${options.file}:${seg.line}: unrecognised text kept as ${options.unknownRole}: "${text.slice(0, 40)}"`);
    }
    if (assigned === 'signature' || TERMINAL_ROLES.has(assigned)) afterDate = true;
    if (assigned === 'attachment' && isBareAnnex(text)) annexState = 'title';
    else if (assigned !== 'annex-title') annexState = 'none';
    items.push({ seg, role: assigned });
  }
  emitRoles(doc, items);
  emitAnnex(doc, annex, ABOLISHED.test(annexTitle));
}

/** Annex list items become metadata; when the annex abolishes documents, also abolishedDocuments. */
function emitAnnex(doc: ParsedDocument, annex: AnnexItem[], abolishes: boolean): void {
  for (const item of annex) {
    addMetadata(doc, 'annex-item', item.segs);
    if (!abolishes) continue;
    const title = normSpace(segText(item.segs).slice(item.marker.length));
    // The document number is printed in brackets after the title: "…的通知(国卫办家庭发〔2016〕511号)".
    const bracket = /[（(]([^（）()]+)[）)]$/u.exec(title);
    const docNumber = bracket ? (findDocNumbers(bracket[1]!)[0]?.docNumber ?? null) : null;
    doc.abolishedDocuments.push({
      label: item.marker.label,
      title: bracket && docNumber ? title.slice(0, bracket.index).trim() : title,
      docNumber,
      line: item.segs[0]!.line,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The parser

const PLAN_TITLE = /(方案|规划|计划|意见|措施|办法|要点)/u;

/** Marker counts at paragraph starts. */
export function markerCounts(lines: SourceLine[]): Record<Marker['kind'], number> {
  const counts = { section: 0, paren: 0, 'paren-arabic': 0, arabic: 0 };
  for (const l of lines) {
    const m = matchMarker(l.text);
    if (m) counts[m.kind]++;
  }
  return counts;
}

/**
 * Scores how much the lines look like a numbered plan: several 一、 sections and （一） items,
 * a plan-like title. Documents with several mastheads or 文号 lines are forwarding chains and
 * score lower; tables score 0.
 */
function detect(lines: SourceLine[]): number {
  if (looksTabular(lines)) return 0;
  const counts = markerCounts(lines);
  if (counts.section + counts.paren + counts.arabic < 3) return 0;
  let score = 0.4;
  if (counts.section >= 2) score += 0.2;
  if (counts.paren >= 3 || counts.arabic >= 3) score += 0.2;
  if (lines.some((l) => l.text.length <= 60 && PLAN_TITLE.test(l.text) && matchMarker(l.text) === null)) score += 0.1;
  const headers = lines.filter((l) => {
    const role = metadataRole(l.text);
    return role === 'masthead' || role === 'doc-number';
  }).length;
  if (headers >= 3) score *= 0.5;
  return Math.min(score, 0.9);
}

function parse(lines: SourceLine[], file: string): ParsedDocument {
  const doc = emptyDocument('numbered-plan');
  const paras = toParagraphs(lines);
  const start = findBodyStart(paras);
  if (start < 0) throw new IngestError(file, lines[0]?.no ?? null, 'expected a numbered plan body opening with 一、 or （一）');
  const end = findBodyEnd(paras, start);
  const front = paras.slice(0, start).flatMap((p) => p.segs);
  const roles = frontRoles(front);
  front.forEach((seg, i) => {
    if (roles[i] === 'front-matter') doc.warnings.push(`${file}:${seg.line}: unrecognised text before the plan body kept as front matter: "${seg.text.slice(0, 40)}"`);
  });
  emitRoles(doc, front.map((seg, i) => ({ seg, role: roles[i]! })));
  parseNumberedBody(paras.slice(start, end), doc, file, { closingParagraphs: false });
  const head = stripSpace(front.map((s) => s.text).join(''));
  classifyBackMatter(paras.slice(end), doc, { head, unknownRole: 'back-matter', file });
  return sortMetadata(doc);
}

export const numberedPlanParser: StructureParser = { structure: 'numbered-plan', detect, parse };
