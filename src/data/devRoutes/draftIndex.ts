// /data/draft/… under `astro dev` only (src/integrations/dataExports.ts injects it): the draft
// checker's index built in memory from the collections. The build writes the same files after the
// pages (src/data/writeDraftIndex.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDocuments, allProvisions } from '../../lib/collections.ts';
import { draftIndexJson } from '../../reuse/draftIndexFiles.ts';

export const getStaticPaths = (async () => {
  // Provisions grouped once, not filtered per document (quadratic on a large corpus).
  const byDocument = Map.groupBy(await allProvisions(), (p) => p.docId);
  const sources = (await allDocuments()).map((d) => ({ id: d.id, title: d.title, jurisdiction: d.jurisdiction.name, provisions: byDocument.get(d.id) ?? [] }));
  // The route is /data/draft/[...file].json: the extension is in the pattern, so the dev server serves it as a file.
  return draftIndexJson(sources).map(([path, json]) => ({ params: { file: path.replace(/\.json$/u, '') }, props: { json } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { json: string }).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
