// One theme across jurisdictions: for each jurisdiction (a column), its documents with the
// provisions that carry the theme, each document's coverage status, and the column's totals.
import type { PolicyDocument, Provision, ThemeTag } from '../schemas/corpus.ts';
import { combinedStatus, documentCaveat, documentCoverage, type CoverageException, type CoverageStatus, type DocumentCoverage } from './coverage.ts';
import type { JurisdictionGroup } from './jurisdictionGroups.ts';
import { leadAgencyCounts, type AgencyCount } from './leadAgencyCounts.ts';

export interface TaggedProvision {
  provision: Provision;
  tag: ThemeTag;
}

export interface DocumentCell extends DocumentCoverage {
  document: PolicyDocument;
  provisions: TaggedProvision[];
  /** A whole-document caveat from the coverage list, shown with the provisions it does have. */
  caveat: { reason: string; reasonEn: string | null } | null;
}

export interface JurisdictionColumn {
  group: JurisdictionGroup;
  documents: DocumentCell[];
  count: number;
  status: CoverageStatus;
  /** Lead agencies most named on the theme in this jurisdiction. */
  leadAgencies: AgencyCount[];
}

/** Provisions tagged with the theme, by document id, in the order given. */
export function taggedByDocument(theme: string, provisions: readonly Provision[]): Map<string, TaggedProvision[]> {
  const out = new Map<string, TaggedProvision[]>();
  for (const provision of provisions) {
    const tag = provision.themes.find((t) => t.theme === theme);
    if (!tag) continue;
    const list = out.get(provision.docId) ?? [];
    list.push({ provision, tag });
    out.set(provision.docId, list);
  }
  return out;
}

export function themeColumns(
  theme: string,
  groups: readonly JurisdictionGroup[],
  provisions: readonly Provision[],
  exceptions: readonly CoverageException[],
): JurisdictionColumn[] {
  const byDoc = taggedByDocument(theme, provisions);
  return groups.map((group) => {
    const documents = group.documents.map((document) => {
      const own = byDoc.get(document.id) ?? [];
      const coverage = documentCoverage(document.id, theme, own.length, exceptions);
      return { document, provisions: own, ...coverage, caveat: coverage.status === 'found' ? documentCaveat(document.id, exceptions) : null };
    });
    const all = documents.flatMap((d) => d.provisions.map((t) => t.provision));
    return {
      group,
      documents,
      count: all.length,
      status: combinedStatus(documents.map((d) => d.status)),
      leadAgencies: leadAgencyCounts(all),
    };
  });
}
