// `npm run check`: validates every seed without building the site and prints an ingest report per
// file. Exits 1 on any error (file:line and what was expected); warnings do not fail.
import { ingestSeeds, loadGazetteer } from '../src/pipeline/ingestCorpus.ts';
import { projectPaths } from '../src/corpus/paths.ts';
import { formatReport, formatThemeCounts } from '../src/pipeline/formatReport.ts';
import { join } from 'node:path';
import { classifyIngested } from '../src/corpus/classifyIngested.ts';
import { loadAgencyRegistry, unknownAgencyNames } from '../src/agencies/index.ts';

const paths = projectPaths();
const ingested = ingestSeeds(paths.seeds, loadGazetteer(paths.gazetteer), paths.root);
const { errors } = ingested;
const { documents, unmatchedOverrides } = classifyIngested(ingested.documents, paths.content);
const registry = loadAgencyRegistry(join(paths.content, 'agencies.yml'));
let unknownAgencies = 0;
for (const doc of documents) {
  console.log(formatReport(doc.report));
  console.log(`   themes: ${formatThemeCounts(doc.provisions)}`);
  const unknown = unknownAgencyNames(doc.provisions, registry);
  unknownAgencies += unknown.length;
  console.log(`   agencies not in content/agencies.yml: ${unknown.length === 0 ? 'none' : unknown.map((u) => `${u.printed} (${u.provisions.join(', ')})`).join('; ')}`);
}
for (const o of unmatchedOverrides) console.warn(`WARNING content/theme-overrides.yml: override for ${o.provision} no longer applies: ${o.problem}`);
for (const err of errors) console.error(`ERROR ${err.message}`);
const warnings = documents.reduce((n, d) => n + d.report.warnings.length, 0) + unknownAgencies + unmatchedOverrides.length;
console.log(`${documents.length} document(s) ok, ${errors.length} error(s), ${warnings} warning(s)`);
process.exitCode = errors.length > 0 ? 1 : 0;
