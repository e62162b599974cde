// Everything with a date, as timeline events: document dates and forwarding-chain layers, the
// planning period, 完成时限 deadlines, dates a text sets (…日前), work steps with their months,
// yearly table targets and the years of extracted targets.
import { issuerJurisdiction, type Place } from '../citations/issuerJurisdiction.ts';
import type { Level, PolicyDocument, Provision } from '../schemas/corpus.ts';
import type { Target } from '../targets/target.ts';
import { findDayDeadlines, isoDate, parseDeadline, parseMonthRange, type DatePrecision } from './chineseDates.ts';

export type EventKind = 'issued' | 'printed' | 'forwarded' | 'period' | 'deadline' | 'text-deadline' | 'work-step' | 'yearly-target' | 'target-year';

export interface TimelineEvent {
  /** Unique within the timeline: `<docId>-<kind>-<n>`. */
  id: string;
  kind: EventKind;
  start: string;
  /** Last day of a range (work step, planning period); null for a point in time. */
  end: string | null;
  precision: DatePrecision;
  /** The task continues after the date (并长期坚持). */
  ongoing: boolean;
  jurisdiction: string;
  level: Level;
  docId: string;
  provisionId: string | null;
  anchor: string | null;
  /** Site path of the provision (without the base); null for document-level events. */
  url: string | null;
  /** What happens, for the table and the mark's tooltip. */
  label: string;
  /** The date as printed. */
  printed: string;
  /** Theme slugs of the provision; empty for document-level events (shown under every theme filter). */
  themes: string[];
}

/** Dated items the timeline cannot place: chain layers that print no date. */
export interface UndatedItem {
  docId: string;
  jurisdiction: string;
  label: string;
}

// A work-step heading: "（一）开展调研、拟订方案（2022年3—4月）" — the first sentence carries the months.
const WORK_STEP_HEADING = /步骤|进度|安排|阶段/u;

const excerpt = (text: string, n = 40) => {
  const first = text.split(/[。\n]/u)[0] ?? text;
  return first.length > n ? `${first.slice(0, n)}…` : first;
};

export function timelineEvents(
  documents: readonly PolicyDocument[],
  provisions: readonly Provision[],
  targets: readonly Target[],
  gazetteer: readonly Place[],
): { events: TimelineEvent[]; undated: UndatedItem[] } {
  const events: TimelineEvent[] = [];
  const undated: UndatedItem[] = [];
  const counters = new Map<string, number>();
  const byId = new Map(provisions.map((p) => [p.id, p]));
  // Grouped once: filtering every provision (or finding the document) per item is quadratic in the corpus.
  const byDoc = Map.groupBy(provisions, (p) => p.docId);
  const docById = new Map(documents.map((d) => [d.id, d]));
  const add = (doc: PolicyDocument, e: Omit<TimelineEvent, 'id' | 'docId' | 'jurisdiction' | 'level'> & Partial<Pick<TimelineEvent, 'jurisdiction' | 'level'>>) => {
    const key = `${doc.id}-${e.kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    events.push({ id: `${key}-${n}`, docId: doc.id, jurisdiction: doc.jurisdiction.name, level: doc.jurisdiction.level, ...e });
  };
  const forProvision = (p: Provision) => ({ provisionId: p.id, anchor: p.anchor, url: p.url, themes: [...new Set(p.themes.map((t) => t.theme))] });
  const none = { provisionId: null, anchor: null, url: null, themes: [] as string[] };

  for (const doc of documents) {
    const own = byDoc.get(doc.id) ?? [];
    const layerDates = new Set(doc.forwardingChain.map((l) => l.date).filter((d) => d !== null));
    for (const layer of doc.forwardingChain) {
      const place = issuerJurisdiction(layer.issuers, gazetteer) ?? { name: doc.jurisdiction.name, level: doc.jurisdiction.level };
      const label = `${layer.issuers.join('、')}${layer.docNumber ? `（${layer.docNumber}）` : ''}：${layer.title.replace(/\s+/gu, '')}`;
      if (layer.date === null) {
        undated.push({ docId: doc.id, jurisdiction: place.name, label });
        continue;
      }
      add(doc, { kind: 'forwarded', start: layer.date, end: null, precision: 'day', ongoing: false, label, printed: layer.date, jurisdiction: place.name, level: place.level, ...none });
    }
    const { issued, printed } = doc.dates;
    if (issued && !layerDates.has(issued)) {
      add(doc, { kind: 'issued', start: issued, end: null, precision: 'day', ongoing: false, label: `${issued === printed ? '成文并印发' : '成文'}：${doc.title}`, printed: issued, ...none });
    }
    if (printed && printed !== issued && !layerDates.has(printed)) {
      add(doc, { kind: 'printed', start: printed, end: null, precision: 'day', ongoing: false, label: `印发：${doc.title}`, printed, ...none });
    }
    if (doc.period) {
      add(doc, { kind: 'period', start: isoDate(doc.period.from, 1, 1), end: isoDate(doc.period.to, 12, 31), precision: 'year', ongoing: false, label: `规划期：${doc.title}`, printed: `${doc.period.from}–${doc.period.to}年`, ...none });
    }
    for (const p of own) {
      const deadline = parseDeadline(p.deadline);
      if (deadline && p.deadline) {
        add(doc, { kind: 'deadline', start: deadline.date, end: null, precision: deadline.precision, ongoing: deadline.ongoing, label: excerpt(p.text), printed: p.deadline, ...forProvision(p) });
      }
      for (const d of findDayDeadlines(p.text)) {
        add(doc, { kind: 'text-deadline', start: d.date, end: null, precision: 'day', ongoing: false, label: excerpt(p.text.normalize('NFKC').slice(d.index)), printed: d.printed, ...forProvision(p) });
      }
      if (p.headingPath.some((h) => WORK_STEP_HEADING.test(h))) {
        const first = p.text.split(/[。\n]/u)[0] ?? '';
        const range = parseMonthRange(first);
        if (range) add(doc, { kind: 'work-step', start: range.start, end: range.end, precision: range.precision, ongoing: false, label: first, printed: /[（(][^（(]*[）)]\s*$/u.exec(first)?.[0] ?? first, ...forProvision(p) });
      }
      for (const t of p.targets) {
        if (t.year === null) continue;
        add(doc, { kind: 'yearly-target', start: isoDate(t.year, 12, 31), end: null, precision: 'year', ongoing: false, label: `年度任务：${t.value}`, printed: `${t.year}年`, ...forProvision(p) });
      }
    }
  }
  for (const t of targets) {
    if (t.year === null) continue;
    const p = byId.get(t.provisionId);
    const doc = docById.get(t.docId);
    if (!p || !doc) continue;
    const basis = t.yearBasis === 'text' ? '' : '（年份推定）';
    add(doc, { kind: 'target-year', start: isoDate(t.year, 12, 31), end: null, precision: 'year', ongoing: false, label: `目标 ${t.printed}${basis}：${t.clause}`, printed: `${t.year}年`, ...forProvision(p) });
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return { events, undated };
}
