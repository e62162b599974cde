// Precision and recall of the theme tags on the real corpus, against hand labels
// (tests/labels/themes.yml): the real pipeline, the real taxonomy, the real overrides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCorpus } from '../../src/classify/classifyCorpus.ts';
import { formatScoreTable, parseLabels, scoreLabels, type ThemeScore } from '../../src/classify/evaluate.ts';
import { loadThemes } from '../../src/classify/loadThemes.ts';
import { loadOverrides } from '../../src/classify/overrides.ts';
import { ingestCorpus, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const REQUIRED = ['licensing', 'land', 'tax', 'insurance', 'workforce', 'informatisation'];
const THRESHOLD = 0.9;

const provisions = ingestCorpus(join(root, 'seeds'), loadGazetteer(join(root, 'content/jurisdictions.yml')), root).documents.flatMap((d) => d.provisions);
const themes = loadThemes(join(root, 'content/themes'));
const overrides = loadOverrides(join(root, 'content/theme-overrides.yml'));
const labelsFile = join(root, 'tests/labels/themes.yml');
const labels = parseLabels(readFileSync(labelsFile, 'utf8'), labelsFile);

const rulesOnly = classifyCorpus(provisions, themes, []);
const final = classifyCorpus(provisions, themes, overrides);
const scoresRules = scoreLabels(rulesOnly.provisions, labels);
const scoresFinal = scoreLabels(final.provisions, labels);
console.log(`${formatScoreTable(scoresRules, 'Theme tags vs labels — rules only')}\n\n${formatScoreTable(scoresFinal, 'Theme tags vs labels — rules + overrides')}`);

const byTheme = (scores: ThemeScore[], theme: string) => {
  const s = scores.find((x) => x.theme === theme);
  if (!s) throw new Error(`no labels for theme ${theme}`);
  return s;
};

describe('labelled set', () => {
  it('is large enough, spread over all documents, with positives and negatives for each required theme', () => {
    expect(labels.length).toBeGreaterThanOrEqual(100);
    const docs = new Set(labels.map((l) => l.provision.split('/')[0]));
    expect([...docs].sort()).toEqual([...new Set(provisions.map((p) => p.docId))].sort());
    for (const theme of REQUIRED) {
      const mine = labels.filter((l) => l.theme === theme);
      expect.soft(mine.filter((l) => l.expected).length, `${theme} positives`).toBeGreaterThanOrEqual(5);
      expect.soft(mine.filter((l) => !l.expected).length, `${theme} negatives`).toBeGreaterThanOrEqual(8);
    }
  });

  it('judges each provision–theme pair once, for known themes only', () => {
    const keys = labels.map((l) => `${l.provision} ${l.theme}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const slugs = themes.map((t) => t.slug);
    expect(labels.filter((l) => !slugs.includes(l.theme))).toEqual([]);
  });
});

describe('theme classification quality', () => {
  for (const theme of REQUIRED) {
    it(`${theme}: precision and recall ≥ ${THRESHOLD}, rules alone and with overrides`, () => {
      for (const [stage, scores] of [['rules', scoresRules], ['final', scoresFinal]] as const) {
        const s = byTheme(scores, theme);
        expect.soft(s.precision, `${stage} precision (false positives: ${s.falsePositives.join(', ')})`).toBeGreaterThanOrEqual(THRESHOLD);
        expect.soft(s.recall, `${stage} recall (missed: ${s.falseNegatives.join(', ')})`).toBeGreaterThanOrEqual(THRESHOLD);
      }
    });
  }

  it('every curated override applies to the current corpus', () => {
    expect(final.unmatchedOverrides).toEqual([]);
  });
});
