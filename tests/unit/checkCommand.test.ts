// `npm run check` on good and bad seed folders: report per file, exit code, file:line messages.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirs } from './helpers.ts';

const root = new URL('../..', import.meta.url).pathname;
const checkDir = scratchDirs('check-');

function check(files: Record<string, string | Buffer>): { status: number | null; out: string } {
  const dir = checkDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.ts')], { cwd: root, env: { ...process.env, SEEDS_DIR: dir }, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run check', () => {
  it('reports encoding, structure, provisions, character account, themes and agencies per file, and exits 0', () => {
    const dir = checkDir();
    copyFileSync(join(root, 'tests/fixtures/good/gb18030-crlf.txt'), join(dir, 'xinhe-2024.txt'));
    const run = spawnSync(process.execPath, [join(root, 'scripts/check.ts')], { cwd: root, env: { ...process.env, SEEDS_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/xinhe-2024\.txt → xinhe-2024/u);
    expect(run.stdout).toMatch(/encoding GB18030, line ends CRLF; structure numbered-plan/u);
    expect(run.stdout).toMatch(/provisions 3/u);
    expect(run.stdout).toMatch(/characters: (\d+) in source, \1 accounted for/u);
    expect(run.stdout).toMatch(/themes: .*land 1/u);
    expect(run.stdout).toMatch(/agencies not in content\/agencies\.yml: none/u);
    expect(run.stdout + run.stderr).toMatch(/WARNING .*jurisdiction 新和县 is not in content\/jurisdictions\.yml/u);
  });

  it('exits 1 naming the file and what was expected for empty, binary and undecodable files', () => {
    const { status, out } = check({
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
      'bad.txt': Buffer.concat([Buffer.from('某县医养结合方案\n一、任务\n'), Buffer.from([0xff, 0x81, 0x20])]),
    });
    expect(status).toBe(1);
    expect(out).toMatch(/ERROR .*empty\.txt: the file is empty; expected the text of a policy document/u);
    expect(out).toMatch(/ERROR .*binary\.txt:2: binary content/u);
    expect(out).toMatch(/ERROR .*bad\.txt:3: undecodable bytes/u);
    expect(out).toMatch(/0 document\(s\) ok, 3 error\(s\)/u);
  });

  it('exits 1 when required metadata cannot be inferred', () => {
    const { status, out } = check({ 'nameless-2024.txt': '关于印发工作方案的通知\n\n一、主要任务\n\n（一）加强医养结合服务。\n' });
    expect(status).toBe(1);
    expect(out).toMatch(/ERROR .*nameless-2024\.txt:1: could not infer the jurisdiction; expected a title or issuer that begins with a place name/u);
  });

  it('warns but succeeds on a structure it does not recognise', () => {
    const { status, out } = check({ 'dongshan-2024.txt': '东山县养老服务工作要点\n\n今年要完成养老服务设施建设。\n' });
    expect(status).toBe(0);
    expect(out).toMatch(/WARNING .*dongshan-2024\.txt: structure not recognised; fell back to one provision per paragraph/u);
  });
});
