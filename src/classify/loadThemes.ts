// Reads the taxonomy: the YAML frontmatter of every content/themes/*.mdx, validated and ordered.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { themeFrontmatterSchema, type Theme } from './themeSchema.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

/** Parses one theme file; errors name the file and the offending field. */
export function parseThemeFile(text: string, file: string): Theme {
  const block = FRONTMATTER.exec(text)?.[1];
  if (block === undefined) throw new Error(`${file}: no YAML frontmatter; expected the file to start with a --- block`);
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (e) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(e as Error).message}`);
  }
  const parsed = themeFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: frontmatter field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return parsed.data;
}

/** All themes of a folder, sorted by `order`; file names must be `<slug>.mdx`, slugs and orders unique. */
export function loadThemes(dir: string): Theme[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const themes = files.map((f) => {
    const file = join(dir, f);
    const theme = parseThemeFile(readFileSync(file, 'utf8'), file);
    if (theme.slug !== basename(f, '.mdx')) throw new Error(`${file}: slug "${theme.slug}" does not match the file name; expected ${theme.slug}.mdx`);
    return theme;
  });
  const orders = new Map<number, string>();
  for (const t of themes) {
    const other = orders.get(t.order);
    if (other) throw new Error(`${dir}: themes "${other}" and "${t.slug}" share order ${t.order}; expected unique orders`);
    orders.set(t.order, t.slug);
  }
  if (themes.length === 0) throw new Error(`${dir}: no theme files (*.mdx) found`);
  return themes.sort((a, b) => a.order - b.order);
}
