// Parser for forwarding chains: a notice that forwards a notice that forwards a notice …
// (鞍山 forwards 辽宁, which forwards 国卫办老龄发〔2023〕3号). Each layer opens with a masthead
// "…文件" and/or a 文号 line, then a title (转发…/…通知), addressees and, for outer layers, a cover
// letter that quotes the next layer's 文号. Only the innermost notice's numbered items are
// provisions; everything else is metadata, and the chain itself is recorded outermost first.
import type { ChainLayer } from '../schemas/corpus.ts';
import { emptyDocument } from './emptyDocument.ts';
import { IngestError } from './IngestError.ts';
import { findDocNumbers, metadataRole, parseDate } from './metadataLines.ts';
import {
  addMetadata,
  classifyBackMatter,
  emitRoles,
  findBodyEnd,
  findBodyStart,
  isBareAnnex,
  looksTabular,
  normSpace,
  paraText,
  parseNumberedBody,
  sortMetadata,
  toParagraphs,
  type Paragraph,
} from './parseNumberedPlan.ts';
import type { ParsedDocument, SourceLine, StructureParser } from './types.ts';

/** One layer's paragraphs and where its header lines are. */
interface Layer {
  paras: Paragraph[];
  masthead: Paragraph | null;
  docNumber: Paragraph | null;
  title: Paragraph[];
  addressees: Paragraph | null;
  /** Paragraphs after the header (cover letter or body, then back matter). */
  rest: Paragraph[];
}

const roleOf = (p: Paragraph | undefined): string | null => (p ? metadataRole(paraText(p)) : null);

/**
 * Indexes where a layer opens: a masthead, or a 文号 line that does not directly follow one.
 * A "…文件" line right after a bare 附件 line is an annex title, not a masthead.
 */
function layerStarts(paras: Paragraph[]): number[] {
  const starts: number[] = [];
  paras.forEach((p, i) => {
    const role = roleOf(p);
    const prev = paras[i - 1];
    const afterAnnex = prev !== undefined && isBareAnnex(paraText(prev));
    if ((role === 'masthead' && !afterAnnex) || (role === 'doc-number' && roleOf(prev) !== 'masthead')) starts.push(i);
  });
  return starts;
}

/** Splits a layer's paragraphs into masthead, 文号, title (up to the addressees), addressees and the rest. */
function readLayer(paras: Paragraph[]): Layer {
  let i = 0;
  const masthead = roleOf(paras[i]) === 'masthead' ? paras[i++]! : null;
  const docNumber = roleOf(paras[i]) === 'doc-number' ? paras[i++]! : null;
  // The title runs until the addressees line "各…：" (a title wrapped over lines); without one it is one line.
  const addrAt = paras.findIndex((p, k) => k >= i && k <= i + 4 && roleOf(p) === 'addressees');
  const titleEnd = addrAt >= 0 ? addrAt : Math.min(i + 1, paras.length);
  const title = paras.slice(i, titleEnd).filter((p) => roleOf(p) === null);
  const addressees = addrAt >= 0 ? paras[addrAt]! : null;
  const rest = paras.slice(addrAt >= 0 ? addrAt + 1 : titleEnd);
  return { paras, masthead, docNumber, title, addressees, rest };
}

function findLayers(paras: Paragraph[]): { before: Paragraph[]; layers: Layer[] } {
  const starts = layerStarts(paras);
  const layers = starts.map((s, k) => readLayer(paras.slice(s, starts[k + 1] ?? paras.length)));
  return { before: paras.slice(0, starts[0] ?? paras.length), layers };
}

const layerTitle = (layer: Layer): string => layer.title.map((p) => paraText(p)).join('');
const layerDocNumber = (layer: Layer): string | null => (layer.docNumber ? (findDocNumbers(paraText(layer.docNumber))[0]?.docNumber ?? null) : null);

/** Whether the outer layer's text (other than its own 文号 line) quotes the inner layer's 文号. */
function quotes(outer: Layer, inner: Layer): boolean {
  const wanted = layerDocNumber(inner);
  if (wanted === null) return false;
  return outer.rest.some((p) => findDocNumbers(paraText(p)).some((d) => d.docNumber === wanted));
}

/**
 * Scores the chain shape: at least two layers, each titled as a notice or forwarding, each outer
 * layer quoting the next one's 文号. Tables and single-layer documents score 0.
 */
function detect(lines: SourceLine[]): number {
  if (looksTabular(lines)) return 0;
  const { layers } = findLayers(toParagraphs(lines));
  if (layers.length < 2) return 0;
  const titled = layers.filter((l) => /(转发|通知|印发)/u.test(layerTitle(l))).length;
  const links = layers.slice(0, -1).filter((l, k) => quotes(l, layers[k + 1]!)).length;
  return (0.5 + (0.45 * links) / (layers.length - 1)) * (titled === layers.length ? 1 : 0.6);
}

