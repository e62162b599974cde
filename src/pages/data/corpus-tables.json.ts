// /data/corpus-tables.json: corpus.json without the documents (agencies, indicators, citations,
// shared-text pairs and the document order). The build assembles corpus.json from it and the
// per-document files (src/data/assembleExports.ts).
import type { APIRoute } from 'astro';
import { allDocuments } from '../../lib/collections.ts';
import { corpusTables } from '../../data/exportCorpus.ts';
import { exportContext } from '../../data/exportContext.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(corpusTables(await allDocuments(), await exportContext())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
