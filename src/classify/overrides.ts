// Maintainer corrections (content/theme-overrides.yml): add or remove one theme on one provision,
// with a reason. Overrides that no longer apply are returned so the build can report them.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { Provision, ThemeTag } from '../schemas/corpus.ts';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a theme slug');

export const themeOverrideSchema = z
  .strictObject({
    provision: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9.]+$/, 'expected a provision id such as qiubei-2021/13'),
    add: slug.optional(),
    remove: slug.optional(),
    reason: z.string().trim().min(1, 'expected a reason'),
  })
  .refine((o) => (o.add === undefined) !== (o.remove === undefined), { message: 'expected exactly one of add or remove' });
export type ThemeOverride = z.infer<typeof themeOverrideSchema>;

/** An override that changed nothing, with why. */
export type UnmatchedOverride = ThemeOverride & { problem: string };

/** Validates the parsed YAML of an overrides file; errors name the file and the entry index. */
export function parseOverrides(text: string, file: string): ThemeOverride[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of overrides ({provision, add|remove, reason})`);
  return data.map((entry: unknown, i) => {
    const parsed = themeOverrideSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
      throw new Error(`${file}: entry ${i} (0-based)${field}: ${issue.message}`);
    }
    return parsed.data;
  });
}

export function loadOverrides(path: string): ThemeOverride[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read the theme overrides: ${(e as Error).message}`);
  }
  return parseOverrides(text, path);
}

function sortTags(tags: ThemeTag[], order: readonly string[] | undefined): ThemeTag[] {
  if (!order) return tags;
  const rank = (t: ThemeTag) => (order.includes(t.theme) ? order.indexOf(t.theme) : order.length);
  return [...tags].sort((a, b) => rank(a) - rank(b));
}

/**
 * Applies overrides in file order. Unmatched: the provision does not exist, the theme to remove
 * is not tagged, or the theme to add is already tagged. `order` (theme slugs) re-sorts the tags.
 */
export function applyOverrides(
  provisions: readonly Provision[],
  overrides: readonly ThemeOverride[],
  order?: readonly string[],
): { provisions: Provision[]; unmatched: UnmatchedOverride[] } {
  const tagsById = new Map(provisions.map((p) => [p.id, [...p.themes]]));
  const unmatched: UnmatchedOverride[] = [];
  for (const o of overrides) {
    const tags = tagsById.get(o.provision);
    if (!tags) {
      unmatched.push({ ...o, problem: `no provision "${o.provision}"` });
    } else if (o.remove !== undefined) {
      const at = tags.findIndex((t) => t.theme === o.remove);
      if (at === -1) unmatched.push({ ...o, problem: `"${o.provision}" is not tagged "${o.remove}"` });
      else tags.splice(at, 1);
    } else if (o.add !== undefined) {
      if (tags.some((t) => t.theme === o.add)) unmatched.push({ ...o, problem: `"${o.provision}" is already tagged "${o.add}"` });
      else tags.push({ theme: o.add, source: 'override', evidence: [], reason: o.reason });
    }
  }
  return {
    provisions: provisions.map((p) => ({ ...p, themes: sortTags(tagsById.get(p.id) ?? [], order) })),
    unmatched,
  };
}
