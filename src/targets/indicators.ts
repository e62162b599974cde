// The curated indicator list (content/indicators.yml): which targets measure the same thing.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { RESERVED_LIST_IDS } from './targetPages.ts';

export const targetUnitSchema = z.enum(['percent', 'count']);
export type TargetUnit = z.infer<typeof targetUnitSchema>;

const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'expected lowercase letters, digits and hyphens'),
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  unit: targetUnitSchema,
  patterns: z.array(z.string().min(1)).min(1),
  note: z.string().trim().min(1).optional(),
});

export interface Indicator {
  id: string;
  zh: string;
  en: string;
  unit: TargetUnit;
  patterns: RegExp[];
  note: string | null;
}

export function parseIndicators(yamlText: string, file = 'indicators.yml'): Indicator[] {
  const data: unknown = parseYaml(yamlText);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of indicators`);
  const seen = new Set<string>();
  return data.map((raw, i) => {
    const parsed = indicatorSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: entry ${i} (0-based) field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    }
    const e = parsed.data;
    // These name the unclassified list and the yearly series under /targets/ (see targetPages.ts).
    if ((RESERVED_LIST_IDS as readonly string[]).includes(e.id)) throw new Error(`${file}: indicator id "${e.id}" is reserved for a page of /targets/`);
    if (seen.has(e.id)) throw new Error(`${file}: duplicate indicator id "${e.id}"`);
    seen.add(e.id);
    const patterns = e.patterns.map((p, j) => {
      try {
        return new RegExp(p, 'u');
      } catch (err) {
        throw new Error(`${file}: indicator "${e.id}" pattern ${j} is not a valid regular expression: ${(err as Error).message}`);
      }
    });
    return { id: e.id, zh: e.zh, en: e.en, unit: e.unit, patterns, note: e.note ?? null };
  });
}

export function loadIndicators(path: string): Indicator[] {
  return parseIndicators(readFileSync(path, 'utf8'), path);
}

/** The comparison form of text for the patterns: NFKC, no whitespace. */
export function indicatorText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The first indicator of `unit` one of whose patterns matches `text`, or null. */
export function matchIndicator(text: string, unit: TargetUnit, indicators: readonly Indicator[]): Indicator | null {
  const t = indicatorText(text);
  return indicators.find((ind) => ind.unit === unit && ind.patterns.some((re) => re.test(t))) ?? null;
}
