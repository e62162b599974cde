// What the /targets/ pages share: the corpus targets grouped by indicator once, in document order
// (documents as listed, provisions in order), and the labels the charts and tables print.
import { provisionHref } from '../../lib/href.ts';
import { ui } from '../../i18n/ui.ts';
import type { PolicyDocument, Provision } from '../../schemas/corpus.ts';
import { collectTargets, type CorpusTargets, type DotInput, type Indicator, type Target, type TargetSeries } from '../../targets/index.ts';
import { clauseLabel } from './clauseLabel.ts';
import type { WhoInputs } from './whoInputs.ts';

export interface TargetGroup {
  targets: Target[];
  series: TargetSeries[];
}

export interface TargetsView {
  all: CorpusTargets;
  indicators: Indicator[];
  documentById: Map<string, PolicyDocument>;
  provisionById: Map<string, Provision>;
  /** Per indicator id (null: unclassified), in document order. */
  groups: Map<string | null, TargetGroup>;
  /** Every yearly series, in document order. */
  yearly: TargetSeries[];
}

/** Views already computed, per inputs object: a build's routes share one (whoInputs), so the targets are collected once. */
const views = new WeakMap<object, TargetsView>();

export function targetsView(inputs: Pick<WhoInputs, 'documents' | 'provisions' | 'indicators'>): TargetsView {
  let view = views.get(inputs);
  if (!view) views.set(inputs, (view = computeView(inputs)));
  return view;
}

function computeView({ documents, provisions, indicators }: Pick<WhoInputs, 'documents' | 'provisions' | 'indicators'>): TargetsView {
  const all = collectTargets(documents, provisions, indicators);
  const provisionById = new Map(provisions.map((p) => [p.id, p]));
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  // Ranks from maps: a findIndex per comparison made sorting quadratic in the number of documents.
  const byPlace = <T extends Target | TargetSeries>(list: readonly T[]) =>
    [...list].sort((a, b) => docOrder.get(a.docId)! - docOrder.get(b.docId)! || provisionById.get(a.provisionId)!.order - provisionById.get(b.provisionId)!.order);
  const targets = Map.groupBy(all.targets, (t) => t.indicator);
  const series = Map.groupBy(all.series, (s) => s.indicator);
  const groups = new Map<string | null, TargetGroup>();
  for (const id of [...indicators.map((i) => i.id), null]) groups.set(id, { targets: byPlace(targets.get(id) ?? []), series: byPlace(series.get(id) ?? []) });
  return { all, indicators, documentById: new Map(documents.map((d) => [d.id, d])), provisionById, groups, yearly: byPlace(all.series) };
}

const t = ui.who.targets;

export function place(view: TargetsView, docId: string): string {
  return view.documentById.get(docId)?.jurisdiction.name ?? docId;
}

export function rowName(view: TargetsView, x: Target | TargetSeries): string {
  return `${place(view, x.docId)} ${clauseLabel(view.provisionById.get(x.provisionId)!)}`;
}

export function dotsFor(view: TargetsView, list: readonly Target[]): DotInput[] {
  return list.map((x) => ({
    id: x.id,
    label: rowName(view, x),
    value: x.value,
    valueLabel: `${x.strive ? t.strive : ''}${x.printed.replace(/\s+/gu, '')} · ${x.year ?? t.noYear}`,
    hollow: x.yearBasis !== 'text',
    href: provisionHref(view.provisionById.get(x.provisionId)!),
  }));
}

export function seriesTitle(view: TargetsView, s: TargetSeries): string {
  const indicatorName = view.indicators.find((i) => i.id === s.indicator)?.zh ?? t.unclassified;
  return `${rowName(view, s)} · ${s.position === null ? indicatorName : t.seriesPosition(s.position)}`;
}

/** Element-id-safe form of a series id. */
export const safeId = (s: string): string => s.replace(/[^a-z0-9-]+/gu, '-');
