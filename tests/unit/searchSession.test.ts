// The paged search over documents (src/search/session.ts), segmentation for the index
// (src/search/segment.ts), per-document search data (src/search/docData.ts) and candidate merging,
// on the real seeds with the index replaced by fakes that count what is loaded.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { mergeRanked } from '../../src/search/candidates.ts';
import { packDocument, unpackDocument } from '../../src/search/docData.ts';
import { searchEntries, type SearchEntry } from '../../src/search/entries.ts';
import { canonicalMap } from '../../src/search/facets.ts';
import { planQuery } from '../../src/search/queryPlan.ts';
import { prepareEntries, type ScanEntry } from '../../src/search/rankResults.ts';
import { characterQuery, documentContent, words } from '../../src/search/segment.ts';
import { DOCUMENTS_PER_STEP, RESULTS_PER_PAGE, SearchSession, type CandidateTier } from '../../src/search/session.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';

const root = new URL('../..', import.meta.url).pathname;
const synonyms = loadSynonyms(join(root, 'content/synonyms.yml'));
const groups = synonyms.map((g) => g.terms);
const corpus = buildCorpus(root).documents;
const entries = searchEntries(corpus.map((d) => d.document), corpus.flatMap((d) => d.provisions), canonicalMap(synonyms));
const byDoc = Map.groupBy(entries, (e) => e.docId);
const docIds = [...byDoc.keys()];
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

const load = (loaded: string[]) => (id: string): Promise<ScanEntry[]> => {
  loaded.push(id);
  return Promise.resolve(prepareEntries(byDoc.get(id) ?? []));
};

/** A fake index: `hits` are the documents the word query returns; the character query returns every document. */
function fakeSources(hits: string[], loaded: string[], characters = true): { tiers: CandidateTier[]; load: (id: string) => Promise<ScanEntry[]> } {
  const tiers: CandidateTier[] = [{ find: () => Promise.resolve(hits), listUnverified: true }];
  if (characters) tiers.push({ find: () => Promise.resolve(docIds), listUnverified: false });
  return { tiers, load: load(loaded) };
}

describe('segmentation for the index', () => {
  it('splits folded text into words the way the browser splits queries', () => {
    expect(words('长期护理保险')).toEqual(['长期', '护理', '保险']);
    expect(words('ＡＢ 医疗，健康')).toEqual(['ab', '医疗', '健康']);
  });

  it('lists each word and each character of longer words once', () => {
    const content = documentContent(['长期护理保险，长期护理', '土地']).split(' ');
    expect(new Set(content).size).toBe(content.length);
    expect(content).toEqual(expect.arrayContaining(['长期', '护理', '保险', '土地', '长', '期', '护', '理', '保', '险', '土', '地']));
  });

  it('a character query holds every character of the phrase once, without punctuation', () => {
    expect(characterQuery('段简，段')).toBe('段 简');
  });
});

describe('per-document search data', () => {
  it('packs and unpacks every document to the same entries', () => {
    for (const list of byDoc.values()) expect(unpackDocument(JSON.parse(JSON.stringify(packDocument(list))))).toEqual(list);
    expect(() => packDocument([])).toThrow();
    const [a, b] = [...byDoc.values()];
    expect(() => packDocument([a![0]!, b![0]!] as SearchEntry[])).toThrow(/packed with/u);
  });
});

