// The benchmark's synthetic corpus: deterministic, every file ingests cleanly with the real pipeline
// into the structure and provision count it was written as, in invented places, in all four structures.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clausePool, REAL_PLACE_SHORT_NAMES, type ClausePool } from '../../src/bench/clausePool.ts';
import { shuffledStems } from '../../src/bench/inventedPlaces.ts';
import { mutateClause } from '../../src/bench/mutateClause.ts';
import { createRng } from '../../src/bench/prng.ts';
import { CLAUSES_PER_DOCUMENT, STRUCTURES, syntheticCorpus, type SyntheticSeed } from '../../src/bench/syntheticCorpus.ts';
import { ingestSeeds, listSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';

const gazetteer = loadGazetteer('content/jurisdictions.yml');
const real = ingestSeeds('seeds', gazetteer);
const pool: ClausePool = clausePool(real.documents.flatMap((d) => d.provisions));
const reserved = { reservedSlugs: listSeeds('seeds').map((f) => f.replace(/\.txt$/u, '')), reservedPlaces: gazetteer.map((g) => g.name) };
const digest = (seeds: readonly SyntheticSeed[]) => createHash('sha256').update(seeds.map((s) => `${s.fileName}\n${s.text}`).join('\0')).digest('hex');

describe('synthetic corpus: determinism', () => {
  it('gives the same bytes for the same count and seed, and other bytes for another seed', () => {
    const a = syntheticCorpus(pool, 30, reserved);
    const b = syntheticCorpus(pool, 30, reserved);
    expect(digest(a.seeds)).toBe(digest(b.seeds));
    expect(a.gazetteer).toEqual(b.gazetteer);
    expect(digest(syntheticCorpus(pool, 30, { ...reserved, seed: 7 }).seeds)).not.toBe(digest(a.seeds));
  });

  it('makes a smaller corpus the prefix of a larger one', () => {
    const small = syntheticCorpus(pool, 12, reserved).seeds;
    const large = syntheticCorpus(pool, 30, reserved).seeds;
    expect(digest(large.slice(0, 12))).toBe(digest(small));
  });

  it('draws the same numbers from the PRNG for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(50);
  });
});

describe('synthetic corpus: every file ingests with the real pipeline', () => {
  const count = 60;
  const { seeds, gazetteer: invented } = syntheticCorpus(pool, count, reserved);
  let dir = '';
  let result: ReturnType<typeof ingestSeeds>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-seeds-'));
    for (const s of seeds) writeFileSync(join(dir, s.fileName), s.text);
    result = ingestSeeds(dir, [...gazetteer, ...invented], dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with zero errors and zero warnings', () => {
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.documents).toHaveLength(count);
    expect(result.documents.flatMap((d) => d.report.warnings)).toEqual([]);
  });

  it('in the structure each file was written as, with one provision per clause, in its invented place', () => {
    const bySlug = new Map(seeds.map((s) => [s.fileName.replace(/\.txt$/u, ''), s]));
    for (const d of result.documents) {
      const seed = bySlug.get(d.document.id)!;
      expect(d.document.structure, d.document.id).toBe(seed.structure);
      expect(d.provisions, d.document.id).toHaveLength(seed.clauses);
      expect(d.document.jurisdiction).toMatchObject({ name: seed.place.name, nameEn: seed.place.nameEn, province: seed.place.province, level: seed.place.level });
      // The title is inferred from the text and names the same place the front matter does.
      expect(d.document.title, d.document.id).toContain(seed.place.name);
    }
  });

  it('covers all four structures, cell tables with yearly targets and plans with agency notes', () => {
    const structures = new Set(result.documents.map((d) => d.document.structure));
    expect([...structures].sort()).toEqual([...STRUCTURES].sort());
    const cell = result.documents.filter((d) => d.document.structure === 'cell-table');
    expect(cell.some((d) => d.provisions.some((p) => p.targets.length === 5 && p.targets.every((t) => t.year !== null)))).toBe(true);
    const plans = result.documents.filter((d) => d.document.structure === 'numbered-plan');
    expect(plans.some((d) => d.provisions.some((p) => p.agencyNote?.startsWith('（责任单位：') && p.leadAgencies.length > 0))).toBe(true);
    const chains = result.documents.filter((d) => d.document.structure === 'forwarding-chain');
    expect(chains.every((d) => d.document.forwardingChain.length === 2 && d.document.docNumber !== null)).toBe(true);
  });

  it('uses invented places only, with unique valid file names that are not the real seeds', () => {
    const names = seeds.map((s) => s.place.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(reserved.reservedPlaces).not.toContain(name);
    const slugs = seeds.map((s) => s.fileName.replace(/\.txt$/u, ''));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/u);
      expect(reserved.reservedSlugs).not.toContain(slug);
    }
  });
});

describe('synthetic corpus: size', () => {
  it('averages about 53 provisions per document', () => {
    const seeds = syntheticCorpus(pool, 400, reserved).seeds;
    const mean = seeds.reduce((n, s) => n + s.clauses, 0) / seeds.length;
    expect(mean).toBeGreaterThan(50);
    expect(mean).toBeLessThan(56);
    for (const s of seeds) {
      expect(s.clauses).toBeGreaterThanOrEqual(CLAUSES_PER_DOCUMENT.min);
      expect(s.clauses).toBeLessThanOrEqual(CLAUSES_PER_DOCUMENT.max);
    }
  });

  it('has enough distinct place stems for 2,845 documents, none holding a place suffix', () => {
    const stems = shuffledStems(createRng(1));
    expect(new Set(stems.map((s) => s.short)).size).toBe(stems.length);
    expect(stems.length).toBeGreaterThan(2845);
    // A suffix inside the stem would make the pipeline read a shorter place name off the title.
    for (const s of stems) expect(s.short).not.toMatch(/[县区市州省旗盟]/u);
  });
});

describe('mutateClause', () => {
  it('returns one line that ends a sentence, with the invented place instead of the real ones', () => {
    const rng = createRng(3);
    for (let i = 0; i < 300; i += 1) {
      const text = mutateClause(pool, rng, '安宁');
      expect(text).not.toMatch(/[\t\r\n]/u);
      expect(text).toMatch(/[。；！？]$/u);
      for (const realPlace of REAL_PLACE_SHORT_NAMES) expect(text).not.toContain(realPlace);
    }
  });

  it('changes real clauses only lightly: most output shares a long run with some real clause', () => {
    const rng = createRng(11);
    const outputs = Array.from({ length: 100 }, () => mutateClause(pool, rng, '安宁'));
    const shared = outputs.filter((t) => {
      const run = t.slice(0, 8);
      return pool.texts.some((r) => r.includes(run));
    }).length;
    expect(shared).toBeGreaterThan(30);
    expect(outputs.filter((t) => pool.texts.includes(t)).length).toBeLessThan(50);
  });
});
