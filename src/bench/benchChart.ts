// The BENCHMARKS.md chart: build time and peak memory against the number of documents, as two
// side-by-side panels on a logarithmic N axis, drawn with d3-scale/d3-shape into a standalone SVG.
// Series differ by marker shape and dash as well as colour; the targets are dashed rules with labels;
// <title>/<desc> give the numbers for readers who cannot see the picture.
import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { BenchSummary } from './benchResult.ts';
import { TARGETS } from './targets.ts';

const WIDTH = 900;
const HEIGHT = 356;
const PANEL = { width: 350, height: 230, top: 56, left: 70, gap: 110 };

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

interface Series {
  label: string;
  points: [number, number][];
  marker: 'circle' | 'square';
  dash: string;
  colour: string;
}

function marker(kind: Series['marker'], x: number, y: number, colour: string): string {
  return kind === 'circle'
    ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="${colour}"/>`
    : `<rect x="${(x - 4).toFixed(1)}" y="${(y - 4).toFixed(1)}" width="8" height="8" fill="${colour}"/>`;
}

function panel(x0: number, title: string, unit: string, series: Series[], target: { value: number; label: string } | null, docs: number[]): string {
  // Padded so the end points sit inside the panel (a single size gets a small range around it).
  const x = scaleLog().domain([Math.min(...docs) / 1.5, Math.max(...docs) * 1.5]).range([0, PANEL.width]);
  const top = max([...series.flatMap((s) => s.points.map((p) => p[1])), target?.value ?? 0]) ?? 1;
  const y = scaleLinear().domain([0, top * 1.1 || 1]).range([PANEL.height, 0]).nice();
  const path = line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1]));
  const n = format(',');
  const parts: string[] = [`<g transform="translate(${x0},${PANEL.top})">`];
  parts.push(`<text x="0" y="-24" class="title">${esc(title)}</text>`);
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="0" x2="${PANEL.width}" y1="${y(t)}" y2="${y(t)}" class="grid"/>`);
    parts.push(`<text x="-8" y="${y(t) + 4}" text-anchor="end">${esc(format('~g')(t))}</text>`);
  }
  for (const d of docs) {
    parts.push(`<line x1="${x(d)}" x2="${x(d)}" y1="${PANEL.height}" y2="${PANEL.height + 5}" class="axis"/>`);
    parts.push(`<text x="${x(d)}" y="${PANEL.height + 20}" text-anchor="middle">${n(d)}</text>`);
  }
  parts.push(`<line x1="0" x2="${PANEL.width}" y1="${PANEL.height}" y2="${PANEL.height}" class="axis"/>`);
  parts.push(`<text x="${PANEL.width / 2}" y="${PANEL.height + 40}" text-anchor="middle">documents (log scale)</text>`);
  parts.push(`<text transform="translate(-52,${PANEL.height / 2}) rotate(-90)" text-anchor="middle">${esc(unit)}</text>`);
  if (target) {
    parts.push(`<line x1="0" x2="${PANEL.width}" y1="${y(target.value)}" y2="${y(target.value)}" class="target"/>`);
    parts.push(`<text x="4" y="${y(target.value) - 6}" class="target-label">${esc(target.label)}</text>`);
  }
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    parts.push(`<path d="${path(s.points)}" fill="none" stroke="${s.colour}" stroke-width="2" stroke-dasharray="${s.dash}"/>`);
    for (const [px, py] of s.points) parts.push(marker(s.marker, x(px), y(py), s.colour));
    // Legend entry: marker, dash sample and name, so no series is told apart by colour alone.
    const ly = -8;
    const lx = 150 + i * 110;
    parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2" stroke-dasharray="${s.dash}"/>`);
    parts.push(marker(s.marker, lx + 12, ly, s.colour));
    parts.push(`<text x="${lx + 30}" y="${ly + 4}">${esc(s.label)}</text>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** `failedDocs`: sizes whose build failed; they have no point and are named under the chart. */
export function benchChartSvg(results: readonly BenchSummary[], failedDocs: readonly number[] = []): string {
  const rows = [...results].sort((a, b) => a.docs - b.docs);
  const docs = rows.map((r) => r.docs);
  if (docs.length === 0) throw new Error('benchmark chart: no results');
  const minutes = (ms: number) => ms / 60_000;
  const time: Series[] = [
    { label: 'astro build', points: rows.map((r) => [r.docs, minutes(r.ms.astroBuild)]), marker: 'circle', dash: '', colour: '#1d70b8' },
    { label: 'Pagefind', points: rows.filter((r) => r.ms.pagefind !== null).map((r) => [r.docs, minutes(r.ms.pagefind!)]), marker: 'square', dash: '6 3', colour: '#d4351c' },
  ];
  const memory: Series[] = [{ label: 'peak RSS', points: rows.map((r) => [r.docs, r.peakRssMB / 1024]), marker: 'circle', dash: '', colour: '#00703c' }];
  const desc = rows
    .map((r) => `${r.docs} documents: build ${(r.ms.astroBuild / 1000).toFixed(1)} s${r.ms.pagefind !== null ? ` (Pagefind ${(r.ms.pagefind / 1000).toFixed(1)} s)` : ''}, peak RSS ${(r.peakRssMB / 1024).toFixed(2)} GB`)
    .join('; ');
  const failedNote = failedDocs.length > 0 ? `Not shown: ${failedDocs.map((d) => format(',')(d)).join(', ')} documents (build failed).` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-labelledby="bench-title bench-desc">`,
    '<title id="bench-title">Build time and peak memory against the number of documents</title>',
    `<desc id="bench-desc">${esc(desc)}. ${esc(failedNote)}</desc>`,
    '<style>text{font:12px system-ui,sans-serif;fill:#0b0c0c}.title{font-weight:700;font-size:14px}.grid{stroke:#ddd}.axis{stroke:#0b0c0c}.target{stroke:#0b0c0c;stroke-dasharray:2 4}.target-label{font-style:italic}</style>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    panel(PANEL.left, 'Build time', 'minutes', time, { value: minutes(TARGETS.endToEndMs), label: 'target: 5 min' }, docs),
    panel(PANEL.left + PANEL.width + PANEL.gap, 'Peak memory of the build', 'GB resident', memory, { value: TARGETS.peakRssMB / 1024, label: 'target: 4 GB' }, docs),
    failedNote ? `<text x="${PANEL.left}" y="${HEIGHT - 6}" class="target-label">${esc(failedNote)}</text>` : '',
    '</svg>',
    '',
  ].join('\n');
}