describe('merging candidate lists', () => {
  it('by relevance keeps each document once at its best score; by date interleaves the lists', () => {
    const a = [{ id: 'x', score: 3 }, { id: 'y', score: 1 }];
    const b = [{ id: 'y', score: 5 }, { id: 'z', score: 2 }];
    expect(mergeRanked([a, b], true).map((r) => r.id)).toEqual(['y', 'x', 'z']);
    expect(mergeRanked([a, b], false).map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(mergeRanked([], true)).toEqual([]);
  });
});

describe('a search session', () => {
  it('finds every clause containing the phrase, loading only the documents it needs', async () => {
    const q = '划拨土地';
    const expected = entries.filter((e) => squash(e.text).includes(q)).map((e) => e.id).sort();
    const withIt = [...new Set(expected.map((id) => id.split('/')[0]!))];
    const loaded: string[] = [];
    const session = new SearchSession(fakeSources(withIt, loaded), planQuery(q, groups), {}, 'relevance');
    await session.more();
    expect(session.verified.map((h) => h.entry.id).sort()).toEqual(expected);
    // Fewer than a page: the character candidates were asked too, and then every document was looked at.
    expect(session.complete).toBe(true);
    expect(new Set(loaded).size).toBe(loaded.length);
  });

  it('stops after a page of results and looks at more documents only when asked', async () => {
    const q = '养老';
    const loaded: string[] = [];
    const session = new SearchSession(fakeSources(docIds, loaded), planQuery(q, groups), {}, 'relevance');
    await session.more();
    expect(session.verified.length).toBeGreaterThanOrEqual(RESULTS_PER_PAGE);
    expect(loaded.length).toBeLessThanOrEqual(DOCUMENTS_PER_STEP);
    // The page is full, so the character candidates have not been asked: more may exist.
    expect(session.complete).toBe(false);
    while (!session.complete) await session.more();
    expect(session.verified.length).toBe(entries.filter((e) => squash(e.text).includes(q)).length);
    expect(loaded.sort()).toEqual([...docIds].sort());
  });

  it('reports progress document by document, in ranking order, whatever order the documents arrive in', async () => {
    const q = '养老';
    const plan = planQuery(q, groups);
    const ranked = [...docIds].reverse();
    const inOrder = new SearchSession(fakeSources(ranked, []), plan, {}, 'relevance');
    await inOrder.more();
    // The best-ranked document arrives last.
    const late = { tiers: [{ find: () => Promise.resolve(ranked), listUnverified: true }], load: (id: string) => new Promise<ScanEntry[]>((ok) => setTimeout(() => ok(prepareEntries(byDoc.get(id) ?? [])), 5 * (ranked.length - ranked.indexOf(id)))) };
    const session = new SearchSession(late, plan, {}, 'relevance');
    const seen: string[][] = [];
    await session.more(undefined, () => seen.push(session.verified.map((h) => h.entry.id)));
    const final = session.verified.map((h) => h.entry.id);
    expect(final).toEqual(inOrder.verified.map((h) => h.entry.id));
    expect(seen.length).toBe(Math.min(ranked.length, DOCUMENTS_PER_STEP));
    // Each report extends the one before: nothing drawn is later moved or taken back.
    for (const ids of seen) expect(final.slice(0, ids.length)).toEqual(ids);
    expect(seen[0]!.every((id) => id.startsWith(`${ranked[0]}/`))).toBe(true);
  });

  it('bounds the documents one step looks at, and lists index hits without the words apart', async () => {
    const loaded: string[] = [];
    const many = Array.from({ length: 40 }, (_, i) => docIds[i % docIds.length]!);
    const sources = fakeSources(many, loaded);
    const session = new SearchSession(sources, planQuery('量子计算', groups), {}, 'relevance');
    await session.more();
    expect(session.checked).toBeLessThanOrEqual(DOCUMENTS_PER_STEP);
    expect(session.verified).toEqual([]);
    // A document the index returns twice is loaded once.
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(session.unverified.length).toBe(loaded.length);
  });

  it('asks a later tier (synonym spellings, then characters) only when the earlier ones did not fill the page', async () => {
    const asked: string[] = [];
    const loaded: string[] = [];
    const tier = (name: string, keys: string[], listUnverified = true): CandidateTier => ({
      find: () => {
        asked.push(name);
        return Promise.resolve(keys);
      },
      listUnverified,
    });
    // Enough typed-spelling documents to fill a page: the synonym tier is never searched.
    const full = new SearchSession({ tiers: [tier('typed', docIds), tier('synonyms', docIds), tier('characters', docIds, false)], load: load(loaded) }, planQuery('养老', groups), {}, 'relevance');
    await full.more();
    expect(full.verified.length).toBeGreaterThanOrEqual(RESULTS_PER_PAGE);
    expect(asked).toEqual(['typed']);
    // No typed-spelling document: the synonym tier, then the character tier, each once.
    asked.length = 0;
    const withSynonym = docIds.filter((id) => byDoc.get(id)!.some((e) => squash(e.text).includes('长期护理保险')));
    const sparse = new SearchSession({ tiers: [tier('typed', []), tier('synonyms', withSynonym), tier('characters', docIds, false)], load: load([]) }, planQuery('长护险', groups), {}, 'relevance');
    while (!sparse.complete) await sparse.more(Infinity);
    expect(asked).toEqual(['typed', 'synonyms', 'characters']);
    expect(sparse.verified.length).toBeGreaterThan(0);
    expect(sparse.verified.some((h) => h.matched.includes('长期护理保险'))).toBe(true);
    expect(sparse.verified.every((h) => h.matched.some((m) => m === '长期护理保险' || m === '长护险'))).toBe(true);
  });

  it('with filters only, lists the clauses that pass them, sorted by date when asked', async () => {
    const loaded: string[] = [];
    const session = new SearchSession(fakeSources(docIds, loaded, false), planQuery('', groups), { kind: 'task-list' }, 'date-asc');
    while (!session.complete) await session.more(Infinity);
    expect(session.verified.length).toBe(entries.filter((e) => e.facets.kind.includes('task-list')).length);
    const dates = session.verified.map((h) => h.entry.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
