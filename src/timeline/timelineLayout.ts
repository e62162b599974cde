// Geometry of the timeline chart, computed at build time (d3-scale, no DOM). One lane per
// jurisdiction, national first; inside a lane one row per kind of event. Events on the same day in
// the same row become one mark with a count, linking to the first of them in the table.
// Years are not equally wide: a year's width grows with the number of months that hold events,
// so the crowded 2021–2022 deadlines stay apart while the yearly 2016–2020 targets stay readable.
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import type { Level } from '../schemas/corpus.ts';
import type { EventKind, TimelineEvent } from './timelineEvents.ts';

export type Track = 'document' | 'step' | 'deadline' | 'ongoing' | 'target';
export type Shape = 'diamond' | 'bar' | 'circle' | 'square';

export const TRACK_ORDER: Track[] = ['document', 'step', 'deadline', 'ongoing', 'target'];

export function trackOf(e: Pick<TimelineEvent, 'kind' | 'ongoing'>): Track {
  const byKind: Record<EventKind, Track> = {
    issued: 'document', printed: 'document', forwarded: 'document', period: 'document',
    deadline: 'deadline', 'text-deadline': 'deadline', 'work-step': 'step', 'yearly-target': 'target', 'target-year': 'target',
  };
  const t = byKind[e.kind];
  return t === 'deadline' && e.ongoing ? 'ongoing' : t;
}

export interface TimelineMark {
  key: string;
  lane: string;
  track: Track;
  shape: Shape;
  x: number;
  /** Right end of a bar; equals x for a point. */
  x2: number;
  y: number;
  count: number;
  ongoing: boolean;
  /** Event ids, in date order. */
  items: string[];
  themes: string[];
  start: string;
  end: string | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  lanes: { name: string; level: Level; y: number; height: number; tracks: { track: Track; y: number }[] }[];
  years: { x: number; label: string; xEnd: number }[];
  marks: TimelineMark[];
}

const WIDTH = 1000;
const PLOT_LEFT = 190;
const PLOT_RIGHT = WIDTH - 40;
const TOP = 30;
const ROW = 30;
const LANE_GAP = 12;
const LEVELS: Level[] = ['national', 'province', 'city', 'district', 'county'];

const year = (iso: string) => Number(iso.slice(0, 4));
const dayOfYear = (iso: string) => {
  const d = Date.UTC(year(iso), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const start = Date.UTC(year(iso), 0, 1);
  const days = (Date.UTC(year(iso) + 1, 0, 1) - start) / 86_400_000;
  return (d - start) / 86_400_000 / days;
};

/** Year boundaries → x, each year as wide as 1 + half the number of distinct months with events. */
function timeScale(events: readonly TimelineEvent[]) {
  const dates = events.flatMap((e) => (e.end ? [e.start, e.end] : [e.start]));
  // d3-array, not Math.min(...): spreading every date overflows the stack on a large corpus.
  const [first = 0, last = 0] = extent(dates, year);
  const months = new Map<number, Set<string>>();
  for (const d of dates) {
    const set = months.get(year(d)) ?? new Set();
    set.add(d.slice(0, 7));
    months.set(year(d), set);
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const weights = years.map((y) => 1 + (months.get(y)?.size ?? 0) / 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const domain = [first];
  const range = [PLOT_LEFT];
  let acc = 0;
  years.forEach((y, i) => {
    acc += weights[i]!;
    domain.push(y + 1);
    range.push(PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) * acc) / total);
  });
  const linear = scaleLinear().domain(domain).range(range);
  return { x: (iso: string) => linear(year(iso) + dayOfYear(iso)), years, yearX: (y: number) => linear(y) };
}

export function timelineLayout(events: readonly TimelineEvent[]): TimelineLayout {
  if (events.length === 0) return { width: WIDTH, height: TOP + 40, plotLeft: PLOT_LEFT, plotRight: PLOT_RIGHT, plotTop: TOP, plotBottom: TOP, lanes: [], years: [], marks: [] };
  const { x, years, yearX } = timeScale(events);
  // One pass over the events for each lane's level, first date and tracks (not a scan per lane).
  const laneInfo = new Map<string, { level: Level; first: string; tracks: Set<Track> }>();
  for (const e of events) {
    const info = laneInfo.get(e.jurisdiction);
    if (!info) laneInfo.set(e.jurisdiction, { level: e.level, first: e.start, tracks: new Set([trackOf(e)]) });
    else info.tracks.add(trackOf(e));
  }
  const laneNames = [...laneInfo].sort((a, b) => LEVELS.indexOf(a[1].level) - LEVELS.indexOf(b[1].level) || (a[1].first < b[1].first ? -1 : 1));
  const lanes: TimelineLayout['lanes'] = [];
  const laneByName = new Map<string, TimelineLayout['lanes'][number]>();
  let y = TOP;
  for (const [name, { level, tracks }] of laneNames) {
    const present = TRACK_ORDER.filter((t) => tracks.has(t));
    const lane = { name, level, y, height: present.length * ROW, tracks: present.map((track, i) => ({ track, y: y + i * ROW + ROW / 2 + 5 })) };
    lanes.push(lane);
    laneByName.set(name, lane);
    y += present.length * ROW + LANE_GAP;
  }
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const key = `${e.jurisdiction}|${trackOf(e)}|${e.start}|${e.end ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const marks: TimelineMark[] = [...groups].map(([key, list]) => {
    const e = list[0]!;
    const track = trackOf(e);
    const lane = laneByName.get(e.jurisdiction)!;
    const shape: Shape = e.end ? 'bar' : track === 'document' ? 'diamond' : track === 'target' ? 'square' : 'circle';
    return {
      key,
      lane: e.jurisdiction,
      track,
      shape,
      x: x(e.start),
      x2: e.end ? x(e.end) : x(e.start),
      y: lane.tracks.find((t) => t.track === track)!.y,
      count: list.length,
      ongoing: list.some((i) => i.ongoing),
      items: list.map((i) => i.id),
      themes: [...new Set(list.flatMap((i) => i.themes))],
      start: e.start,
      end: e.end,
    };
  });
  return {
    width: WIDTH,
    height: y + 26,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    plotTop: TOP - 8,
    plotBottom: y - LANE_GAP + 4,
    lanes,
    years: years.map((yr) => ({ x: yearX(yr), xEnd: yearX(yr + 1), label: String(yr) })),
    marks,
  };
}
