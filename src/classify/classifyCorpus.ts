// The classify stage as the build calls it: rule tags for every provision, then overrides.
import type { Provision } from '../schemas/corpus.ts';
import { classifyProvision } from './classifyProvision.ts';
import { applyOverrides, type ThemeOverride, type UnmatchedOverride } from './overrides.ts';
import type { Theme } from './themeSchema.ts';

export interface ClassifiedCorpus {
  provisions: Provision[];
  unmatchedOverrides: UnmatchedOverride[];
}

/** Throws if an override names a theme that is not in the taxonomy (a typo, not a stale entry). */
export function classifyCorpus(provisions: readonly Provision[], themes: readonly Theme[], overrides: readonly ThemeOverride[]): ClassifiedCorpus {
  const order = [...themes].sort((a, b) => a.order - b.order).map((t) => t.slug);
  overrides.forEach((o, i) => {
    const theme = o.add ?? o.remove ?? '';
    if (!order.includes(theme)) throw new Error(`theme override ${i} (0-based, provision "${o.provision}") names unknown theme "${theme}"; known: ${order.join(', ')}`);
  });
  const tagged = provisions.map((p) => ({ ...p, themes: classifyProvision(p, themes) }));
  const { provisions: out, unmatched } = applyOverrides(tagged, overrides, order);
  return { provisions: out, unmatchedOverrides: unmatched };
}
