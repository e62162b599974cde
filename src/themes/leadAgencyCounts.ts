// "Who says what": the lead agencies a set of provisions names most often.

export interface AgencyCount {
  agency: string;
  count: number;
}

/**
 * Lead agencies by how many provisions name them, most first; ties keep the order of first mention.
 * Only agencies named at least `min` times are kept, at most `limit` of them.
 */
export function leadAgencyCounts(provisions: readonly { leadAgencies: readonly string[] }[], limit = 3, min = 1): AgencyCount[] {
  const counts = new Map<string, number>();
  for (const p of provisions) {
    for (const agency of new Set(p.leadAgencies)) counts.set(agency, (counts.get(agency) ?? 0) + 1);
  }
  return [...counts]
    .map(([agency, count]) => ({ agency, count }))
    .filter((a) => a.count >= min)
    .sort((a, b) => b.count - a.count) // stable: ties stay in order of first mention
    .slice(0, limit);
}
