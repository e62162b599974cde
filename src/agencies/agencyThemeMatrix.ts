// Agency × theme counts: how many provisions an agency leads or supports under each theme.
// Themes come from provision.themes (the classify stage); with no tags the matrix is empty
// and says so, instead of drawing an empty chart.
import type { Provision } from '../schemas/corpus.ts';
import type { Agency } from './registrySchema.ts';
import type { AgencyRegistry } from './registry.ts';
import { resolveAgencies } from './resolveAgencies.ts';

export interface ThemeLabel {
  slug: string;
  name: string;
  nameEn: string;
}

export interface MatrixCell {
  theme: string;
  lead: number;
  partner: number;
  /** Provisions counted (lead or partner), each once. */
  total: number;
}

export interface MatrixRow {
  agency: Agency;
  cells: MatrixCell[];
  total: number;
}

export interface AgencyThemeMatrix {
  /** Themes that tag at least one provision naming an agency, in taxonomy order. */
  themes: ThemeLabel[];
  /** Agencies with at least one tagged provision, most provisions first. */
  rows: MatrixRow[];
  /** False when no provision carries a theme yet. */
  hasThemeData: boolean;
}

/**
 * `themes` gives order and names; a theme slug found on a provision but missing from it is still
 * counted, labelled by its slug, after the known ones.
 */
export function agencyThemeMatrix(provisions: readonly Provision[], registry: AgencyRegistry, themes: readonly ThemeLabel[] = []): AgencyThemeMatrix {
  const counts = new Map<string, Map<string, { lead: number; partner: number; total: number }>>();
  const totals = new Map<string, number>();
  const used = new Set<string>();
  for (const p of provisions) {
    const slugs = [...new Set(p.themes.map((t) => t.theme))];
    if (slugs.length === 0) continue;
    const resolved = resolveAgencies(p, registry);
    const leadIds = new Set(resolved.lead.map((r) => r.id));
    const partnerIds = new Set(resolved.partner.map((r) => r.id).filter((id) => !leadIds.has(id)));
    for (const id of [...leadIds, ...partnerIds]) {
      totals.set(id, (totals.get(id) ?? 0) + 1);
      const row = counts.get(id) ?? new Map();
      for (const slug of slugs) {
        used.add(slug);
        const c = row.get(slug) ?? { lead: 0, partner: 0, total: 0 };
        if (leadIds.has(id)) c.lead++;
        else c.partner++;
        c.total++;
        row.set(slug, c);
      }
      counts.set(id, row);
    }
  }
  const known = themes.filter((t) => used.has(t.slug));
  const extra = [...used].filter((s) => !themes.some((t) => t.slug === s)).sort().map((slug) => ({ slug, name: slug, nameEn: slug }));
  const columns = [...known, ...extra];
  const rows: MatrixRow[] = registry.agencies
    .filter((a) => counts.has(a.id))
    .map((agency) => {
      const row = counts.get(agency.id)!;
      const cells = columns.map((t) => ({ theme: t.slug, ...(row.get(t.slug) ?? { lead: 0, partner: 0, total: 0 }) }));
      return { agency, cells, total: totals.get(agency.id) ?? 0 };
    })
    .sort((a, b) => b.total - a.total);
  return { themes: columns, rows, hasThemeData: provisions.some((p) => p.themes.length > 0) };
}
