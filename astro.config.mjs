// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

// BASE_PATH lets the site be served from a sub-path (e.g. /policy/); every internal link goes through it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yiyang-policy.example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  // pagefind runs after the pages are written: it indexes every provision (src/integrations/pagefind.ts).
  integrations: [mdx(), pagefind()],
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
});
