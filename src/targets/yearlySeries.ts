// Yearly table cells (王益's 2016–2020 columns) read as series of percentages. A cell may hold
// several values ("试点、85%、鼓励"): the n-th value of every year forms the n-th series. Which task of
// the row each position belongs to is not printed, so such series get no indicator.
import type { Provision } from '../schemas/corpus.ts';
import { matchIndicator, type Indicator } from './indicators.ts';
import type { TargetSeries } from './target.ts';

const PERCENT = /(\d+(?:\.\d+)?)\s*%/u;

/** The values of one cell: "试点、85%、鼓励" → ["试点", "85%", "鼓励"]. */
export function cellItems(cell: string): string[] {
  return cell.normalize('NFKC').split(/[、，,；;]/u).map((s) => s.trim()).filter((s) => s !== '');
}

/** Series of a provision's yearly targets that hold at least one percentage; empty otherwise. */
export function yearlySeries(provision: Provision, indicators: readonly Indicator[]): TargetSeries[] {
  const cells = provision.targets.filter((t): t is { year: number; value: string } => t.year !== null);
  if (cells.length === 0) return [];
  const items = cells.map((c) => cellItems(c.value));
  const positions = Math.max(...items.map((x) => x.length));
  const series: TargetSeries[] = [];
  for (let pos = 0; pos < positions; pos++) {
    const points = cells.map((c, i) => {
      const printed = items[i]![pos] ?? '';
      const m = PERCENT.exec(printed);
      return { year: c.year, value: m ? Number(m[1]) : null, printed };
    });
    if (!points.some((p) => p.value !== null)) continue;
    series.push({
      id: `${provision.id}#y${pos + 1}`,
      provisionId: provision.id,
      docId: provision.docId,
      anchor: provision.anchor,
      url: provision.url,
      indicator: positions === 1 ? (matchIndicator(provision.text, 'percent', indicators)?.id ?? null) : null,
      position: positions === 1 ? null : pos + 1,
      points,
    });
  }
  return series;
}
