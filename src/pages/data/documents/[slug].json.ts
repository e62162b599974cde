// /data/documents/<slug>.json: one document and its provisions, exactly as corpus.json holds it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDocuments, allProvisions } from '../../../lib/collections.ts';
import { documentExport } from '../../../data/exportCorpus.ts';
import { exportContext } from '../../../data/exportContext.ts';
import { documentExportPaths, type DocumentExportProps } from '../../../data/documentExportPaths.ts';
import { documentJsonChunks, utf8Stream } from '../../../data/documentJsonChunks.ts';

export const getStaticPaths = (async () => documentExportPaths(await allDocuments(), await allProvisions())) satisfies GetStaticPaths;

// Streamed in pieces (see documentJsonChunks): the same bytes as one JSON.stringify.
export const GET: APIRoute<DocumentExportProps> = async ({ props }) =>
  new Response(utf8Stream(documentJsonChunks(documentExport(props.doc, props.provisions, await exportContext()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
