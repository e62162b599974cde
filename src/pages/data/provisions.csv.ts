import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { provisionsCsv } from '../../data/exportCorpus.ts';
import { exportContext } from '../../data/exportContext.ts';

export const GET: APIRoute = async () =>
  new Response(provisionsCsv(await allDocuments(), await allProvisions(), await exportContext()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
