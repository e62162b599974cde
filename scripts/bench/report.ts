// Writes BENCHMARKS.md and benchmarks.svg from every result in bench-out/results/ and the findings
// in scripts/bench/findings.md. `node scripts/bench/report.ts` rewrites them without rerunning anything.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchChartSvg } from '../../src/bench/benchChart.ts';
import { benchReportMarkdown, type BrowserDetail } from '../../src/bench/benchReport.ts';
import type { BenchDetail } from '../../src/bench/benchResult.ts';
import { buildLogPhases } from '../../src/bench/buildLogPhases.ts';
import { machine } from './machine.ts';
import { BENCH_OUT, PROJECT } from './paths.ts';

export const REPORT_FILE = join(PROJECT, 'BENCHMARKS.md');
export const CHART_FILE = join(PROJECT, 'benchmarks.svg');
const FINDINGS_FILE = join(PROJECT, 'scripts/bench/findings.md');

export function writeReport(): string[] {
  const dir = join(BENCH_OUT, 'results');
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
  const builds = files
    .filter((f) => /^build-\d+\.json$/u.test(f))
    .map((f) => read<BenchDetail>(f))
    // Results written before phases were recorded: read them off the log if it is still there.
    .map((d) => (d.phases || !existsSync(d.buildLog) ? d : { ...d, phases: buildLogPhases(readFileSync(d.buildLog, 'utf8')) }));
  if (builds.length === 0) throw new Error(`no results in ${dir}: run \`npm run bench -- --docs N\` first`);
  const browsers = new Map(
    files.flatMap((f) => {
      const m = /^browser-(\d+)\.json$/u.exec(f);
      return m ? [[Number(m[1]), read<BrowserDetail>(f)] as const] : [];
    }),
  );
  const ok = builds.filter((b) => b.ok).map((b) => b.summary);
  writeFileSync(CHART_FILE, benchChartSvg(ok, builds.filter((b) => !b.ok).map((b) => b.summary.docs)));
  const markdown = benchReportMarkdown({
    machine: machine(),
    builds,
    browsers,
    chartFile: 'benchmarks.svg',
    findings: existsSync(FINDINGS_FILE) ? readFileSync(FINDINGS_FILE, 'utf8') : '',
    generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  });
  writeFileSync(REPORT_FILE, markdown);
  return [REPORT_FILE, CHART_FILE];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(writeReport().join('\n'));
