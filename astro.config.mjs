// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// BASE_PATH lets the site be served from a sub-path (e.g. /policy/); every internal link goes through it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yiyang-policy.example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx()],
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
