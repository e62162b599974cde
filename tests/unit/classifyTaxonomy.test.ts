// The curated taxonomy (content/themes/*.mdx) and overrides file as shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemes } from '../../src/classify/loadThemes.ts';
import { loadOverrides } from '../../src/classify/overrides.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = join(root, 'content/themes');
const themes = loadThemes(dir);

describe('content/themes', () => {
  it('has the six required themes and at least six more', () => {
    const slugs = themes.map((t) => t.slug);
    for (const s of ['licensing', 'land', 'tax', 'insurance', 'workforce', 'informatisation']) expect(slugs).toContain(s);
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  it('gives every theme a body of 2–4 sentences, Chinese then English', () => {
    for (const t of themes) {
      const body = readFileSync(join(dir, `${t.slug}.mdx`), 'utf8').replace(/^---[\s\S]*?\n---\n/u, '').trim();
      const zh = body.match(/[^。]+。/gu) ?? [];
      const en = body.match(/[A-Za-z][^。]*?\.(?=\s|$)/gu) ?? [];
      expect.soft(zh.length + en.length, `${t.slug} sentences`).toBeGreaterThanOrEqual(2);
      expect.soft(zh.length + en.length, `${t.slug} sentences`).toBeLessThanOrEqual(4);
      expect.soft(en.length, `${t.slug} English sentence`).toBeGreaterThanOrEqual(1);
      expect.soft(body.search(/[\u4e00-\u9fff]/u), `${t.slug} Chinese first`).toBeLessThan(body.search(/[A-Za-z]/u));
    }
  });

  it('has valid overrides naming known themes', () => {
    const slugs = themes.map((t) => t.slug);
    for (const o of loadOverrides(join(root, 'content/theme-overrides.yml'))) expect(slugs).toContain(o.add ?? o.remove);
  });
});
