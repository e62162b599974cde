// Agency ids and roles for the downloads: what the integrator adds to corpus.json and the CSV.
import type { Provision } from '../schemas/corpus.ts';
import type { AgencyRegistry } from './registry.ts';
import { resolveAgencies, type AgencyRef } from './resolveAgencies.ts';

/** Extra fields of one provision in corpus.json. */
export interface ProvisionAgencyExport {
  agencies: { lead: AgencyRef[]; partner: AgencyRef[]; unknown: string[] };
}

export function provisionAgencyExport(provision: Provision, registry: AgencyRegistry): ProvisionAgencyExport {
  return { agencies: resolveAgencies(provision, registry) };
}

/** Extra CSV columns of one provision: registry ids joined with ；, in printed order, each id once. */
export function provisionAgencyColumns(provision: Provision, registry: AgencyRegistry): { leadAgencyIds: string; partnerAgencyIds: string } {
  const r = resolveAgencies(provision, registry);
  const ids = (refs: AgencyRef[]) => [...new Set(refs.map((x) => x.id))].join('；');
  return { leadAgencyIds: ids(r.lead), partnerAgencyIds: ids(r.partner) };
}

/** The registry itself for corpus.json (so ids in the provisions can be read). */
export function agencyRegistryExport(registry: AgencyRegistry) {
  return registry.agencies.map((a) => ({ id: a.id, zh: a.zh, en: a.en, kind: a.kind, successor: a.successor, aliases: a.aliases.map((x) => x.name) }));
}
