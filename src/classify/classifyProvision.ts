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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** One alternation of the normalised terms: a single pass that says whether any term occurs at all. */
function anyTermPattern(terms: readonly string[]): RegExp | null {
  const needles = [...new Set(terms.map(normalizeForMatch))].filter((t) => t !== '');
  return needles.length === 0 ? null : new RegExp(needles.map(escapeRegExp).join('|'), 'u');
}

const prefilters = new WeakMap<Theme, { heading: RegExp | null; text: RegExp | null }>();
function prefilterOf(theme: Theme): { heading: RegExp | null; text: RegExp | null } {
  let f = prefilters.get(theme);
  if (!f) prefilters.set(theme, (f = { heading: anyTermPattern(theme.headingTerms), text: anyTermPattern(theme.terms) }));
  return f;
}

function classifyOne(heading: string, text: string, p: ClassifiableProvision, theme: Theme): ThemeTag | null {
  // Most provisions match few themes: when no term occurs anywhere, matching (which only removes
  // occurrences, never adds them) cannot find one, so skip it. Same result, a fraction of the work.
  const filter = prefilterOf(theme);
  const headingMay = filter.heading?.test(heading) ?? false;
  const textMay = filter.text?.test(text) ?? false;
  if (!headingMay && !textMay && agencyHits(p.leadAgencies, theme.leadAgencyTerms).length === 0) return null;
  const context = `${heading}${HEADING_SEPARATOR}${text}`;
  const fromHeading = headingMay ? matchTerms(heading, theme.headingTerms, theme.excludes, context) : [];
  const fromText = textMay ? matchTerms(text, theme.terms, theme.excludes, context) : [];
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
