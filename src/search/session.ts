// One search, paged over documents. Pagefind returns candidate documents (best first); the session
// loads their search data a batch at a time, keeps the clauses that really contain the query, and
// stops as soon as a page of results is full or a step has looked at enough documents, so no
// search ever loads the whole corpus. Candidates come in tiers, each asked only when the ones
// before it are used up: the query as typed, then its synonym spellings, then the character
// candidates (documents holding every character of the query: a superset of those containing the
// phrase, see src/search/segment.ts), so a phrase whose word boundaries differ from the index's is
// still found. A later tier costs an index search only when the earlier ones did not fill the
// page: at 2,850 documents one Pagefind search takes about 60 ms (scripts/bench/findings.md).
// Free of DOM and network: the page injects both.
import type { FacetKey } from './facets.ts';
import { matchedVariants, type QueryPlan } from './queryPlan.ts';
import { matchesFilters, sortHits, type Hit, type ScanEntry } from './rankResults.ts';
import type { SortKey } from './searchState.ts';

/** One tier of candidate documents. */
export interface CandidateTier {
  /** Keys of the documents' search data (src/search/docData.ts), best first. */
  find(): Promise<string[]>;
  /**
   * Whether a document of this tier with no verified clause is listed apart as low relevance:
   * not for character candidates, which are only guaranteed to hold the characters.
   */
  listUnverified: boolean;
}

export interface SessionSources {
  /** Asked in order, each when the documents of the ones before it have all been looked at. */
  tiers: readonly CandidateTier[];
  /** A document's clauses, prepared for scanning. */
  load(key: string): Promise<ScanEntry[]>;
}

export const RESULTS_PER_PAGE = 20;
/** Documents loaded in parallel. */
export const DOCUMENTS_PER_BATCH = 8;
/** At most this many documents per step (first search or one "more"), whatever they yield: a document costs about 10 KB (gzip), and a first search must stay under 300 KB. */
export const DOCUMENTS_PER_STEP = 8;
/** The documents a search looks at first: the first batch of its first tier's candidates. */
export const FIRST_BATCH = Math.min(DOCUMENTS_PER_BATCH, DOCUMENTS_PER_STEP);

/** The clause of a document that has the most query terms, for a "low relevance" entry. */
function closest(scan: readonly ScanEntry[], plan: QueryPlan): ScanEntry | undefined {
  let best: ScanEntry | undefined;
  let bestCount = 0;
  for (const s of scan) {
    const count = plan.terms.filter((t) => t.variants.some((v) => s.folded.includes(v))).length;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best ?? scan[0];
}

/**
 * Verified clauses of one document, in document order; with an empty plan (filters only) every
 * clause that passes the filters. `partial`: for a document the index returned that has no
 * verified clause, the clause closest to the query (shown apart as low relevance).
 */
export function verifyDocument(scan: readonly ScanEntry[], plan: QueryPlan, filters: Partial<Record<FacetKey, string>>): { verified: Hit[]; partial: Hit | null } {
  const passing = scan.filter((s) => matchesFilters(s.entry, filters));
  const verified: Hit[] = [];
  for (const s of passing) {
    const matched = matchedVariants(s.folded, plan);
    if (matched) verified.push({ entry: s.entry, matched, fromIndex: true });
  }
  const near = verified.length === 0 ? closest(passing, plan) : undefined;
  return { verified, partial: near ? { entry: near.entry, matched: [], fromIndex: true } : null };
}

export class SearchSession {
  readonly verified: Hit[] = [];
  readonly unverified: Hit[] = [];
  /** Documents looked at so far. */
  checked = 0;
  /** Candidates not yet looked at, each with whether its tier lists unverified documents. */
  private readonly queue: { key: string; listUnverified: boolean }[] = [];
  /** Tiers asked so far. */
  private asked = 0;
  private readonly seen = new Set<string>();

  private readonly sources: SessionSources;
  private readonly plan: QueryPlan;
  private readonly filters: Partial<Record<FacetKey, string>>;
  private readonly sort: SortKey;

  constructor(sources: SessionSources, plan: QueryPlan, filters: Partial<Record<FacetKey, string>>, sort: SortKey) {
    this.sources = sources;
    this.plan = plan;
    this.filters = filters;
    this.sort = sort;
  }

  /** Whether every candidate document of every tier has been looked at: the counts are then complete. */
  get complete(): boolean {
    return this.asked === this.sources.tiers.length && this.queue.length === 0;
  }

  /** Candidates known and not yet looked at (tiers not yet asked are not counted). */
  get remaining(): number {
    return this.queue.length;
  }

  /** Asks the next tier; false when none is left. */
  private async askNextTier(): Promise<boolean> {
    const tier = this.sources.tiers[this.asked];
    if (!tier) return false;
    this.asked += 1;
    for (const key of await tier.find()) {
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.queue.push({ key, listUnverified: tier.listUnverified });
    }
    return true;
  }

  /**
   * Looks at more documents until `wanted` verified clauses are known, the step's budget is spent, or
   * nothing is left. A batch's documents load together and are checked in ranking order, each as soon
   * as it and those before it are in; `progress` is called after each, so the page can draw the
   * first results while the rest are on their way (on a slow connection, most of the wait).
   */
  async more(wanted: number = this.verified.length + RESULTS_PER_PAGE, progress?: () => void): Promise<void> {
    let looked = 0;
    while (this.verified.length < wanted && looked < DOCUMENTS_PER_STEP) {
      if (this.queue.length === 0) {
        if (!(await this.askNextTier())) break;
        continue;
      }
      const batch = this.queue.splice(0, Math.min(DOCUMENTS_PER_BATCH, DOCUMENTS_PER_STEP - looked));
      looked += batch.length;
      this.checked += batch.length;
      const loads = batch.map((c) => this.sources.load(c.key));
      // Each is awaited in turn below, which reports a failure; until then it must not count as unhandled.
      for (const load of loads) load.catch(() => undefined);
      for (const [i, load] of loads.entries()) {
        const { verified, partial } = verifyDocument(await load, this.plan, this.filters);
        this.verified.push(...verified);
        if (partial && batch[i]!.listUnverified && this.plan.terms.length > 0) this.unverified.push(partial);
        this.sortVerified();
        progress?.();
      }
    }
  }

  private sortVerified(): void {
    if (this.sort === 'relevance') return;
    const sorted = sortHits(this.verified, this.sort);
    this.verified.splice(0, this.verified.length, ...sorted);
  }
}
