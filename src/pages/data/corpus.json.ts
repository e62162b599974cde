import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { corpusJson } from '../../data/exportCorpus.ts';
import { exportContext } from '../../data/exportContext.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(corpusJson(await allDocuments(), await allProvisions(), await exportContext())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
