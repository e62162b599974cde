// The classify stage's public API.
export { classifyCorpus, type ClassifiedCorpus } from './classifyCorpus.ts';
export { classifyProvision, type ClassifiableProvision } from './classifyProvision.ts';
export { loadThemes, parseThemeFile } from './loadThemes.ts';
export { matchTerms } from './matchTerms.ts';
export { normalizeForMatch } from './normalize.ts';
export { applyOverrides, loadOverrides, parseOverrides, themeOverrideSchema, type ThemeOverride, type UnmatchedOverride } from './overrides.ts';
export { themeExcludeSchema, themeFrontmatterSchema, type Theme, type ThemeExclude, type ThemeFrontmatter } from './themeSchema.ts';
