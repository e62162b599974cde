// One search, paged over documents. Pagefind returns candidate documents (best first); the session
// loads their search data a batch at a time, keeps the clauses that really contain the query, and
// stops as soon as a page of results is full or a step has looked at enough documents, so no
// search ever loads the whole corpus. When the word candidates run out before the page is full, it
// asks for the character candidates (documents holding every character of the query: a superset
// of those containing the phrase, see src/search/segment.ts), so a phrase whose word boundaries
// differ from the index's is still found. Free of DOM and network: the page injects both.
import type { FacetKey } from './facets.ts';
import { matchedVariants, type QueryPlan } from './queryPlan.ts';
import { matchesFilters, sortHits, type Hit, type ScanEntry } from './rankResults.ts';
import type { SortKey } from './searchState.ts';

export interface SessionSources {
  /** Documents (keys of their search data, src/search/docData.ts) the index finds for the query's words, or, without words, for the filters; best first. */
  words(): Promise<string[]>;
  /** Documents holding every character of the query; null when there is no such fallback. */
  characters: (() => Promise<string[]>) | null;
  /** A document's clauses, prepared for scanning. */
  load(key: string): Promise<ScanEntry[]>;
}

export const RESULTS_PER_PAGE = 20;
/** Documents loaded in parallel. */
export const DOCUMENTS_PER_BATCH = 8;
/** At most this many documents per step (first search or one "more"), whatever they yield: a document costs about 10 KB (gzip), and a first search must stay under 300 KB. */
export const DOCUMENTS_PER_STEP = 8;

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
  private queue: string[] | null = null;
  private charactersAsked = false;
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

  /** Whether every candidate document has been looked at: the counts are then complete. */
  get complete(): boolean {
    return this.queue !== null && this.queue.length === 0 && (this.charactersAsked || !this.sources.characters);
  }

  /** Candidates known and not yet looked at (the character fallback not counted until asked). */
  get remaining(): number {
    return this.queue?.length ?? 0;
  }

  private enqueue(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.queue!.push(key);
    }
  }

  /** Looks at more documents until `wanted` verified clauses are known, the step's budget is spent, or nothing is left. */
  async more(wanted: number = this.verified.length + RESULTS_PER_PAGE): Promise<void> {
    if (this.queue === null) {
      this.queue = [];
      this.enqueue(await this.sources.words());
    }
    let looked = 0;
    while (this.verified.length < wanted && looked < DOCUMENTS_PER_STEP) {
      if (this.queue.length === 0) {
        if (this.charactersAsked || !this.sources.characters) break;
        this.charactersAsked = true;
        this.enqueue(await this.sources.characters());
        continue;
      }
      const fromCharacters = this.charactersAsked;
      const batch = this.queue.splice(0, Math.min(DOCUMENTS_PER_BATCH, DOCUMENTS_PER_STEP - looked));
      looked += batch.length;
      this.checked += batch.length;
      const docs = await Promise.all(batch.map((key) => this.sources.load(key)));
      for (const scan of docs) {
        const { verified, partial } = verifyDocument(scan, this.plan, this.filters);
        this.verified.push(...verified);
        // Character candidates are only guaranteed to hold the characters: not worth listing.
        if (partial && !fromCharacters && this.plan.terms.length > 0) this.unverified.push(partial);
      }
    }
    if (this.sort !== 'relevance') {
      const sorted = sortHits(this.verified, this.sort);
      this.verified.splice(0, this.verified.length, ...sorted);
    }
  }
}
