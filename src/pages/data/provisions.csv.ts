import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { provisionsCsv } from '../../data/exportCorpus.ts';

export const GET: APIRoute = async () =>
  new Response(provisionsCsv(await allDocuments(), await allProvisions()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
