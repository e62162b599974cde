// /data/provisions.csv under `astro dev` only; the build streams it from the per-document CSV files.
import type { APIRoute } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { provisionsCsv } from '../exportCorpus.ts';
import { exportContext } from '../exportContext.ts';

export const GET: APIRoute = async () =>
  new Response(provisionsCsv(await allDocuments(), await allProvisions(), await exportContext()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
