// What a theme page shows of one provision: its text, heading and agencies with the theme's
// evidence terms marked, and the terms listed by where they matched.
import type { Theme } from '../classify/index.ts';
import type { Provision, ThemeTag } from '../schemas/corpus.ts';
import { excerptSegments, highlightSegments, markCount, splitLines, type Segment } from './highlightSegments.ts';

export interface ProvisionEvidence {
  /** The text in lines, evidence terms marked (an excerpt around the marks for very long texts). */
  lines: Segment[][];
  /** True when `lines` is an excerpt. */
  excerpt: boolean;
  /** The heading path joined with ' › ', heading terms marked; null when no heading term matched. */
  heading: Segment[] | null;
  /** Lead agencies, agency terms marked. */
  lead: Segment[][];
  /** Partner agencies that hold an agency term (the others are not evidence), terms marked. */
  partners: Segment[][];
  terms: { text: string[]; heading: string[]; agency: string[] };
  /** The maintainer's reason when the tag is a curated override. */
  override: string | null;
}

const HEADING_JOIN = ' › ';

function termsWhere(tag: ThemeTag, where: 'text' | 'heading' | 'agency'): string[] {
  return [...new Set(tag.evidence.filter((e) => e.where === where).map((e) => e.term))];
}

export function provisionEvidence(p: Provision, tag: ThemeTag, theme: Pick<Theme, 'excludes'>, excerptMax = 1200): ProvisionEvidence {
  const terms = { text: termsWhere(tag, 'text'), heading: termsWhere(tag, 'heading'), agency: termsWhere(tag, 'agency') };
  const context = `${p.headingPath.join('¦')}¦${p.text}`;
  const options = { excludes: theme.excludes, context };

  const text = highlightSegments(p.text, terms.text, { ...options, skip: [p.agencyNote] });
  const cut = excerptSegments(text, excerptMax);

  let heading: Segment[] | null = null;
  if (terms.heading.length > 0) {
    heading = p.headingPath.flatMap((h, i) => [
      ...(i > 0 ? [{ text: HEADING_JOIN, mark: false }] : []),
      ...highlightSegments(h, terms.heading, options),
    ]);
  }

  const agencies = (names: readonly string[]) => names.map((a) => highlightSegments(a, terms.agency));
  return {
    lines: splitLines(cut.segments),
    excerpt: cut.cut,
    heading,
    lead: agencies(p.leadAgencies),
    partners: agencies(p.partnerAgencies).filter((s) => markCount(s) > 0),
    terms,
    override: tag.source === 'override' ? tag.reason : null,
  };
}
