// Printed agency names → registry ids, keeping each name's role (lead / partner) and its printed form.
import type { Provision } from '../schemas/corpus.ts';
import type { AgencyRegistry } from './registry.ts';

export type AgencyRole = 'lead' | 'partner';

/** One printed name resolved: the registry id and the name exactly as printed. */
export interface AgencyRef {
  id: string;
  printed: string;
}

export interface ResolvedAgencies {
  lead: AgencyRef[];
  partner: AgencyRef[];
  /** Printed names no registry entry matches (kept so nothing is silently dropped). */
  unknown: string[];
}

type AgencyFields = Pick<Provision, 'leadAgencies' | 'partnerAgencies'>;

export function resolveAgencies(provision: AgencyFields, registry: AgencyRegistry): ResolvedAgencies {
  const out: ResolvedAgencies = { lead: [], partner: [], unknown: [] };
  const add = (names: string[], role: AgencyRole) => {
    for (const printed of names) {
      const hit = registry.lookup(printed);
      if (hit) out[role].push({ id: hit.agency.id, printed });
      else if (!out.unknown.includes(printed)) out.unknown.push(printed);
    }
  };
  add(provision.leadAgencies, 'lead');
  add(provision.partnerAgencies, 'partner');
  return out;
}

export interface UnknownAgencyName {
  printed: string;
  /** Provisions that print it. */
  provisions: string[];
}

/** Every printed name the registry does not know, with where it is printed; empty when all resolve. */
export function unknownAgencyNames(provisions: readonly Provision[], registry: AgencyRegistry): UnknownAgencyName[] {
  const found = new Map<string, string[]>();
  for (const p of provisions) {
    for (const printed of resolveAgencies(p, registry).unknown) {
      const list = found.get(printed) ?? [];
      list.push(p.id);
      found.set(printed, list);
    }
  }
  return [...found].map(([printed, ids]) => ({ printed, provisions: ids }));
}
