// /reuse/ lists clusters of shared clauses in pages of a fixed size, and each cluster names a fixed
// number of its members: a template clause copied by every county would otherwise make one cluster
// (and one page) as long as the corpus.
import { paginate, type Page } from '../lib/pagination.ts';
import type { ReuseCluster } from './clusters.ts';

export const CLUSTERS_PER_PAGE = 25;
/** Members listed per cluster; the rest are counted. */
export const MEMBERS_SHOWN = 12;

const memo = new WeakMap<readonly ReuseCluster[], Page<ReuseCluster>[]>();

/** Pages of clusters, strongest first (the clusters' own order); memoised per cluster list. */
export function clusterPages<C extends ReuseCluster>(clusters: readonly C[], size = CLUSTERS_PER_PAGE): Page<C>[] {
  if (size !== CLUSTERS_PER_PAGE) return paginate(clusters, size);
  let pages = memo.get(clusters);
  if (!pages) {
    pages = paginate(clusters, size);
    memo.set(clusters, pages);
  }
  return pages as Page<C>[];
}

/** The members a cluster lists and how many more it has. */
export function shownMembers(members: readonly string[], limit = MEMBERS_SHOWN): { shown: string[]; more: number } {
  return { shown: members.slice(0, limit), more: Math.max(0, members.length - limit) };
}
