// The benchmark's command line (scripts/bench/run.ts): every size by default, and an error rather
// than a silent no-op when options come without a size.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS, parseArgs } from '../../scripts/bench/run.ts';

describe('npm run bench arguments', () => {
  it('runs every size with browser measurements and the report when given nothing', () => {
    expect(parseArgs([])).toMatchObject({ docs: DEFAULT_DOCS, browser: true, report: true, keep: false });
  });

  it('takes sizes from --docs, comma-separated or repeated', () => {
    expect(parseArgs(['--docs', '5,100', '--docs', '1000', '--keep']).docs).toEqual([5, 100, 1000]);
    expect(parseArgs(['--docs', '100', '--keep']).keep).toBe(true);
  });

  it('names what is missing when options come without a size, or with a bad one', () => {
    expect(() => parseArgs(['--keep'])).toThrow(/no --docs N.*npm run bench/u);
    expect(() => parseArgs(['--doc', '100', '--browser'])).toThrow(/bench --doc 100 --browser: no --docs/u);
    expect(() => parseArgs(['--docs', '3'])).toThrow(/--docs 3: expected a whole number of at least 5/u);
    // --report alone rewrites the report from the results already there.
    expect(parseArgs(['--report'])).toMatchObject({ docs: [], report: true });
  });
});
