// Rule tags for one provision: each theme whose vocabulary matches the heading path, the text,
// or (for lead-agency terms) a lead agency, with every matched term as evidence.
import type { Provision, ThemeEvidence, ThemeTag } from '../schemas/corpus.ts';
import { matchTerms } from './matchTerms.ts';
import { normalizeForMatch } from './normalize.ts';
import type { Theme } from './themeSchema.ts';

export type ClassifiableProvision = Pick<Provision, 'headingPath' | 'text' | 'leadAgencies' | 'partnerAgencies'> & {
  agencyNote?: string | null;
};

/** Headings are joined with a separator no term contains, so a term never spans two headings. */
const HEADING_SEPARATOR = '¦';

/** Agency terms found in agency names, in term order. */
function agencyHits(agencies: readonly string[], terms: readonly string[]): string[] {
  const names = agencies.map(normalizeForMatch);
  return terms.filter((t) => names.some((n) => n.includes(normalizeForMatch(t))));
}

function classifyOne(heading: string, text: string, p: ClassifiableProvision, theme: Theme): ThemeTag | null {
  const context = `${heading}${HEADING_SEPARATOR}${text}`;
  const fromHeading = matchTerms(heading, theme.headingTerms, theme.excludes, context);
  const fromText = matchTerms(text, theme.terms, theme.excludes, context);
  const allAgencyTerms = [...new Set([...theme.leadAgencyTerms, ...theme.agencyTerms])];
  const leadAlone = agencyHits(p.leadAgencies, theme.leadAgencyTerms);
  const fromAgency = agencyHits([...p.leadAgencies, ...p.partnerAgencies], allAgencyTerms);
  if (fromHeading.length === 0 && fromText.length === 0 && leadAlone.length === 0) return null;
  const evidence: ThemeEvidence[] = [
    ...fromHeading.map((term) => ({ term, where: 'heading' as const })),
    ...fromText.map((term) => ({ term, where: 'text' as const })),
    ...fromAgency.map((term) => ({ term, where: 'agency' as const })),
  ];
  return { theme: theme.slug, source: 'rule', evidence, reason: null };
}

/** Rule tags in taxonomy order. The agency note, if the text repeats it, is not read as text. */
export function classifyProvision(p: ClassifiableProvision, themes: readonly Theme[]): ThemeTag[] {
  const rawText = p.agencyNote ? p.text.split(p.agencyNote).join(' ') : p.text;
  const heading = normalizeForMatch(p.headingPath.join(HEADING_SEPARATOR));
  const text = normalizeForMatch(rawText);
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((t) => classifyOne(heading, text, p, t))
    .filter((t): t is ThemeTag => t !== null);
}
