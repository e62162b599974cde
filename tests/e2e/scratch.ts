// Temporary folders for a test file's own seeds and builds, removed when the file's tests are done
// (site.ts removes them as it closes; files without a site call removeScratchDirs themselves).
// Not the unit tests' scratchDirs (tests/unit/helpers.ts): that registers its clean-up where it is
// called, and these folders are made inside beforeAll, where no hook can be registered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
