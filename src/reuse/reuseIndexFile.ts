// The compact index the draft checker downloads (/data/reuse-index.json): provision texts with just
// enough to cite and link them. Shingles, weights and postings are rebuilt in the browser from the
// texts with the same code the build uses, which is smaller to ship than the shingle sets themselves.
import type { ReuseParams } from './params.ts';

export const REUSE_INDEX_FORMAT = 'yiyang-reuse-index/1';

export interface ReuseIndexDocument {
  id: string;
  title: string;
  jurisdiction: string;
}

/** [document index, provision id, label, site path (without the base), text] */
export type ReuseIndexProvision = [doc: number, id: string, label: string, url: string, text: string];

export interface ReuseIndexFile {
  format: typeof REUSE_INDEX_FORMAT;
  params: ReuseParams;
  documents: ReuseIndexDocument[];
  provisions: ReuseIndexProvision[];
}

export function buildReuseIndexFile(
  documents: readonly { id: string; title: string; jurisdiction: { name: string } }[],
  provisions: readonly { id: string; docId: string; label: string; url: string; text: string }[],
  params: ReuseParams,
): ReuseIndexFile {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  return {
    format: REUSE_INDEX_FORMAT,
    params,
    documents: documents.map((d) => ({ id: d.id, title: d.title, jurisdiction: d.jurisdiction.name })),
    provisions: provisions.flatMap((p): ReuseIndexProvision[] => {
      const d = docIndex.get(p.docId);
      return d === undefined ? [] : [[d, p.id, p.label, p.url, p.text]];
    }),
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';
/** Same shape as Provision.url: a path inside the site, never another host or scheme. */
const SITE_PATH = /^\/documents\/[a-z0-9-]+\/(\d+\/)?#p-[a-z0-9-]+$/u;

/** Validates a downloaded index; throws with what was expected, so a stale or broken file is reported, not half-used. */
export function parseReuseIndexFile(data: unknown): ReuseIndexFile {
  const fail = (what: string): never => {
    throw new Error(`reuse index: ${what}`);
  };
  if (typeof data !== 'object' || data === null) return fail('expected a JSON object');
  const o = data as Record<string, unknown>;
  if (o.format !== REUSE_INDEX_FORMAT) fail(`expected format "${REUSE_INDEX_FORMAT}", got ${JSON.stringify(o.format)}`);
  if (typeof o.params !== 'object' || o.params === null) fail('expected params');
  for (const [k, v] of Object.entries(o.params as object)) if (typeof v !== 'number' || !Number.isFinite(v)) fail(`param ${k} is not a number`);
  if (!Array.isArray(o.documents)) fail('expected documents[]');
  if (!Array.isArray(o.provisions)) fail('expected provisions[]');
  const documents = o.documents as unknown[];
  documents.forEach((d, i) => {
    const r = d as Record<string, unknown> | null;
    if (!r || !isString(r.id) || !isString(r.title) || !isString(r.jurisdiction)) fail(`documents[${i}] needs id, title, jurisdiction`);
  });
  (o.provisions as unknown[]).forEach((p, i) => {
    const ok = Array.isArray(p) && p.length === 5 && Number.isInteger(p[0]) && p[0] >= 0 && p[0] < documents.length && p.slice(1).every(isString) && SITE_PATH.test(String(p[3]));
    if (!ok) fail(`provisions[${i}] must be [document index, id, label, site path, text]`);
  });
  return data as ReuseIndexFile;
}
