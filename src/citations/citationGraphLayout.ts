// Geometry of the citation graph: one row per level (national → province → city → county/district,
// then 层级不明), nodes ordered inside a row to limit crossings, edges as curves. Build time only
// (d3-shape for the curves, no DOM).
import { linkVertical } from 'd3-shape';
import type { Level } from '../schemas/corpus.ts';
import type { CitationEdge, CitationIndex, CitationNode } from './citationIndex.ts';

export const GRAPH_ROWS: { levels: (Level | null)[]; zh: string; en: string }[] = [
  { levels: ['national'], zh: '国家', en: 'National' },
  { levels: ['province'], zh: '省', en: 'Province' },
  { levels: ['city'], zh: '市（州）', en: 'City / prefecture' },
  { levels: ['county', 'district'], zh: '县（区）', en: 'County / district' },
  { levels: [null], zh: '层级不明', en: 'Level unknown' },
];

export interface GraphNode {
  node: CitationNode;
  label: string;
  x: number;
  y: number;
  width: number;
  row: number;
}

export interface GraphEdge {
  edge: CitationEdge;
  path: string;
}

export interface CitationGraphLayout {
  width: number;
  height: number;
  rows: { zh: string; en: string; y: number }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_HEIGHT = 30;
const ROW_GAP = 96;
const NODE_GAP = 26;
const LEFT = 130;
const TOP = 24;
const MIN_WIDTH = 760;

/** Rough rendered width of a label at 13px: CJK characters are square, the rest about half. */
export function labelWidth(label: string): number {
  return [...label].reduce((w, c) => w + (/[\u2E80-\uFFFF]/u.test(c) ? 13 : 7.5), 0) + 20;
}

const rowOf = (n: CitationNode) => GRAPH_ROWS.findIndex((r) => r.levels.includes(n.level));

/** Centres of a row's nodes: the row's spare width spread evenly around them. */
function placeRow(widths: number[], inner: number): number[] {
  const spare = (inner - widths.reduce((a, b) => a + b, 0) - NODE_GAP * (widths.length - 1)) / (widths.length + 1);
  const xs: number[] = [];
  let x = LEFT + spare;
  for (const w of widths) {
    xs.push(x + w / 2);
    x += w + NODE_GAP + spare;
  }
  return xs;
}

type Placement = Map<string, { x: number; row: number; width: number }>;

function place(rows: CitationNode[][], width: (n: CitationNode) => number, inner: number): Placement {
  const at: Placement = new Map();
  rows.forEach((row, r) => {
    const xs = placeRow(row.map(width), inner);
    row.forEach((n, i) => at.set(n.key, { x: xs[i]!, row: r, width: width(n) }));
  });
  return at;
}

/**
 * Cost of an order: edge crossings (edges as straight lines between rows), edges that run
 * through a node of a row they pass (worse than a crossing: the line reads as passing through that
 * document), and a little for horizontal travel (to keep chains straight).
 */
function layoutCost(rows: CitationNode[][], edges: readonly CitationEdge[], at: Placement): number {
  const all = edges.map((e) => [at.get(e.from)!, at.get(e.to)!] as const);
  const segs = all.filter(([a, b]) => a.row !== b.row);
  const xAt = (a: { x: number; row: number }, b: { x: number; row: number }, r: number) => a.x + ((b.x - a.x) * (r - a.row)) / (b.row - a.row);
  let cost = all.reduce((sum, [a, b]) => sum + Math.abs(a.x - b.x) / 2000, 0);
  for (const [a, b] of segs) {
    for (let r = Math.min(a.row, b.row) + 1; r < Math.max(a.row, b.row); r++) {
      const x = xAt(a, b, r);
      if (rows[r]!.some((n) => Math.abs(at.get(n.key)!.x - x) < at.get(n.key)!.width / 2 + 8)) cost += 2;
    }
  }
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const [a, b] = segs[i]!;
      const [c, d] = segs[j]!;
      const lo = Math.max(Math.min(a.row, b.row), Math.min(c.row, d.row));
      const hi = Math.min(Math.max(a.row, b.row), Math.max(c.row, d.row));
      if (lo >= hi) continue;
      // A sign change of the horizontal gap between the rows both span means the lines cross.
      const d1 = xAt(a, b, lo) - xAt(c, d, lo);
      const d2 = xAt(a, b, hi) - xAt(c, d, hi);
      if (d1 * d2 < 0) cost += 1;
    }
  }
  return cost;
}

