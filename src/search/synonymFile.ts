// content/synonyms.yml: curated groups of names for the same thing (abbreviations, renamed bureaus),
// each with the reason it is a group. Read at build time only (the client gets the parsed groups).
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { fold } from './fold.ts';

export const synonymGroupSchema = z.strictObject({
  /** The first term is the preferred (current, full) name; filters show it for the whole group. */
  terms: z.array(z.string().trim().min(1)).min(2),
  reason: z.string().trim().min(1),
});
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

/** Parses and checks the file: every term at least two characters, and in one group only. */
export function parseSynonyms(text: string, file = 'content/synonyms.yml'): SynonymGroup[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = z.array(synonymGroupSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: entry ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const seen = new Map<string, number>();
  parsed.data.forEach((group, i) => {
    for (const term of group.terms) {
      const key = fold(term);
      // A one-character term would rewrite parts of unrelated words.
      if (key.length < 2) throw new Error(`${file}: group ${i + 1}: term "${term}" is shorter than two characters`);
      const other = seen.get(key);
      if (other !== undefined) throw new Error(`${file}: term "${term}" appears in group ${other + 1} and group ${i + 1}; a term belongs to one group`);
      seen.set(key, i);
    }
  });
  return parsed.data;
}

export function loadSynonyms(path: string): SynonymGroup[] {
  return parseSynonyms(readFileSync(path, 'utf8'), path);
}
