// Maintainer overrides of inferred metadata: a YAML front-matter block at the very top of a seed
// (between two `---` lines) or a sidecar `<slug>.yml` beside it. Both are validated; an unknown
// key or a wrong type stops the build with the file and line.
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { IngestError } from './IngestError.ts';
import { levelSchema, documentKindSchema } from '../schemas/corpus.ts';
import type { SourceLine } from './types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const overrideSchema = z
  .object({
    title: z.string().min(1),
    jurisdiction: z
      .object({
        name: z.string().min(1),
        nameEn: z.string().min(1),
        province: z.string().nullable(),
        provinceEn: z.string().nullable(),
        level: levelSchema,
      })
      .partial()
      .strict(),
    issuers: z.array(z.string().min(1)),
    docNumber: z.string().nullable(),
    dates: z.object({ issued: isoDate.nullable(), printed: isoDate.nullable() }).partial().strict(),
    kind: documentKindSchema,
  })
  .partial()
  .strict();
export type MetadataOverride = z.infer<typeof overrideSchema>;

/** Parses YAML text into an override; `firstLine` is the line of the YAML's first line in `file`. */
export function parseOverride(yamlText: string, file: string, firstLine: number): MetadataOverride {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = firstLine + (err.linePos?.[0]?.line ?? 1) - 1;
    throw new IngestError(file, line, `invalid YAML in metadata override: ${err.message.split('\n')[0]}`);
  }
  const result = overrideSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(root)';
    const lineIdx = yamlText.split('\n').findIndex((l) => l.trimStart().startsWith(`${String(issue.path.at(-1) ?? '')}:`));
    throw new IngestError(file, lineIdx >= 0 ? firstLine + lineIdx : firstLine, `metadata override "${key}": ${issue.message}`);
  }
  return result.data;
}

/**
 * Splits a leading front-matter block off the lines. The block must start on line 1 with `---`
 * and close with another `---` line; otherwise there is none.
 */
export function splitFrontMatter(lines: SourceLine[], file: string): { override: MetadataOverride | null; block: SourceLine[]; body: SourceLine[] } {
  if (lines[0]?.text.replace(/^\uFEFF/u, '').trim() !== '---') return { override: null, block: [], body: lines };
  const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === '---');
  if (end < 0) throw new IngestError(file, 1, 'front-matter block opened with --- but never closed; expected a closing --- line');
  const block = lines.slice(0, end + 1);
  const yamlText = lines.slice(1, end).map((l) => l.text).join('\n');
  return { override: parseOverride(yamlText, file, 2), block, body: lines.slice(end + 1) };
}

/** Deep-merges an override over inferred values (override wins, field by field). */
export function mergeOverride<T extends object>(inferred: T, override: MetadataOverride | null): T {
  if (!override) return inferred;
  const out: Record<string, unknown> = { ...(inferred as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const base = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && base && typeof base === 'object'
        ? { ...(base as object), ...value }
        : value;
  }
  return out as T;
}