function permutations<T>(list: T[]): T[][] {
  if (list.length <= 1) return [list];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * Orders the nodes inside each row. Small graphs (as here) try every combination of row orders;
 * larger ones improve one row at a time until nothing changes. Rows longer than 7 keep number order.
 */
function orderRows(rows: CitationNode[][], edges: readonly CitationEdge[], width: (n: CitationNode) => number, inner: number): void {
  const cost = (candidate: CitationNode[][]) => layoutCost(candidate, edges, place(candidate, width, inner));
  const options = rows.map((row) => (row.length >= 2 && row.length <= 7 ? permutations(row) : [row]));
  let best = cost(rows);
  const take = (candidate: CitationNode[][]) => {
    const c = cost(candidate);
    if (c < best - 1e-9) {
      best = c;
      candidate.forEach((row, i) => (rows[i] = row));
      return true;
    }
    return false;
  };
  if (options.reduce((n, o) => n * o.length, 1) <= 20_000) {
    const pick = (r: number, chosen: CitationNode[][]): void => {
      if (r === rows.length) take(chosen);
      else for (const o of options[r]!) pick(r + 1, [...chosen, o]);
    };
    pick(0, []);
    return;
  }
  for (let round = 0, improved = true; round < 4 && improved; round++) {
    improved = false;
    options.forEach((candidates, r) => {
      for (const candidate of candidates) if (take(rows.map((x, i) => (i === r ? candidate : x)))) improved = true;
    });
  }
}

/** Nodes in the graph: those with at least one edge (isolated documents have nothing to draw). */
export function citationGraphLayout(index: CitationIndex, labelFor: (n: CitationNode) => string): CitationGraphLayout {
  const linked = new Set(index.edges.flatMap((e) => [e.from, e.to]));
  const nodes = index.nodes.filter((n) => linked.has(n.key));
  const width = (n: CitationNode) => labelWidth(labelFor(n));
  const rows = GRAPH_ROWS.map((_, i) => nodes.filter((n) => rowOf(n) === i));
  for (const row of rows) row.sort((a, b) => (a.docNumber ?? a.key).localeCompare(b.docNumber ?? b.key, 'zh'));
  const inner = Math.max(MIN_WIDTH - LEFT - 20, ...rows.map((r) => r.reduce((w, n) => w + width(n), 0) + NODE_GAP * (r.length - 1)));
  orderRows(rows, index.edges, width, inner);
  const at = place(rows, width, inner);
  // Empty rows take no space: drawn rows are numbered 0, 1, 2 … top to bottom.
  const drawn = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.length > 0);
  const yOf = (k: number) => TOP + k * (NODE_HEIGHT + ROW_GAP) + NODE_HEIGHT / 2;
  const placed: GraphNode[] = drawn.flatMap(({ r }, k) => r.map((n) => ({ node: n, label: labelFor(n), x: at.get(n.key)!.x, y: yOf(k), width: width(n), row: k })));
  const byKey = new Map(placed.map((p) => [p.node.key, p]));
  const vertical = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const half = NODE_HEIGHT / 2;
  const edges = index.edges.map((edge) => {
    const a = byKey.get(edge.from)!;
    const b = byKey.get(edge.to)!;
    let path: string;
    if (a.row === b.row) {
      // Same level: an arc below the row.
      const dip = a.y + half + 34 + Math.min(40, Math.abs(b.x - a.x) / 12);
      path = `M${a.x},${a.y + half}C${a.x},${dip} ${b.x},${dip} ${b.x},${b.y + half + 6}`;
    } else {
      const down = a.row < b.row;
      const source: [number, number] = [a.x, a.y + (down ? half : -half)];
      const target: [number, number] = [b.x, b.y + (down ? -half - 6 : half + 6)];
      // Adjacent rows: an S-curve. Longer edges: a straight line, which the ordering kept clear of the rows it passes.
      path = Math.abs(a.row - b.row) === 1 ? (vertical({ source, target }) ?? '') : `M${source[0]},${source[1]}L${target[0]},${target[1]}`;
    }
    return { edge, path };
  });
  return {
    width: LEFT + inner + 20,
    height: yOf(drawn.length - 1) + half + 60,
    rows: drawn.map(({ i }, k) => ({ zh: GRAPH_ROWS[i]!.zh, en: GRAPH_ROWS[i]!.en, y: yOf(k) })),
    nodes: placed,
    edges,
  };
}
