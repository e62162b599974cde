// Scores theme tags against hand labels: precision and recall per theme.
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { Provision } from '../schemas/corpus.ts';

export const themeLabelSchema = z.strictObject({
  provision: z.string().min(1),
  theme: z.string().min(1),
  expected: z.boolean(),
  note: z.string().optional(),
});
export type ThemeLabel = z.infer<typeof themeLabelSchema>;

export function parseLabels(text: string, file: string): ThemeLabel[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of {provision, theme, expected}`);
  return data.map((entry: unknown, i) => {
    const parsed = themeLabelSchema.safeParse(entry);
    if (!parsed.success) throw new Error(`${file}: entry ${i} (0-based): ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

export interface ThemeScore {
  theme: string;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  /** 1 when nothing was predicted (recall then shows the misses). */
  precision: number;
  /** 1 when there are no positive labels. */
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Scores per labelled theme, in first-appearance order; throws on a label for an unknown provision. */
export function scoreLabels(provisions: readonly Pick<Provision, 'id' | 'themes'>[], labels: readonly ThemeLabel[]): ThemeScore[] {
  const byId = new Map(provisions.map((p) => [p.id, new Set(p.themes.map((t) => t.theme))]));
  const scores = new Map<string, ThemeScore>();
  for (const l of labels) {
    const tagged = byId.get(l.provision);
    if (!tagged) throw new Error(`label for unknown provision "${l.provision}"`);
    let s = scores.get(l.theme);
    if (!s) {
      s = { theme: l.theme, positives: 0, negatives: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, falsePositives: [], falseNegatives: [] };
      scores.set(l.theme, s);
    }
    const predicted = tagged.has(l.theme);
    if (l.expected) s.positives++;
    else s.negatives++;
    if (l.expected && predicted) s.tp++;
    else if (!l.expected && predicted) (s.fp++, s.falsePositives.push(l.provision));
    else if (l.expected && !predicted) (s.fn++, s.falseNegatives.push(l.provision));
  }
  for (const s of scores.values()) {
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.positives === 0 ? 1 : s.tp / s.positives;
  }
  return [...scores.values()];
}

export function formatScoreTable(scores: readonly ThemeScore[], title = ''): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const rows = scores.map((s) =>
    `${s.theme.padEnd(16)}${pad(s.positives, 5)}${pad(s.negatives, 5)}${pad(s.tp, 5)}${pad(s.fp, 5)}${pad(s.fn, 5)}${pad(s.precision.toFixed(3), 11)}${pad(s.recall.toFixed(3), 9)}`
      + (s.fp + s.fn > 0 ? `   FP: ${s.falsePositives.join(' ') || '-'}  FN: ${s.falseNegatives.join(' ') || '-'}` : ''),
  );
  const head = `${'theme'.padEnd(16)}${pad('pos', 5)}${pad('neg', 5)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('precision', 11)}${pad('recall', 9)}`;
  return [title, head, ...rows].filter((l) => l !== '').join('\n');
}
