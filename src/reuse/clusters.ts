// Clusters of shared clauses: connected groups of provisions linked by strong pairs (union–find).
export interface ClusterPair {
  a: string;
  b: string;
  score: number;
}

export interface ReuseCluster<P extends ClusterPair = ClusterPair> {
  /** 1-based rank, strongest first. */
  rank: number;
  /** Member provision ids in corpus order. */
  members: string[];
  /** Distinct documents of the members, in order of first member. */
  documents: string[];
  /** The pairs inside the cluster, strongest first. */
  pairs: P[];
  maxScore: number;
  meanScore: number;
}

/**
 * Groups `pairs` with score ≥ minScore into connected components. `order` gives each provision's
 * position in the corpus (members are listed in it); `docOf` its document. Strongest first: by mean
 * pair score, then by number of documents, then by first member.
 */
export function clusterPairs<P extends ClusterPair>(
  pairs: readonly P[],
  minScore: number,
  order: ReadonlyMap<string, number>,
  docOf: (id: string) => string,
): ReuseCluster<P>[] {
  const index = new Map(order);
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = index.size + 1_000_000_000;
      index.set(id, i);
    }
    return i;
  };
  const strong = pairs.filter((p) => p.score >= minScore);
  const local = new Map<number, number>();
  const slot = (id: string): number => {
    const i = indexOf(id);
    let s = local.get(i);
    if (s === undefined) {
      s = local.size;
      local.set(i, s);
    }
    return s;
  };
  const ends = strong.map((p) => [slot(p.a), slot(p.b)] as const);
  const parent = Int32Array.from({ length: local.size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of ends) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, P[]>();
  strong.forEach((pair, k) => {
    const root = find(ends[k]![0]);
    const list = groups.get(root);
    if (list) list.push(pair);
    else groups.set(root, [pair]);
  });
  const pos = (id: string) => indexOf(id);
  const clusters = [...groups.values()].map((list) => {
    const members = [...new Set(list.flatMap((p) => [p.a, p.b]))].sort((x, y) => pos(x) - pos(y) || (x < y ? -1 : 1));
    const documents = [...new Set(members.map(docOf))];
    let max = 0;
    let sum = 0;
    for (const p of list) {
      max = Math.max(max, p.score);
      sum += p.score;
    }
    return {
      rank: 0,
      members,
      documents,
      pairs: [...list].sort((x, y) => y.score - x.score || pos(x.a) - pos(y.a) || pos(x.b) - pos(y.b)),
      maxScore: max,
      meanScore: sum / list.length,
    };
  });
  clusters.sort((x, y) => y.meanScore - x.meanScore || y.documents.length - x.documents.length || pos(x.members[0]!) - pos(y.members[0]!));
  clusters.forEach((c, i) => (c.rank = i + 1));
  return clusters;
}
