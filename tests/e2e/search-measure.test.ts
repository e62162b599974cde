// Measures, on the real seeds, how Pagefind alone behaves on Chinese queries and what the site's
// verified search makes of it, and prints the numbers:
//  (a) absent or nonsense queries: how many results Pagefind returns vs. how many the page shows as matches;
//  (b) phrases copied from every provision (6/8/10-character windows at the start, middle and end of the
//      clause text, many crossing word boundaries): how often Pagefind finds the clause, and how often the page does.
// Pagefind runs in the browser exactly as the search page loads it; the merge is the page's own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchData } from '../../src/search/entries.ts';
import { fold } from '../../src/search/fold.ts';
import { planQuery } from '../../src/search/queryPlan.ts';
import { prepareEntries, rankResults } from '../../src/search/rankResults.ts';
import { loadSynonyms } from '../../src/search/synonymFile.ts';
import { launchBrowser } from './browser.ts';
import { serveDist, type RunningServer } from './staticServer.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const data = JSON.parse(readFileSync(join(DIST, 'search/provisions.json'), 'utf8')) as SearchData;
const scan = prepareEntries(data.entries);
const groups = loadSynonyms('content/synonyms.yml').map((g) => g.terms);
const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as { documents: { provisions: { id: string; text: string }[] }[] };
const clauses = corpus.documents.flatMap((d) => d.provisions);

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
 * Pagefind's raw answer per query: provision ids in its order. The browser code is a string so the
 * test runner does not rewrite its dynamic import().
 */
async function pagefindIds(queries: string[]): Promise<string[][]> {
  const script = `(async () => {
    const pf = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    await pf.init();
    const out = [];
    for (const q of ${JSON.stringify(queries)}) {
      const { results } = await pf.search(q);
      out.push(await Promise.all(results.map(async (r) => (await r.data()).meta.id)));
    }
    return out;
  })()`;
  return (await page.evaluate(script)) as string[][];
}

const verifiedIds = (q: string, indexIds: string[]) =>
  rankResults({ scan, plan: planQuery(q, groups), indexIds, filters: {}, sort: 'relevance' }).verified.map((h) => h.entry.id);

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe('search quality on the seeds', () => {
  it('(a) absent queries: Pagefind returns unrelated clauses; the page shows none as matches', async () => {
    const raw = await pagefindIds(ABSENT);
    const rows = ABSENT.map((q, i) => {
      const contains = scan.filter((s) => s.folded.includes(fold(q))).length;
      return { query: q, pagefind: raw[i]!.length, containing: contains, shownAsMatch: verifiedIds(q, raw[i]!).length, shownAsLowRelevance: raw[i]!.filter((id) => !verifiedIds(q, raw[i]!).includes(id)).length };
    });
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
    const raw = await pagefindIds(windows.map((w) => w.q));
    const rows = WINDOW_LENGTHS.map((length) => {
      const ws = windows.map((w, i) => ({ ...w, raw: raw[i]! })).filter((w) => w.length === length);
      const anywhere = ws.filter((w) => w.raw.includes(w.id)).length;
      const top10 = ws.filter((w) => w.raw.slice(0, 10).includes(w.id)).length;
      const page = ws.filter((w) => verifiedIds(w.q, w.raw).includes(w.id)).length;
      const noise = ws.reduce((n, w) => n + w.raw.filter((id) => !verifiedIds(w.q, w.raw).includes(id)).length, 0);
      return { length, windows: ws.length, pagefindFound: pct(anywhere, ws.length), pagefindTop10: pct(top10, ws.length), pageFound: pct(page, ws.length), pagefindMissed: ws.length - anywhere, unverifiedHitsSetAside: noise };
    });
    console.log(`\n(b) ${windows.length} phrase windows from ${clauses.length} provisions`);
    console.table(rows);
    const missed = windows.filter((w, i) => !raw[i]!.includes(w.id));
    console.log('examples Pagefind missed:', missed.slice(0, 8).map((w) => `${w.q} (${w.id})`).join(' · '));
    for (const [i, w] of windows.entries()) expect(verifiedIds(w.q, raw[i]!), `${w.q} from ${w.id}`).toContain(w.id);
  });
});
