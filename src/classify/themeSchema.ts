// Frontmatter of a theme file (content/themes/<slug>.mdx). Also usable as a content collection schema.
import { z } from 'astro/zod';
import { normalizeForMatch } from './normalize.ts';

const term = z.string().trim().min(1);

/** A context in which the theme's terms do not count, unless one of `unless` is named in the provision. */
export const themeExcludeSchema = z.strictObject({
  /** A phrase containing one of the theme's terms (or the term itself). */
  term,
  unless: z.array(term).default([]),
});
export type ThemeExclude = z.infer<typeof themeExcludeSchema>;

export const themeFrontmatterSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens'),
    name: z.string().trim().min(1),
    nameEn: z.string().trim().min(1),
    /** Position in lists and in a provision's tags. */
    order: z.number().int().nonnegative(),
    /** Terms matched in the provision text. */
    terms: z.array(term).min(1),
    excludes: z.array(themeExcludeSchema).default([]),
    /** Terms matched in the heading path (headings are broader than clauses, so listed separately). */
    headingTerms: z.array(term).default([]),
    /** Agency names (lead or partner) recorded as supporting evidence when the theme matched otherwise. */
    agencyTerms: z.array(term).default([]),
    /** Agency names that tag the theme on their own when they appear among the lead agencies. */
    leadAgencyTerms: z.array(term).default([]),
  })
  .superRefine((t, ctx) => {
    const vocabulary = [...t.terms, ...t.headingTerms].map(normalizeForMatch);
    for (const [key, list] of [['terms', t.terms], ['headingTerms', t.headingTerms]] as const) {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        const n = normalizeForMatch(x);
        if (seen.has(n)) ctx.addIssue({ code: 'custom', path: [key, i], message: `duplicate term "${x}"` });
        seen.add(n);
      });
    }
    t.excludes.forEach((e, i) => {
      const phrase = normalizeForMatch(e.term);
      if (!vocabulary.some((v) => phrase.includes(v))) {
        ctx.addIssue({ code: 'custom', path: ['excludes', i, 'term'], message: `exclude "${e.term}" contains none of the theme's terms, so it can never apply` });
      }
    });
  });

export type ThemeFrontmatter = z.infer<typeof themeFrontmatterSchema>;
/** A theme as the classifier uses it. */
export type Theme = ThemeFrontmatter;
