// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import dataExports from './src/integrations/dataExports.ts';
import dataStoreFromDisk from './src/integrations/dataStoreFromDisk.ts';
import releaseContentLayer from './src/integrations/releaseContentLayer.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE_PATH lets the site be served from a sub-path (e.g. /policy/); every internal link goes through it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yiyang-policy.example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  // After the pages are written: dataExports streams corpus.json and provisions.csv together from the
  // per-document files, then pagefind indexes the provisions (it reads those files). Order matters.
  // dataStoreFromDisk keeps the content data store out of the bundle, and releaseContentLayer drops
  // the copy Astro keeps from the content sync (see the files).
  integrations: [mdx(), dataStoreFromDisk(), releaseContentLayer(), dataExports(), pagefind()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
  build: {
    format: 'directory',
    // External files only, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  // Astro's cache (with the content data store) inside the project, not in node_modules/.astro:
  // worktrees and benchmark copies link node_modules, and must not share one another's corpus.
  cacheDir: './.astro/cache/',
});
