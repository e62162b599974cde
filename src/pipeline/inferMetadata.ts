// Enrich stage: infers a document's metadata (title, jurisdiction, issuers, 文号, dates, kind,
// period, cited documents) from what the parser set aside as metadata text.
import type { Citation, DocumentKind, Jurisdiction, Level, MetadataText } from '../schemas/corpus.ts';
import { findDocNumbers, parseDate } from './metadataLines.ts';
import type { ParsedDocument, SourceLine } from './types.ts';

export interface GazetteerEntry {
  name: string;
  nameEn: string;
  province: string | null;
  provinceEn: string | null;
  level: Level;
}

export interface InferredMetadata {
  title: string | null;
  jurisdiction: Jurisdiction | null;
  issuers: string[];
  docNumber: string | null;
  dates: { issued: string | null; printed: string | null };
  period: { from: number; to: number } | null;
  kind: DocumentKind;
  citedDocuments: Citation[];
}

/** Removes whitespace that a page layout put between two Chinese characters (titles wrapped mid-line). */
export function collapseCjkSpaces(s: string): string {
  return s.trim().replace(/(?<=[\p{Script=Han}》」”])\s+(?=[\p{Script=Han}《「“])/gu, '');
}

const first = (meta: MetadataText[], ...roles: string[]): MetadataText | undefined => {
  for (const role of roles) {
    const hit = meta.find((m) => m.role === role);
    if (hit) return hit;
  }
  return undefined;
};

const PLACE = /^(.{1,10}?(?:自治县|自治旗|自治州|自治区|特别行政区|县|区|市|州|旗|盟|省))/u;
const NATIONAL_ISSUER = /^(国务院|国家|中共中央|全国|(?:民政|财政|人力资源和社会保障|自然资源|住房和城乡建设|商务|教育|工业和信息化)部)/u;

/** Level implied by a place name's suffix. */
export function levelOfPlace(name: string): Level {
  if (/(省|自治区|特别行政区)$/u.test(name) || /^(北京|上海|天津|重庆)市$/u.test(name)) return 'province';
  if (/(自治州|州|盟)$/u.test(name) || (/市$/u.test(name) && !/县级市/u.test(name))) return 'city';
  if (/区$/u.test(name)) return 'district';
  return 'county';
}

/** The jurisdiction's Chinese name: the place a title or issuer begins with, or 全国 for central issuers. */
export function jurisdictionName(title: string | null, issuers: string[]): string | null {
  if (issuers.some((i) => NATIONAL_ISSUER.test(i))) return '全国';
  for (const candidate of [title, ...issuers]) {
    const m = candidate ? PLACE.exec(collapseCjkSpaces(candidate)) : null;
    if (m && !/^(关于|转发|印发)/u.test(m[1]!)) return m[1]!;
  }
  return null;
}

function resolveJurisdiction(name: string | null, gazetteer: GazetteerEntry[]): Jurisdiction | null {
  return name === null ? null : completeJurisdiction({ name }, gazetteer);
}

/** Fills what a partial jurisdiction (e.g. from an override) leaves out: from the gazetteer, else from the name. */
export function completeJurisdiction(partial: Partial<Jurisdiction> & { name: string }, gazetteer: GazetteerEntry[]): Jurisdiction {
  const known = gazetteer.find((g) => g.name === partial.name);
  const base: Jurisdiction = known
    ? { ...known }
    : { name: partial.name, nameEn: partial.name, province: null, provinceEn: null, level: levelOfPlace(partial.name) };
  return { ...base, ...partial };
}

function inferKind(title: string | null, structure: ParsedDocument['structure']): DocumentKind {
  if (title && /(清单|任务表|任务分解)/u.test(title)) return 'task-list';
  if (title && /(方案|规划|计划|意见|办法)/u.test(title)) return 'plan';
  if (title && /(通知|通告|公告)/u.test(title)) return 'notice';
  if (structure === 'task-table' || structure === 'cell-table') return 'task-list';
  return structure === 'numbered-plan' ? 'plan' : 'notice';
}

/** Every 〔YYYY〕N号 of the source except the document's own, with the 《title》 printed just before it. */
export function citedDocuments(lines: SourceLine[], ownNumber: string | null): Citation[] {
  const out: Citation[] = [];
  for (const { no, text } of lines) {
    const nfkc = text.normalize('NFKC');
    for (const { docNumber, index } of findDocNumbers(text)) {
      if (docNumber === ownNumber) continue;
      const before = nfkc.slice(0, index);
      const quoted = /《([^《》]+)》[^《》]{0,3}$/u.exec(before);
      out.push({ docNumber, title: quoted ? collapseCjkSpaces(quoted[1]!) : null, line: no });
    }
  }
  return out;
}

/** Splits a signature such as "江口县人民政府2022-05-13" into issuer and date. */
function signatureIssuer(text: string): string {
  return text.replace(/\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/u, '').trim();
}

export function inferMetadata(parsed: ParsedDocument, lines: SourceLine[], gazetteer: GazetteerEntry[]): InferredMetadata {
  const meta = parsed.metadataText;
  const innermost = parsed.forwardingChain.at(-1);

  const titleText = innermost?.title ?? first(meta, 'title', 'notice-title')?.text ?? null;
  const title = titleText === null ? null : collapseCjkSpaces(titleText);

  let issuers: string[] = innermost?.issuers ?? [];
  if (issuers.length === 0) {
    const signed = first(meta, 'issuer', 'signature');
    if (signed) issuers = [signatureIssuer(signed.text)];
  }
  if (issuers.length === 0) {
    const masthead = first(meta, 'masthead');
    if (masthead) issuers = [masthead.text.replace(/\s*文件\s*$/u, '').trim()];
  }
  if (issuers.length === 0) {
    const notice = first(meta, 'notice-title');
    const m = notice ? /^(.+?)关于/u.exec(collapseCjkSpaces(notice.text)) : null;
    if (m) issuers = [m[1]!];
  }

  const docNumber = innermost ? innermost.docNumber : (findDocNumbers(first(meta, 'doc-number')?.text ?? '')[0]?.docNumber ?? null);
  const printed = parseDate(first(meta, 'printed-date')?.text ?? '');
  // A forwarded notice's innermost layer often prints only its 印发 date: that is not an issue date.
  const issued = innermost ? (innermost.date === printed ? null : innermost.date) : parseDate(first(meta, 'date', 'signature')?.text ?? '');
  const dates = { issued, printed };

  const years = parsed.provisions.flatMap((p) => p.targets.map((t) => t.year)).filter((y): y is number => y !== null);
  const period = years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null;

  return {
    title,
    jurisdiction: resolveJurisdiction(jurisdictionName(title, issuers), gazetteer),
    issuers,
    docNumber,
    dates,
    period,
    kind: inferKind(title, parsed.structure),
    citedDocuments: citedDocuments(lines, docNumber),
  };
}

