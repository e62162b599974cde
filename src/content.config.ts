import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentsLoader, provisionsLoader } from './loader/corpusLoader.ts';
import { documentSchema, provisionSchema } from './schemas/corpus.ts';
import { themeFrontmatterSchema } from './classify/index.ts';

const documents = defineCollection({ loader: documentsLoader, schema: documentSchema });
const provisions = defineCollection({ loader: provisionsLoader, schema: provisionSchema });

/** Editorial pages written in MDX (about / methodology …). */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string(), titleEn: z.string(), description: z.string() }),
});

/** The theme taxonomy: one MDX file per theme (names, vocabulary, description). */
const themes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/themes' }),
  schema: themeFrontmatterSchema,
});

export const collections = { documents, provisions, pages, themes };
