// /data/corpus.json under `astro dev` only (src/integrations/dataExports.ts injects it). The build
// streams the file together from the per-document files instead, which a corpus of thousands of
// documents needs: as one string it would pass V8's maximum string length.
import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { corpusJson } from '../exportCorpus.ts';
import { exportContext } from '../exportContext.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(corpusJson(await allDocuments(), await allProvisions(), await exportContext())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
