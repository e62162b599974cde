// Finds vocabulary terms in normalised text. Longer terms win over terms they contain
// (医疗保险 over 保险), and occurrences inside an active exclude phrase do not count.
import { normalizeForMatch } from './normalize.ts';
import type { ThemeExclude } from './themeSchema.ts';

interface Span {
  term: string;
  start: number;
  end: number;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const inside = (a: Span, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/** Spans of exclude phrases whose `unless` words are all absent from the context. */
function maskedSpans(text: string, excludes: readonly ThemeExclude[], context: string): { start: number; end: number }[] {
  return excludes
    .filter((e) => !e.unless.some((u) => context.includes(normalizeForMatch(u))))
    .flatMap((e) => {
      const phrase = normalizeForMatch(e.term);
      return occurrences(text, phrase).map((start) => ({ start, end: start + phrase.length }));
    });
}

/**
 * The terms (as written in the vocabulary) that occur in `text`, in order of first occurrence.
 * `text` and `context` must already be normalised; `context` is what `unless` words are looked up in.
 */
export function matchTerms(text: string, terms: readonly string[], excludes: readonly ThemeExclude[] = [], context: string = text): string[] {
  const masks = maskedSpans(text, excludes, context);
  const candidates: Span[] = terms.flatMap((term) => {
    const needle = normalizeForMatch(term);
    return occurrences(text, needle).map((start) => ({ term, start, end: start + needle.length }));
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Span[] = [];
  for (const c of candidates) {
    if (masks.some((m) => inside(c, m))) continue;
    if (accepted.some((a) => inside(c, a))) continue;
    accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start || terms.indexOf(a.term) - terms.indexOf(b.term));
  return [...new Set(accepted.map((a) => a.term))];
}
