// National pilot experience as a checklist: for each practice of the national notice (its numbered
// items), which jurisdictions' documents hold a matching commitment. Automatic matches come from
// themes (when the classifier has tagged provisions) and from text similarity; the curated file
// includes or excludes single provisions with a reason. Practices are paraphrased rather than copied,
// so the text measure here is a weighted cosine of character bigrams, not the reuse containment score.
import type { ChecklistConfig } from './checklistSchema.ts';
import { sharedWeight } from './overlap.ts';
import { prepareCorpus } from './prepareCorpus.ts';

export const CHECKLIST_PARAMS = {
  /** Character bigrams: looser than the trigrams used for copied text. */
  shingleSize: 2,
  /** Cosine at or above which text alone makes a match. */
  textMin: 0.13,
  /** Cosine at or above which a provision sharing one of the practice's themes matches. */
  themedTextMin: 0.08,
} as const;

export interface ChecklistProvision {
  id: string;
  docId: string;
  label: string;
  anchor: string;
  /** Site path of the provision (without the base). */
  url: string;
  headingPath: string[];
  text: string;
  themes: { theme: string }[];
}

export interface ChecklistDocument {
  id: string;
  title: string;
  jurisdiction: { name: string; nameEn: string };
}

export type MatchVia = 'curated' | 'theme' | 'text';

export interface ChecklistMatch {
  provisionId: string;
  docId: string;
  label: string;
  anchor: string;
  url: string;
  /** How it was found; 'curated' comes with the maintainer's reason. */
  via: MatchVia[];
  /** Practice themes the provision shares. */
  themes: string[];
  /** Bigram cosine with the practice text, 0–1. */
  score: number;
  reason: string | null;
}

export interface ChecklistColumn {
  /** Jurisdiction name; one column per jurisdiction, however many documents it has. */
  name: string;
  nameEn: string;
  docIds: string[];
}

export interface ChecklistRow {
  id: string;
  /** The item's number within the notice, from its id (1.1 … 4.2): printed labels repeat per section. */
  key: string;
  label: string;
  anchor: string;
  url: string;
  /** The practice in a few words: the item's first sentence. */
  practice: string;
  text: string;
  themes: string[];
  /** One list per column, in corpus order. */
  cells: ChecklistMatch[][];
  /** Automatic matches the curated file removed, with why. */
  excluded: { provisionId: string; reason: string }[];
}

export interface PilotChecklist {
  source: ChecklistDocument;
  columns: ChecklistColumn[];
  rows: ChecklistRow[];
  /** Whether any provision carries themes (false until the classify stage runs). */
  themesAvailable: boolean;
  /** Curated entries that matched nothing (stale ids), for the maintainer. */
  problems: string[];
}

/** The practice's headline: text up to the first full stop (the notice opens each item with one). */
export function practiceHeadline(text: string): string {
  const m = /^[^。；\n]{2,40}[。；]/u.exec(text);
  return (m ? m[0] : text.slice(0, 20)).replace(/[。；]$/u, '');
}

