// Whether a document speaks to a theme. Silence is a finding ('silent'); 'not-applicable' is kept
// for documents that were never meant to cover the theme, and only through the curated list in
// content/theme-coverage.yml, each entry with its reason, so no absence is explained away silently.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

export type CoverageStatus = 'found' | 'silent' | 'not-applicable';

const text = z.string().trim().min(1);

export const coverageExceptionSchema = z.strictObject({
  /** Document id (the seed's slug). */
  document: text,
  /** Theme slugs, or '*' for every theme the document has no provision on. */
  themes: z.union([z.literal('*'), z.array(text).min(1)]),
  reason: text,
  reasonEn: text.optional(),
});
export type CoverageException = z.infer<typeof coverageExceptionSchema>;

/** Parses the curated list; errors name the file and the entry. An empty file is an empty list. */
export function parseCoverage(source: string, file: string): CoverageException[] {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  const parsed = z.array(coverageExceptionSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: entry ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadCoverage(path: string): CoverageException[] {
  return parseCoverage(readFileSync(path, 'utf8'), path);
}

export interface DocumentCoverage {
  status: CoverageStatus;
  /** The curated reason, for 'not-applicable'. */
  reason: string | null;
  reasonEn: string | null;
}

const applies = (e: CoverageException, docId: string, theme: string) =>
  e.document === docId && (e.themes === '*' || e.themes.includes(theme));

/** A document's status on a theme, given how many of its provisions carry the theme. Provisions always win. */
export function documentCoverage(docId: string, theme: string, count: number, exceptions: readonly CoverageException[]): DocumentCoverage {
  if (count > 0) return { status: 'found', reason: null, reasonEn: null };
  const exception = exceptions.find((e) => applies(e, docId, theme));
  if (!exception) return { status: 'silent', reason: null, reasonEn: null };
  return { status: 'not-applicable', reason: exception.reason, reasonEn: exception.reasonEn ?? null };
}

/**
 * The reason of a whole-document exception ('*'): a caveat worth showing next to the provisions
 * the document does have (e.g. that it reports experience rather than commitments).
 */
export function documentCaveat(docId: string, exceptions: readonly CoverageException[]): { reason: string; reasonEn: string | null } | null {
  const e = exceptions.find((x) => x.document === docId && x.themes === '*');
  return e ? { reason: e.reason, reasonEn: e.reasonEn ?? null } : null;
}

/** A jurisdiction with several documents: found if any document is; not-applicable only if all are. */
export function combinedStatus(statuses: readonly CoverageStatus[]): CoverageStatus {
  if (statuses.includes('found')) return 'found';
  if (statuses.length > 0 && statuses.every((s) => s === 'not-applicable')) return 'not-applicable';
  return 'silent';
}

/**
 * Entries that do not apply to the corpus: unknown documents or themes, and themes named explicitly
 * for a document that does have provisions on them (the exception has gone stale).
 */
export function coverageProblems(
  exceptions: readonly CoverageException[],
  documentIds: readonly string[],
  themeSlugs: readonly string[],
  countOf: (docId: string, theme: string) => number,
): string[] {
  const problems: string[] = [];
  for (const e of exceptions) {
    if (!documentIds.includes(e.document)) {
      problems.push(`content/theme-coverage.yml: unknown document "${e.document}"`);
      continue;
    }
    if (e.themes === '*') continue;
    for (const t of e.themes) {
      if (!themeSlugs.includes(t)) problems.push(`content/theme-coverage.yml: ${e.document}: unknown theme "${t}"`);
      else if (countOf(e.document, t) > 0) problems.push(`content/theme-coverage.yml: ${e.document} has ${countOf(e.document, t)} provision(s) on "${t}", so it is not "not applicable"`);
    }
  }
  return problems;
}
