// /data/reuse-index.json: the compact index the draft checker (/draft/) downloads on demand.
import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { REUSE_PARAMS } from '../../reuse/params.ts';
import { buildReuseIndexFile } from '../../reuse/reuseIndexFile.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildReuseIndexFile(await allDocuments(), await allProvisions(), { ...REUSE_PARAMS })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
