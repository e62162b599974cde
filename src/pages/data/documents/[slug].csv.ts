// /data/documents/<slug>.csv: one document's provisions with the columns of provisions.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDocuments, allProvisions } from '../../../lib/collections.ts';
import { csvFile, documentCsvRows } from '../../../data/exportCorpus.ts';
import { exportContext } from '../../../data/exportContext.ts';
import { documentExportPaths, type DocumentExportProps } from '../../../data/documentExportPaths.ts';

export const getStaticPaths = (async () => documentExportPaths(await allDocuments(), await allProvisions())) satisfies GetStaticPaths;

export const GET: APIRoute<DocumentExportProps> = async ({ props }) =>
  new Response(csvFile(documentCsvRows(props.doc, props.provisions, await exportContext())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
