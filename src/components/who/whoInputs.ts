// What the agency, target, timeline and citation pages read at build time: the corpus, the two
// curated lists and the gazetteer. (Not pure: reads the collections and content/*.yml; all it feeds is.)
import { join } from 'node:path';
import { loadAgencyRegistry, type AgencyRegistry, type ThemeLabel } from '../../agencies/index.ts';
import { projectPaths } from '../../corpus/paths.ts';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { themeIndex } from '../../lib/themeIndex.ts';
import { loadGazetteer } from '../../pipeline/ingestCorpus.ts';
import type { PolicyDocument, Provision } from '../../schemas/corpus.ts';
import { loadIndicators, type Indicator } from '../../targets/index.ts';
import type { Place } from '../../citations/index.ts';

export interface WhoInputs {
  documents: PolicyDocument[];
  provisions: Provision[];
  registry: AgencyRegistry;
  indicators: Indicator[];
  gazetteer: Place[];
  /** Theme names in taxonomy order. */
  themes: ThemeLabel[];
}

let built: Promise<WhoInputs> | null = null;

/** Read once per build (eleven routes and pages ask); the dev server reads them on every call. */
export function whoInputs(): Promise<WhoInputs> {
  if (import.meta.env.DEV) return readInputs();
  built ??= readInputs();
  return built;
}

async function readInputs(): Promise<WhoInputs> {
  const { content, gazetteer } = projectPaths();
  const themes = [...(await themeIndex()).values()].map((t) => ({ slug: t.slug, name: t.name, nameEn: t.nameEn }));
  return {
    documents: await allDocuments(),
    provisions: await allProvisions(),
    registry: loadAgencyRegistry(join(content, 'agencies.yml')),
    indicators: loadIndicators(join(content, 'indicators.yml')),
    gazetteer: loadGazetteer(gazetteer),
    themes,
  };
}
