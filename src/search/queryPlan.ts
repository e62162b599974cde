// What a query asks for: its terms (split on spaces, all required) and, for each term, the spellings
// that count as a match once synonyms are applied (长护险 → 长期护理保险, 县卫计局 → 县卫生健康局 …).
import { fold } from './fold.ts';

export interface PlannedTerm {
  /** The term as typed. */
  typed: string;
  /** Folded spellings that satisfy the term; the typed one first. */
  variants: string[];
}

export interface QueryPlan {
  terms: PlannedTerm[];
  /** Query strings to send to Pagefind: the typed query first, then one per synonym substitution. */
  queries: string[];
}

export const MAX_QUERY_LENGTH = 200;
const MAX_VARIANTS = 16;
const MAX_QUERIES = 8;

interface Occurrence {
  at: number;
  length: number;
  alternatives: string[];
}

/** Non-overlapping occurrences of group terms in a folded term, longest first where they overlap. */
function groupOccurrences(term: string, groups: readonly string[][]): Occurrence[] {
  const candidates: Occurrence[] = [];
  for (const group of groups) {
    for (const member of group) {
      for (let i = term.indexOf(member); i !== -1; i = term.indexOf(member, i + 1)) {
        candidates.push({ at: i, length: member.length, alternatives: group.filter((g) => g !== member) });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.at - b.at);
  const taken: Occurrence[] = [];
  for (const c of candidates) {
    if (taken.every((t) => c.at + c.length <= t.at || t.at + t.length <= c.at)) taken.push(c);
  }
  return taken.sort((a, b) => a.at - b.at);
}

/** Every spelling of a folded term with each synonym occurrence replaced by its alternatives. */
export function termVariants(term: string, groups: readonly string[][]): string[] {
  let variants = [term];
  // Work right to left so earlier offsets stay valid after a replacement.
  for (const occ of groupOccurrences(term, groups).reverse()) {
    const next: string[] = [];
    for (const v of variants) {
      next.push(v);
      for (const alt of occ.alternatives) next.push(v.slice(0, occ.at) + alt + v.slice(occ.at + occ.length));
    }
    variants = [...new Set(next)].slice(0, MAX_VARIANTS);
  }
  return variants;
}

/** Splits a query into terms; the query is clipped to MAX_QUERY_LENGTH characters. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.slice(0, MAX_QUERY_LENGTH).split(/\s+/u).filter((t) => fold(t) !== ''))];
}

export function planQuery(query: string, synonymGroups: readonly (readonly string[])[]): QueryPlan {
  const groups = synonymGroups.map((g) => g.map(fold));
  const typed = queryTerms(query);
  const terms = typed.map((t) => ({ typed: t, variants: termVariants(fold(t), groups) }));
  const queries = [typed.join(' ')];
  for (let i = 0; i < terms.length; i++) {
    for (const v of terms[i]!.variants.slice(1)) {
      queries.push([...typed.slice(0, i), v, ...typed.slice(i + 1)].join(' '));
    }
  }
  return { terms, queries: [...new Set(queries)].filter((q) => q !== '').slice(0, MAX_QUERIES) };
}

/**
 * The spellings found in a folded text, one list per term, or null when some term is missing:
 * a result counts as containing the query only if every term (or a synonym of it) is in it.
 */
export function matchedVariants(foldedText: string, plan: QueryPlan): string[] | null {
  const found: string[] = [];
  for (const term of plan.terms) {
    const hits = term.variants.filter((v) => foldedText.includes(v));
    if (hits.length === 0) return null;
    found.push(...hits);
  }
  return found;
}
