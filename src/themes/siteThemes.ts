// What the theme pages and the overview read at build time: the taxonomy entries, the corpus
// grouped by jurisdiction and the curated coverage exceptions. (Not pure: reads the content
// collections and content/theme-coverage.yml; everything it feeds is.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Theme } from '../classify/index.ts';
import { projectPaths } from '../corpus/paths.ts';
import { allDocuments, allProvisions } from '../lib/collections.ts';
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import { coverageProblems, loadCoverage, type CoverageException } from './coverage.ts';
import { groupByJurisdiction, type JurisdictionGroup } from './jurisdictionGroups.ts';

export type ThemeEntry = CollectionEntry<'themes'>;

export interface ThemeInputs {
  entries: ThemeEntry[];
  themes: Theme[];
  documents: PolicyDocument[];
  provisions: Provision[];
  groups: JurisdictionGroup[];
  exceptions: CoverageException[];
}

const reported = new Set<string>();

export async function themeInputs(): Promise<ThemeInputs> {
  const entries = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
  const themes = entries.map((e) => e.data);
  const documents = await allDocuments();
  const provisions = await allProvisions();
  const file = join(projectPaths().content, 'theme-coverage.yml');
  const exceptions = existsSync(file) ? loadCoverage(file) : [];
  const count = (docId: string, theme: string) => provisions.filter((p) => p.docId === docId && p.themes.some((t) => t.theme === theme)).length;
  // Reported, not fatal: a build from other seeds (tests, a new corpus) must still work.
  for (const problem of coverageProblems(exceptions, documents.map((d) => d.id), themes.map((t) => t.slug), count)) {
    if (!reported.has(problem)) console.warn(problem);
    reported.add(problem);
  }
  return { entries, themes, documents, provisions, groups: groupByJurisdiction(documents), exceptions };
}
