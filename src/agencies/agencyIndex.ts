// Per agency: every provision it leads or supports, across jurisdictions, for the agency pages.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';
import type { Agency } from './registrySchema.ts';
import type { AgencyRegistry } from './registry.ts';
import { resolveAgencies, type AgencyRole } from './resolveAgencies.ts';

export interface AgencyAssignment {
  provision: Provision;
  /** Lead when the agency is named among the lead agencies, even if it is also named as a partner. */
  role: AgencyRole;
  /** The agency's names as printed in this provision. */
  printed: string[];
}

export interface AgencyDocumentGroup {
  document: PolicyDocument;
  assignments: AgencyAssignment[];
}

export interface AgencyRecord {
  agency: Agency;
  leadCount: number;
  partnerCount: number;
  /** Documents in the caller's order, each with its provisions in order. */
  documents: AgencyDocumentGroup[];
  /** Every printed form of the agency's name in the corpus, in first-seen order. */
  printedNames: string[];
}

/** Index of agencies named in the corpus, in registry order; agencies never named are left out. */
export function agencyIndex(documents: readonly PolicyDocument[], provisions: readonly Provision[], registry: AgencyRegistry): AgencyRecord[] {
  const byAgency = new Map<string, Map<string, AgencyAssignment[]>>();
  const printedNames = new Map<string, string[]>();
  for (const p of provisions) {
    const resolved = resolveAgencies(p, registry);
    const mine = new Map<string, AgencyAssignment>();
    for (const role of ['lead', 'partner'] as const) {
      for (const ref of resolved[role]) {
        const names = printedNames.get(ref.id) ?? [];
        if (!names.includes(ref.printed)) names.push(ref.printed);
        printedNames.set(ref.id, names);
        const a = mine.get(ref.id);
        if (!a) mine.set(ref.id, { provision: p, role, printed: [ref.printed] });
        else if (!a.printed.includes(ref.printed)) a.printed.push(ref.printed);
      }
    }
    for (const [id, assignment] of mine) {
      const docs = byAgency.get(id) ?? new Map<string, AgencyAssignment[]>();
      const list = docs.get(p.docId) ?? [];
      list.push(assignment);
      docs.set(p.docId, list);
      byAgency.set(id, docs);
    }
  }
  const records: AgencyRecord[] = [];
  for (const agency of registry.agencies) {
    const docs = byAgency.get(agency.id);
    if (!docs) continue;
    const groups = documents
      .filter((d) => docs.has(d.id))
      .map((d) => ({ document: d, assignments: [...docs.get(d.id)!].sort((a, b) => a.provision.order - b.provision.order) }));
    const all = groups.flatMap((g) => g.assignments);
    records.push({
      agency,
      leadCount: all.filter((a) => a.role === 'lead').length,
      partnerCount: all.filter((a) => a.role === 'partner').length,
      documents: groups,
      printedNames: printedNames.get(agency.id) ?? [],
    });
  }
  return records;
}
