// The timeline split over pages so that no page grows with the corpus. Events are paged by place:
// national lanes first, then province by province (a province's own lane, then its cities and
// counties), each jurisdiction's events kept on one page where they fit. Each page keeps the
// date order of the whole timeline, so with few events the one page is the timeline as before.
// The first page also carries bounded summaries: events per year and kind, and which pages hold
// which province.
import type { Level } from '../schemas/corpus.ts';
import { chunkByRun } from '../lib/pagination.ts';
import type { TimelineEvent } from './timelineEvents.ts';
import { TRACK_ORDER, trackOf, type Track } from './timelineLayout.ts';

/** Events on one page; 200 like the provisions of a document page. */
export const EVENTS_PER_PAGE = 200;

const LEVELS: Level[] = ['national', 'province', 'city', 'district', 'county'];

/** Events of one province (or the national level, or places without a province) and the pages they are on. */
export interface TimelineGroup {
  /** Province name; null for national lanes and for places whose province is not known. */
  province: string | null;
  national: boolean;
  jurisdictions: number;
  events: number;
  /** 1-based page numbers, ascending. */
  pages: number[];
}

export interface TimelinePages {
  /** Events of each page, in the timeline's date order. */
  pages: TimelineEvent[][];
  groups: TimelineGroup[];
}

/**
 * `provinceOf` gives an event's province (e.g. that of its document); a lane takes the province of
 * its first event. `events` are in date order, as timelineEvents returns them.
 */
export function timelinePages(events: readonly TimelineEvent[], provinceOf: (e: TimelineEvent) => string | null, perPage = EVENTS_PER_PAGE): TimelinePages {
  const lanes = new Map<string, { level: Level; province: string | null; first: string }>();
  for (const e of events) if (!lanes.has(e.jurisdiction)) lanes.set(e.jurisdiction, { level: e.level, province: e.level === 'national' ? null : provinceOf(e), first: e.start });
  const groupKey = (l: { level: Level; province: string | null }) => (l.level === 'national' ? '0' : l.province === null ? '2' : `1${l.province}`);
  const order = [...lanes]
    .sort(([an, a], [bn, b]) => {
      const ga = groupKey(a);
      const gb = groupKey(b);
      if (ga !== gb) return ga < gb ? -1 : 1;
      return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.first < b.first ? -1 : a.first > b.first ? 1 : an < bn ? -1 : an > bn ? 1 : 0);
    })
    .map(([name]) => name);
  const rank = new Map(order.map((name, i) => [name, i]));
  const position = new Map(events.map((e, i) => [e, i]));
  const byPlace = [...events].sort((a, b) => rank.get(a.jurisdiction)! - rank.get(b.jurisdiction)! || position.get(a)! - position.get(b)!);
  const pages = chunkByRun(byPlace, perPage, (e) => e.jurisdiction).map((page) => page.sort((a, b) => position.get(a)! - position.get(b)!));

  const groups = new Map<string, TimelineGroup & { names: Set<string> }>();
  pages.forEach((page, i) => {
    for (const e of page) {
      const lane = lanes.get(e.jurisdiction)!;
      const key = groupKey(lane);
      const g = groups.get(key) ?? { province: lane.province, national: lane.level === 'national', jurisdictions: 0, events: 0, pages: [], names: new Set<string>() };
      g.names.add(e.jurisdiction);
      g.events++;
      if (g.pages[g.pages.length - 1] !== i + 1) g.pages.push(i + 1);
      groups.set(key, g);
    }
  });
  return {
    pages,
    groups: [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, { names, ...g }]) => ({ ...g, jurisdictions: names.size })),
  };
}

export interface YearCount {
  year: number;
  total: number;
  byTrack: Record<Track, number>;
}

/** Events per calendar year of their start date, and per track: a summary whose size depends on the years, not the events. */
export function eventsPerYear(events: readonly TimelineEvent[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const e of events) {
    const year = Number(e.start.slice(0, 4));
    const row = years.get(year) ?? { year, total: 0, byTrack: Object.fromEntries(TRACK_ORDER.map((t) => [t, 0])) as Record<Track, number> };
    row.total++;
    row.byTrack[trackOf(e)]++;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Page numbers as ranges for reading: [1, 2, 3, 7] → "1–3、7". */
export function pageRanges(pages: readonly number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const p of pages) {
    const last = out[out.length - 1];
    if (last && p === last.to + 1) last.to = p;
    else out.push({ from: p, to: p });
  }
  return out;
}
