// Light edits that turn a real clause into a plausible new one: recombine the head of one clause
// with the tail of another, substitute a few Han characters, sometimes insert or delete a short run,
// and put the invented place where the original named its own. The result is one line that ends a
// sentence, so every structure can print it as is.
import type { ClausePool } from './clausePool.ts';
import type { Rng } from './prng.ts';

const sentences = (text: string): string[] => text.match(/[^。；！？]+[。；！？]?/gu) ?? [text];
const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。；！？]$/u;

export function mutateClause(pool: ClausePool, rng: Rng, placeShort: string): string {
  let parts = sentences(rng.pick(pool.texts));
  if (rng.chance(0.3)) {
    const other = sentences(rng.pick(pool.texts));
    parts = [...parts.slice(0, Math.max(1, Math.ceil(parts.length / 2))), ...other.slice(Math.floor(other.length / 2))];
  }
  const chars = [...parts.join('')];
  for (let i = 0; i < chars.length; i += 1) if (HAN.test(chars[i]!) && rng.chance(0.03)) chars[i] = rng.pick(pool.han);
  let text = chars.join('');
  if (rng.chance(0.3)) {
    const at = rng.int(0, text.length);
    const run = Array.from({ length: rng.int(2, 6) }, () => rng.pick(pool.han)).join('');
    text = text.slice(0, at) + run + text.slice(at);
  }
  if (rng.chance(0.2) && text.length > 20) {
    const at = rng.int(0, text.length - 10);
    text = text.slice(0, at) + text.slice(at + rng.int(2, 8));
  }
  for (const real of pool.realPlaces) text = text.replaceAll(real, placeShort);
  text = text.replace(/[\t\r\n]+/gu, '').trim();
  return SENTENCE_END.test(text) ? text : `${text.replace(/[，、：,:;]+$/u, '')}。`;
}
