// The agency registry (content/agencies.yml) as a lookup: printed name → agency.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { agencyKey, agencyLookupKeys } from './agencyKey.ts';
import { agencyEntrySchema, type Agency } from './registrySchema.ts';

export interface AgencyMatch {
  agency: Agency;
  /** The alias the printed name matched. */
  alias: string;
  /** The note of that alias, if it has one. */
  note: string | null;
}

export interface AgencyRegistry {
  agencies: Agency[];
  byId: ReadonlyMap<string, Agency>;
  /** The agency a printed name means, or null when no alias matches. */
  lookup(printed: string): AgencyMatch | null;
}

/** Builds the registry from parsed YAML; errors name the entry and field. */
export function agencyRegistry(data: unknown, file = 'agencies.yml'): AgencyRegistry {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of agencies`);
  const agencies: Agency[] = data.map((raw, i) => {
    const parsed = agencyEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: entry ${i} (0-based) field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    }
    const e = parsed.data;
    return {
      id: e.id,
      zh: e.zh,
      en: e.en,
      kind: e.kind,
      aliases: e.aliases.map((a) => (typeof a === 'string' ? { name: a, note: null } : { name: a.name, note: a.note })),
      successor: e.successor ?? null,
      note: e.note ?? null,
    };
  });
  const byId = new Map<string, Agency>();
  const byKey = new Map<string, { agency: Agency; alias: string; note: string | null }>();
  for (const agency of agencies) {
    if (byId.has(agency.id)) throw new Error(`${file}: duplicate agency id "${agency.id}"`);
    byId.set(agency.id, agency);
    for (const alias of agency.aliases) {
      const key = agencyKey(alias.name);
      const clash = byKey.get(key);
      if (clash) throw new Error(`${file}: alias "${alias.name}" of "${agency.id}" matches the same names as "${clash.alias}" of "${clash.agency.id}"`);
      byKey.set(key, { agency, alias: alias.name, note: alias.note });
    }
  }
  for (const agency of agencies) {
    if (agency.successor !== null && !byId.has(agency.successor)) throw new Error(`${file}: "${agency.id}" names unknown successor "${agency.successor}"`);
    if (agency.successor === agency.id) throw new Error(`${file}: "${agency.id}" is its own successor`);
  }
  return {
    agencies,
    byId,
    lookup(printed) {
      for (const key of agencyLookupKeys(printed)) {
        const hit = byKey.get(key);
        if (hit) return hit;
      }
      return null;
    },
  };
}

export function parseAgencyRegistry(yamlText: string, file?: string): AgencyRegistry {
  return agencyRegistry(parseYaml(yamlText), file);
}

export function loadAgencyRegistry(path: string): AgencyRegistry {
  return parseAgencyRegistry(readFileSync(path, 'utf8'), path);
}

/** Agencies related by succession: the one this replaced and the one that replaced it. */
export function relatedAgencies(agency: Agency, registry: AgencyRegistry): { predecessors: Agency[]; successor: Agency | null } {
  return {
    predecessors: registry.agencies.filter((a) => a.successor === agency.id),
    successor: agency.successor === null ? null : (registry.byId.get(agency.successor) ?? null),
  };
}

/** Notes on the printed forms used (e.g. why 财政局（金融办） is the finance bureau), each note once with the forms it explains. */
export function aliasNotes(printedNames: readonly string[], registry: AgencyRegistry): { printed: string[]; note: string }[] {
  const out: { printed: string[]; note: string }[] = [];
  for (const printed of printedNames) {
    const note = registry.lookup(printed)?.note;
    if (!note) continue;
    const same = out.find((o) => o.note === note);
    if (same) same.printed.push(printed);
    else out.push({ printed: [printed], note });
  }
  return out;
}
