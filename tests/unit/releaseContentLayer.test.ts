import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import releaseContentLayer, { contentLayerSingleton, RELEASED_MESSAGE, type ContentLayerSingleton } from '../../src/integrations/releaseContentLayer.ts';

function fakeLogger() {
  const lines: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => lines.push({ level, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

async function runBuildStart(locate: () => Promise<ContentLayerSingleton | null>) {
  const { logger, lines } = fakeLogger();
  const hook = releaseContentLayer(locate).hooks['astro:build:start'];
  await hook?.({ logger } as Parameters<NonNullable<typeof hook>>[0]);
  return lines;
}

describe('releaseContentLayer', () => {
  it("finds Astro's content layer singleton in the installed Astro (a move would only warn in the build)", async () => {
    const singleton = await contentLayerSingleton();
    expect(singleton).not.toBeNull();
    expect(typeof singleton?.dispose).toBe('function');
  });

  it('disposes of a synced content layer when the build starts', async () => {
    let instance: object | null = { store: 'synced' };
    const dispose = vi.fn(() => (instance = null));
    const lines = await runBuildStart(async () => ({ get: () => instance, dispose }));
    expect(dispose).toHaveBeenCalledOnce();
    expect(instance).toBeNull();
    expect(lines).toEqual([{ level: 'info', message: RELEASED_MESSAGE }]);
  });

  it('warns, and disposes of nothing, when there is no singleton or nothing was synced', async () => {
    expect(await runBuildStart(async () => null)).toEqual([expect.objectContaining({ level: 'warn' })]);
    const dispose = vi.fn();
    expect(await runBuildStart(async () => ({ get: () => null, dispose }))).toEqual([expect.objectContaining({ level: 'warn' })]);
    expect(dispose).not.toHaveBeenCalled();
  });
});
