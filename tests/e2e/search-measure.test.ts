// Measures, on the real seeds, how Pagefind alone behaves on Chinese queries and what the site's
// verified search makes of it, and prints the numbers:
//  (a) absent or nonsense queries: how many documents Pagefind returns vs. how many clauses the page shows as matches;
//  (b) phrases copied from every provision (6/8/10-character windows at the start, middle and end of the
//      clause text, many crossing word boundaries): how often Pagefind's word query finds the clause's
//      document, how often the character fallback does, and how often the page finds the clause.
// Pagefind runs in the browser exactly as the search page loads it; the paging over documents is the
// page's own code (SearchSession), fed with the per-document search data from dist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_WORDS_PATH, indexQuery, type CommonWordsFile } from '../../src/search/commonWords.ts';
import { DOC_LIST_PATH, docDataPath, unpackDocument, type DocList, type DocSearchData } from '../../src/search/docData.ts';
import { fold } from '../../src/search/fold.ts';
import { planQuery } from '../../src/search/queryPlan.ts';
import { prepareEntries } from '../../src/search/rankResults.ts';
import { characterQuery, words } from '../../src/search/segment.ts';
import { SearchSession } from '../../src/search/session.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';
import { launchBrowser } from './browser.ts';
import { serveDist, type RunningServer } from './staticServer.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const readDoc = (key: string) => JSON.parse(readFileSync(join(DIST, docDataPath(key)), 'utf8')) as DocSearchData;
const loadDoc = (key: string) => prepareEntries(unpackDocument(readDoc(key)));
const docFiles = (JSON.parse(readFileSync(join(DIST, DOC_LIST_PATH), 'utf8')) as DocList).files;
/** Pagefind page id (the name of a document's search data) → document id. */
const docOfKey = new Map(docFiles.map((key) => [key, readDoc(key).docId]));
const groups = loadSynonyms('content/synonyms.yml').map((g) => g.terms);
const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as { documents: { id: string; provisions: { id: string; text: string }[] }[] };
const clauses = corpus.documents.flatMap((d) => d.provisions);
const scan = docFiles.flatMap(loadDoc);
const commonWordsPath = join(DIST, COMMON_WORDS_PATH);
const commonWords = new Set(existsSync(commonWordsPath) ? (JSON.parse(readFileSync(commonWordsPath, 'utf8')) as CommonWordsFile).words : []);

const ABSENT = ['量子计算', '火星基地', '段简', '区块链', '航空母舰', '股票期货', '足球联赛', '核电站', '冰淇淋', '高速铁路'];
const WINDOW_LENGTHS = [6, 8, 10];

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist(DIST, BASE);
  browser = await launchBrowser();
  const context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${server.url}search/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Pagefind's raw answer per query: page ids (the names of the documents' search data) in its order, for the query's words and for its
 * characters (the page's fallback). The browser code is a string so the test runner does not
 * rewrite its dynamic import().
 */
async function pagefindDocs(queries: string[]): Promise<{ words: string[]; chars: string[] }[]> {
  // The page drops the words the index left out (none below 50 documents); a query of common words
  // only is asked as null (every document).
  // A query without tokens has no candidates: sent as ''.
  const ask = (tokens: string[]) => indexQuery(tokens, commonWords) ?? '';
  const asked = queries.map((q) => ({ words: ask(words(q)), chars: ask(characterQuery(fold(q)).split(' ').filter((c) => c !== '')) }));
  const script = `(async () => {
    const pf = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    await pf.init();
    const ids = async (q) => (q === '' ? [] : ((await pf.search(q))?.results ?? []).map((r) => r.id));
    const out = [];
    for (const a of ${JSON.stringify(asked)}) out.push({ words: await ids(a.words), chars: await ids(a.chars) });
    return out;
  })()`;
  return (await page.evaluate(script)) as { words: string[]; chars: string[] }[];
}

/** What the page shows for `q`, every step taken, given Pagefind's raw answer. */
async function verifiedIds(q: string, raw: { words: string[]; chars: string[] }): Promise<string[]> {
  const session = new SearchSession({ tiers: [{ find: async () => raw.words, listUnverified: true }, { find: async () => raw.chars, listUnverified: false }], load: async (key) => loadDoc(key) }, planQuery(q, groups), {}, 'relevance');
  while (!session.complete) await session.more(Infinity);
  return session.verified.map((h) => h.entry.id);
}
const docOf = (id: string) => id.split('/')[0]!;

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe('search quality on the seeds', () => {
  it('(a) absent queries: Pagefind returns unrelated documents; the page shows no clause as a match', async () => {
    const raw = await pagefindDocs(ABSENT);
    const rows = [];
    for (const [i, q] of ABSENT.entries()) {
      const contains = scan.filter((s) => s.folded.includes(fold(q))).length;
      rows.push({ query: q, pagefind: raw[i]!.words.length, characterCandidates: raw[i]!.chars.length, containing: contains, shownAsMatch: (await verifiedIds(q, raw[i]!)).length });
    }
    console.log('\n(a) absent / nonsense queries');
    console.table(rows);
    const unrelated = rows.reduce((n, r) => n + r.pagefind, 0);
    console.log(`Pagefind returned ${unrelated} results over ${ABSENT.length} absent queries (${rows.filter((r) => r.pagefind > 0).length} queries with ≥1 result); the page showed ${rows.reduce((n, r) => n + r.shownAsMatch, 0)} as matches.`);
    for (const r of rows) expect(r.shownAsMatch).toBe(r.containing);
  });

  it('(b) phrases copied from every provision find their clause', async () => {
    const windows: { id: string; q: string; length: number; where: string }[] = [];
    for (const c of clauses) {
      const text = c.text.replace(/\s+/gu, '');
      for (const length of WINDOW_LENGTHS) {
        if (text.length < length) continue;
        const starts = { start: 0, middle: Math.floor((text.length - length) / 2), end: text.length - length };
        for (const [where, at] of Object.entries(starts)) windows.push({ id: c.id, q: text.slice(at, at + length), length, where });
      }
    }
    const raw = await pagefindDocs(windows.map((w) => w.q));
    const shown = await Promise.all(windows.map((w, i) => verifiedIds(w.q, raw[i]!)));
    const rows = WINDOW_LENGTHS.map((length) => {
      const ws = windows.map((w, i) => ({ ...w, raw: raw[i]!, shown: shown[i]! })).filter((w) => w.length === length);
      const byWords = ws.filter((w) => w.raw.words.some((k) => docOfKey.get(k) === docOf(w.id))).length;
      const byChars = ws.filter((w) => w.raw.chars.some((k) => docOfKey.get(k) === docOf(w.id))).length;
      const page = ws.filter((w) => w.shown.includes(w.id)).length;
      return { length, windows: ws.length, pagefindWordsFoundDocument: pct(byWords, ws.length), characterFallbackFoundDocument: pct(byChars, ws.length), pageFound: pct(page, ws.length) };
    });
    console.log(`\n(b) ${windows.length} phrase windows from ${clauses.length} provisions`);
    console.table(rows);
    const missed = windows.filter((w, i) => !raw[i]!.words.some((k) => docOfKey.get(k) === docOf(w.id)));
    console.log('examples Pagefind\'s word query missed:', missed.slice(0, 8).map((w) => `${w.q} (${w.id})`).join(' · '));
    for (const [i, w] of windows.entries()) expect(shown[i], `${w.q} from ${w.id}`).toContain(w.id);
  });
});