/** "辽宁省卫生健康委 辽宁省民政厅 文件" → ["辽宁省卫生健康委", "辽宁省民政厅"]. */
export function mastheadIssuers(text: string): string[] {
  return normSpace(text)
    .replace(/\s*文件$/u, '')
    .split(' ')
    .filter((s) => s !== '');
}

/** Emits a layer's header (masthead, 文号, title, addressees) as metadata. */
function emitHeader(doc: ParsedDocument, layer: Layer): void {
  if (layer.masthead) addMetadata(doc, 'masthead', layer.masthead.segs);
  if (layer.docNumber) addMetadata(doc, 'doc-number', layer.docNumber.segs);
  emitRoles(
    doc,
    layer.title.flatMap((p) => p.segs.map((seg) => ({ seg, role: 'notice-title' }))),
  );
  if (layer.addressees) addMetadata(doc, 'addressees', layer.addressees.segs);
}

/** Lines of a layer, for reading back the metadata the layer produced. */
const layerLines = (layer: Layer): Set<number> => new Set(layer.paras.flatMap((p) => p.segs.map((s) => s.line)));

function chainLayer(doc: ParsedDocument, layer: Layer, innermost: boolean): ChainLayer {
  const lines = layerLines(layer);
  const meta = doc.metadataText.filter((m) => lines.has(m.line));
  const signed = meta.find((m) => m.role === 'date' || m.role === 'signature');
  const printed = innermost ? meta.find((m) => m.role === 'printed-date') : undefined;
  const issuerLine = meta.find((m) => m.role === 'issuer');
  const titleText = layerTitle(layer);
  const fromTitle = /^(.+?)关于/u.exec(titleText)?.[1];
  const issuers = layer.masthead
    ? mastheadIssuers(paraText(layer.masthead))
    : issuerLine
      ? mastheadIssuers(issuerLine.text)
      : fromTitle && !/^(转发|印发)/u.test(fromTitle)
        ? [fromTitle]
        : [];
  return {
    issuers,
    docNumber: layerDocNumber(layer),
    title: titleText,
    date: parseDate(signed?.text ?? printed?.text ?? ''),
    line: layer.paras[0]?.segs[0]?.line ?? 1,
  };
}

/** The innermost notice: preamble, numbered items (the provisions), closing, back matter and annex. */
function parseInnermost(doc: ParsedDocument, layer: Layer, file: string): void {
  const paras = layer.rest;
  const start = findBodyStart(paras);
  if (start < 0) {
    throw new IngestError(file, layer.paras[0]?.segs[0]?.line ?? null, 'expected the innermost forwarded notice to have numbered items (一、 or （一）)');
  }
  emitRoles(
    doc,
    paras.slice(0, start).flatMap((p) => p.segs.map((seg) => ({ seg, role: 'preamble' }))),
  );
  const end = findBodyEnd(paras, start);
  parseNumberedBody(paras.slice(start, end), doc, file, { closingParagraphs: true });
  const head = layer.paras.slice(0, layer.paras.length - paras.length).map((p) => paraText(p).replace(/\s+/gu, '')).join('');
  classifyBackMatter(paras.slice(end), doc, { head, unknownRole: 'back-matter', file });
}

function parse(lines: SourceLine[], file: string): ParsedDocument {
  const doc = emptyDocument('forwarding-chain');
  const { before, layers } = findLayers(toParagraphs(lines));
  if (layers.length === 0) throw new IngestError(file, lines[0]?.no ?? null, 'expected a forwarding chain: layers opening with a masthead "…文件" or a 文号 line');
  classifyBackMatter(before, doc, { head: '', unknownRole: 'front-matter', file });
  layers.forEach((layer, k) => {
    emitHeader(doc, layer);
    const innermost = k === layers.length - 1;
    if (innermost) parseInnermost(doc, layer, file);
    else classifyBackMatter(layer.rest, doc, { head: '', unknownRole: 'cover-letter', file });
    const next = layers[k + 1];
    if (next && !quotes(layer, next)) doc.warnings.push(`${file}:${layer.paras[0]?.segs[0]?.line ?? 1}: this layer does not quote the next layer's 文号 ${layerDocNumber(next) ?? '(none)'}`);
  });
  doc.forwardingChain = layers.map((layer, k) => chainLayer(doc, layer, k === layers.length - 1));
  return sortMetadata(doc);
}

export const forwardingChainParser: StructureParser = { structure: 'forwarding-chain', detect, parse };