/** Documents must come in display order; the source document is the one named in the config. */
export function pilotChecklist(
  documents: readonly ChecklistDocument[],
  provisions: readonly ChecklistProvision[],
  config: ChecklistConfig,
): PilotChecklist {
  const source = documents.find((d) => d.id === config.source);
  if (!source) throw new Error(`pilot checklist: source document "${config.source}" is not in the corpus`);
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const items = provisions.filter((p) => p.docId === source.id);
  const locals = provisions.filter((p) => p.docId !== source.id);
  const problems: string[] = [];
  for (const entry of config.items) {
    if (!items.some((p) => p.id === entry.item)) throw new Error(`pilot checklist: "${entry.item}" is not a numbered item of ${source.id}`);
  }

  const columns: ChecklistColumn[] = [];
  // By name through a map: a search through the columns for every document is quadratic.
  const columnByName = new Map<string, ChecklistColumn>();
  for (const d of documents) {
    if (d.id === source.id) continue;
    const col = columnByName.get(d.jurisdiction.name);
    if (col) col.docIds.push(d.id);
    else {
      const created = { name: d.jurisdiction.name, nameEn: d.jurisdiction.nameEn, docIds: [d.id] };
      columnByName.set(created.name, created);
      columns.push(created);
    }
  }
  const columnOf = new Map(columns.flatMap((c, i) => c.docIds.map((id) => [id, i] as const)));

  // Bigram sets over heading path and text, weighted by document frequency across the whole corpus.
  const all = [...items, ...locals];
  const prepared = prepareCorpus(
    all.map((p) => ({ id: p.id, docId: p.docId, text: [...p.headingPath, p.text].join('\n') })),
    { shingleSize: CHECKLIST_PARAMS.shingleSize },
  );
  const cosine = (i: number, j: number): number => {
    const { setIds, setStart, weights, totals } = prepared;
    const shared = sharedWeight(setIds, setStart[i]!, setStart[i + 1]!, setIds, setStart[j]!, setStart[j + 1]!, weights);
    const norm = Math.sqrt(totals[i]! * totals[j]!);
    return norm > 0 ? shared / norm : 0;
  };
  const themesAvailable = provisions.some((p) => p.themes.length > 0);

  const rows = items.map((item, i): ChecklistRow => {
    const entry = config.items.find((e) => e.item === item.id);
    const themes = entry?.themes ?? item.themes.map((t) => t.theme);
    const include = new Map((entry?.include ?? []).map((d) => [d.provision, d.reason]));
    const exclude = new Map((entry?.exclude ?? []).map((d) => [d.provision, d.reason]));
    for (const id of [...include.keys(), ...exclude.keys()]) {
      const p = byId.get(id);
      if (!p) problems.push(`${item.id}: ${id} is not in the corpus`);
      else if (p.docId === source.id) problems.push(`${item.id}: ${id} belongs to the source notice itself`);
    }
    const cells: ChecklistMatch[][] = columns.map(() => []);
    const excluded: ChecklistRow['excluded'] = [];
    locals.forEach((p, k) => {
      const score = cosine(i, items.length + k);
      const shared = themes.filter((t) => p.themes.some((x) => x.theme === t));
      const via: MatchVia[] = [];
      if (include.has(p.id)) via.push('curated');
      if (shared.length > 0 && score >= CHECKLIST_PARAMS.themedTextMin) via.push('theme');
      if (score >= CHECKLIST_PARAMS.textMin) via.push('text');
      if (via.length === 0) return;
      if (exclude.has(p.id)) {
        excluded.push({ provisionId: p.id, reason: exclude.get(p.id)! });
        return;
      }
      const col = columnOf.get(p.docId);
      if (col === undefined) return;
      cells[col]!.push({
        provisionId: p.id,
        docId: p.docId,
        label: p.label,
        anchor: p.anchor,
        url: p.url,
        via,
        themes: shared,
        score: Math.round(score * 1000) / 1000,
        reason: include.get(p.id) ?? null,
      });
    });
    // Without themes an exclude may wait for a theme match that has not been computed yet.
    for (const id of exclude.keys()) {
      if (themesAvailable && byId.has(id) && !excluded.some((x) => x.provisionId === id)) problems.push(`${item.id}: exclude ${id} removes nothing (not matched automatically)`);
    }
    const position = new Map(locals.map((p, k) => [p.id, k]));
    for (const cell of cells) cell.sort((a, b) => position.get(a.provisionId)! - position.get(b.provisionId)!);
    return { id: item.id, key: item.id.slice(item.id.indexOf('/') + 1), label: item.label, anchor: item.anchor, url: item.url, practice: practiceHeadline(item.text), text: item.text, themes, cells, excluded };
  });
  return { source, columns, rows, themesAvailable, problems };
}
