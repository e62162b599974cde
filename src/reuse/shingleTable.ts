// Interns character shingles as dense integer ids. A 3-gram of UTF-16 units is packed exactly into
// one double (3 × 16 bits = 48 bits < 2^53), so there are no hash collisions in scoring; ids then
// index plain typed arrays (document frequency, weight) instead of a Map of strings.
// Open addressing with key and id side by side in one Float64Array: one cache line per probe.

const EMPTY = -1;

function mix(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}

/** Packs `size` UTF-16 units of `s` from `at` into one exact number (size ≤ 3). */
export function packShingle(s: string, at: number, size: number): number {
  let key = 0;
  for (let u = 0; u < size; u += 1) key = key * 65536 + s.charCodeAt(at + u);
  return key;
}

export class ShingleTable {
  /** slots[2s] = key (or EMPTY), slots[2s + 1] = id. */
  private slots: Float64Array;
  private mask: number;
  /** Number of distinct shingles interned so far; ids run from 0 to size − 1. */
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Float64Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The id of `key`, interning it if new. */
  intern(key: number): number {
    const slots = this.slots;
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = slots[2 * slot]!;
      if (k === key) return slots[2 * slot + 1]!;
      if (k === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = id;
    this.size += 1;
    if (this.size * 2 > this.mask + 1) this.grow();
    return id;
  }

  /** The id of `key`, or −1 when it was never interned. */
  lookup(key: number): number {
    const slots = this.slots;
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = slots[2 * slot]!;
      if (k === key) return slots[2 * slot + 1]!;
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Float64Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      const key = old[s]!;
      if (key === EMPTY) continue;
      let slot = mix(key) & this.mask;
      while (this.slots[2 * slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = old[s + 1]!;
    }
  }
}
