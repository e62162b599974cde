// content/pilot-checklist.yml: for each practice the national pilot notice recommends, curated
// corrections to the automatic matches (include or exclude one provision, always with a reason).
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

const provisionId = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9.]+$/, 'expected a provision id such as qiubei-2021/13');
const decision = z.strictObject({
  provision: provisionId,
  reason: z.string().trim().min(1, 'expected a reason'),
});

export const checklistItemSchema = z.strictObject({
  /** A numbered provision of the source notice, e.g. national-2023-pilot-experience/3.3. */
  item: provisionId,
  /** Themes that stand for this practice; when absent, the themes the classifier gave the item. */
  themes: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a theme slug')).optional(),
  include: z.array(decision).default([]),
  exclude: z.array(decision).default([]),
});
export type ChecklistItemConfig = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.strictObject({
  /** The document whose numbered items are the practices. */
  source: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  items: z.array(checklistItemSchema),
});
export type ChecklistConfig = z.infer<typeof checklistSchema>;

/** Validates the parsed YAML; errors name the file and the offending field. */
export function parseChecklist(text: string, file: string): ChecklistConfig {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = checklistSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const item of parsed.data.items) {
    if (seen.has(item.item)) throw new Error(`${file}: item "${item.item}" is listed twice; expected each practice once`);
    seen.add(item.item);
    const both = item.include.map((d) => d.provision).filter((id) => item.exclude.some((d) => d.provision === id));
    if (both.length > 0) throw new Error(`${file}: item "${item.item}" both includes and excludes ${both.join(', ')}`);
  }
  return parsed.data;
}

export function loadChecklist(path: string): ChecklistConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read the pilot checklist: ${(e as Error).message}`);
  }
  return parseChecklist(text, path);
}
