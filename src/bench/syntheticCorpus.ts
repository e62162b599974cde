// The synthetic corpus for the benchmark: `count` documents recombined and lightly mutated from the
// real provisions, set in invented jurisdictions, in all four structures the pipeline recognises.
// Pure and deterministic: the same pool, count and seed give the same bytes. Documents are drawn
// one after another from one generator, so a smaller corpus is a prefix of a larger one.
import type { GazetteerEntry } from '../pipeline/inferMetadata.ts';
import type { ClausePool } from './clausePool.ts';
import type { ClauseSpec, DocumentSpec } from './clauseSpec.ts';
import { emitCellTable, PLAN_YEARS } from './emitCellTable.ts';
import { emitForwardingChain } from './emitForwardingChain.ts';
import { emitNumberedPlan } from './emitNumberedPlan.ts';
import { emitTaskTable } from './emitTaskTable.ts';
import { placeFromStem, shuffledStems, type InventedPlace, type PlaceLevel } from './inventedPlaces.ts';
import { mutateClause } from './mutateClause.ts';
import { createRng, type Rng } from './prng.ts';

export const STRUCTURES = ['task-table', 'cell-table', 'numbered-plan', 'forwarding-chain'] as const;
export type SyntheticStructure = (typeof STRUCTURES)[number];

/** Share of each structure after the first four documents (one of each). */
const MIX: readonly [SyntheticStructure, number][] = [
  ['task-table', 0.3],
  ['cell-table', 0.15],
  ['numbered-plan', 0.4],
  ['forwarding-chain', 0.15],
];

/** Clauses per document: uniform in this range, 53 on average. */
export const CLAUSES_PER_DOCUMENT = { min: 40, max: 66 } as const;
export const DEFAULT_SEED = 20240501;

export interface SyntheticSeed {
  /** `<pinyin>-<year>.txt`, unique within the corpus and never one of `reservedSlugs`. */
  fileName: string;
  text: string;
  structure: SyntheticStructure;
  place: InventedPlace;
  /** Clauses printed (the provisions the pipeline should find). */
  clauses: number;
}

export interface SyntheticCorpusOptions {
  seed?: number;
  /** Document ids already taken (the real seeds). */
  reservedSlugs?: Iterable<string>;
  /** Place names already known (the real gazetteer): never invented again. */
  reservedPlaces?: Iterable<string>;
}

function pickStructure(index: number, rng: Rng): SyntheticStructure {
  if (index < STRUCTURES.length) return STRUCTURES[index]!;
  let roll = rng.next();
  for (const [structure, share] of MIX) {
    roll -= share;
    if (roll < 0) return structure;
  }
  return 'numbered-plan';
}

function levelFor(structure: SyntheticStructure, rng: Rng): PlaceLevel {
  // The innermost notice of a chain is a city's; plans and tables come from counties and districts.
  if (structure === 'forwarding-chain') return 'city';
  return rng.chance(0.8) ? 'county' : 'district';
}

function clauseSpec(pool: ClausePool, rng: Rng, place: InventedPlace, year: number): ClauseSpec {
  const agencies = rng.shuffle(pool.agencies).slice(0, 5);
  const lead = agencies.slice(0, rng.int(1, 2));
  const partner = agencies.slice(2, 2 + rng.int(0, 3));
  const deadline = rng.chance(0.5) ? rng.pick(pool.deadlines) : `${year + rng.int(0, 2)}年${rng.int(1, 12)}月底`;
  const targets = rng.chance(0.6) ? Array.from({ length: PLAN_YEARS }, () => rng.pick(pool.targets)) : [rng.pick(pool.targets)];
  return { text: mutateClause(pool, rng, place.short), lead, partner, deadline, targets };
}

export function syntheticCorpus(pool: ClausePool, count: number, options: SyntheticCorpusOptions = {}): { seeds: SyntheticSeed[]; gazetteer: GazetteerEntry[] } {
  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const takenPlaces = new Set(options.reservedPlaces ?? []);
  const takenSlugs = new Set(options.reservedSlugs ?? []);
  const stems = shuffledStems(rng);
  let stemAt = 0;
  const nextPlace = (level: PlaceLevel): InventedPlace => {
    for (;;) {
      const stem = stems[stemAt++ % stems.length]!;
      const place = placeFromStem(stem, level, rng);
      if (stemAt > stems.length * 3) throw new Error('synthetic corpus: ran out of invented place names');
      if (!takenPlaces.has(place.name)) {
        takenPlaces.add(place.name);
        return place;
      }
    }
  };
  const seeds: SyntheticSeed[] = [];
  const gazetteer: GazetteerEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const structure = pickStructure(i, rng);
    const place = nextPlace(levelFor(structure, rng));
    const year = rng.int(2016, 2024);
    const clauseCount = rng.int(CLAUSES_PER_DOCUMENT.min, CLAUSES_PER_DOCUMENT.max);
    const spec: DocumentSpec = {
      place,
      year,
      month: rng.int(1, 12),
      day: rng.int(1, 28),
      serial: rng.int(1, 200),
      clauses: Array.from({ length: clauseCount }, () => clauseSpec(pool, rng, place, year)),
      headings: rng.shuffle(pool.headings).slice(0, 24),
    };
    const lines =
      structure === 'task-table'
        ? emitTaskTable(spec, rng)
        : structure === 'cell-table'
          ? emitCellTable(spec)
          : structure === 'numbered-plan'
            ? emitNumberedPlan(spec, rng)
            : emitForwardingChain(spec, placeFromStem(stems[(stemAt + i) % stems.length]!, 'county', rng), rng);
    let slug = `${place.pinyin}-${year}`;
    for (let k = 2; takenSlugs.has(slug); k += 1) slug = `${place.pinyin}-${year}-${k}`;
    takenSlugs.add(slug);
    seeds.push({ fileName: `${slug}.txt`, text: `${lines.join('\n')}\n`, structure, place, clauses: clauseCount });
    gazetteer.push({ name: place.name, nameEn: place.nameEn, province: place.province, provinceEn: place.provinceEn, level: place.level });
  }
  return { seeds, gazetteer };
}
