// `node scripts/bench-similarity.ts`: times the shared-text step (src/reuse) on the real seeds and on a
// synthetic corpus of 2,850 documents (~150,000 provisions) made by recombining and lightly mutating
// the real provisions with a seeded generator, so every run measures the same input.
// Prints one JSON line per corpus. SYNTHETIC_DOCS overrides the synthetic document count.
import { fileURLToPath } from 'node:url';
import { ingestCorpus, loadGazetteer } from '../src/pipeline/ingestCorpus.ts';
import { projectPaths } from '../src/corpus/paths.ts';
import { findSharedText } from '../src/reuse/findSharedText.ts';
import { materialize } from '../src/reuse/computeReuse.ts';
import { prepareCorpus, type ReuseItem } from '../src/reuse/prepareCorpus.ts';

/** mulberry32: a small, fast, seeded PRNG (deterministic across runs and machines). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = (text: string): string[] => text.match(/[^。；！？\n]+[。；！？\n]?/gu) ?? [text];

/** A corpus of `docs` documents, each 40–66 provisions recombined and lightly edited from `real`. */
export function syntheticCorpus(real: readonly ReuseItem[], docs: number, seed = 20240501): ReuseItem[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = [...new Set(real.flatMap((p) => [...p.text]).filter((ch) => /\p{Script=Han}/u.test(ch)))];
  const out: ReuseItem[] = [];
  for (let d = 0; d < docs; d += 1) {
    const docId = `syn-${d}`;
    const count = 40 + Math.floor(rand() * 27);
    for (let k = 1; k <= count; k += 1) {
      let parts = sentences(pick(real).text);
      if (rand() < 0.3) {
        // Recombine: the head of one provision with the tail of another.
        const other = sentences(pick(real).text);
        parts = [...parts.slice(0, Math.max(1, Math.ceil(parts.length / 2))), ...other.slice(Math.floor(other.length / 2))];
      }
      let text = parts.join('');
      const chars = [...text];
      // Light edits: ~3% of Han characters substituted, sometimes a short insertion or deletion.
      for (let i = 0; i < chars.length; i += 1) if (rand() < 0.03 && /\p{Script=Han}/u.test(chars[i]!)) chars[i] = pick(pool);
      text = chars.join('');
      if (rand() < 0.3) {
        const at = Math.floor(rand() * text.length);
        text = `${text.slice(0, at)}${Array.from({ length: 2 + Math.floor(rand() * 5) }, () => pick(pool)).join('')}${text.slice(at)}`;
      }
      if (rand() < 0.2 && text.length > 20) {
        const at = Math.floor(rand() * (text.length - 10));
        text = text.slice(0, at) + text.slice(at + 2 + Math.floor(rand() * 7));
      }
      out.push({ id: `${docId}/${k}`, docId, text });
    }
  }
  return out;
}

function run(label: number, items: readonly ReuseItem[]): void {
  globalThis.gc?.();
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = used();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const corpus = prepareCorpus(items);
  const t1 = performance.now();
  const graph = findSharedText(corpus);
  const t2 = performance.now();
  const heapAfterMatch = used();
  const result = materialize(graph, items);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const round = (x: number) => Math.round(x);
  console.log(JSON.stringify({
    docs: label,
    provisions: items.length,
    candidates: graph.candidates,
    pairs: graph.pairCount,
    withCounterparts: result.byProvision.size,
    clusters: result.clusters.length,
    // Wall time of the whole step, then CPU time (less sensitive to other load on the machine).
    ms: round(t3 - t0),
    cpuMs: round((cpu.user + cpu.system) / 1000),
    prepareMs: round(t1 - t0),
    matchMs: round(t2 - t1),
    ...Object.fromEntries(Object.entries(graph.timings).map(([k, v]) => [k, round(v)])),
    materializeMs: round(t3 - t2),
    // JS heap plus typed-array buffers held after the match phase (prepared corpus + pair graph).
    matchMemMB: round((heapAfterMatch - heapBefore) / 2 ** 20),
    rssMB: round(process.memoryUsage().rss / 2 ** 20),
  }));
}

const paths = projectPaths(fileURLToPath(new URL('..', import.meta.url)));
const { documents } = ingestCorpus(paths.seeds, loadGazetteer(paths.gazetteer), paths.root);
const real = documents.flatMap((d) => d.provisions);
run(documents.length, real);
const synthetic = syntheticCorpus(real, Number(process.env.SYNTHETIC_DOCS ?? 2850));
run(new Set(synthetic.map((p) => p.docId)).size, synthetic);
