// Shape of content/agencies.yml, validated when the registry is loaded.
import { z } from 'astro/zod';

export const agencyKindSchema = z.enum([
  'department', 'party', 'government', 'mass-organisation', 'public-institution', 'enterprise', 'financial', 'coordination', 'collective',
]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

const nonEmpty = z.string().trim().min(1);

/** An alias is a printed name, optionally with a note explaining that form (e.g. 财政局（金融办）). */
export const agencyAliasSchema = z.union([nonEmpty, z.strictObject({ name: nonEmpty, note: nonEmpty })]);

export const agencyEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'expected lowercase letters, digits and hyphens'),
  zh: nonEmpty,
  en: nonEmpty,
  kind: agencyKindSchema,
  aliases: z.array(agencyAliasSchema).min(1),
  /** The body that took over the work of one that no longer exists (卫计局 → 卫生健康局). */
  successor: z.string().optional(),
  note: nonEmpty.optional(),
});
export type AgencyEntryInput = z.infer<typeof agencyEntrySchema>;

export interface AgencyAlias {
  name: string;
  note: string | null;
}

/** A registry entry with its aliases in one shape. */
export interface Agency {
  id: string;
  zh: string;
  en: string;
  kind: AgencyKind;
  aliases: AgencyAlias[];
  successor: string | null;
  note: string | null;
}

export const agencyKindLabels: Record<AgencyKind, { zh: string; en: string }> = {
  department: { zh: '政府工作部门', en: 'Government department' },
  party: { zh: '党委部门', en: 'Party department' },
  government: { zh: '政府及派出机构', en: 'Government body' },
  'mass-organisation': { zh: '群团组织', en: 'Mass organisation' },
  'public-institution': { zh: '事业单位', en: 'Public institution' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  financial: { zh: '金融机构', en: 'Financial institution' },
  coordination: { zh: '议事协调机构', en: 'Coordinating body' },
  collective: { zh: '泛指', en: 'Collective reference' },
};
