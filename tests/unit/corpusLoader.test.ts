// The content loaders validate every entry against its collection's schema and store the corpus's
// own objects (not zod's copies): that is only the same data if parsing changes nothing, which
// this checks on every document and provision of the real seeds.
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { buildCorpus } from '../../src/corpus/buildCorpus.ts';
import { documentSchema, provisionSchema } from '../../src/schemas/corpus.ts';
import { documentsLoader, provisionsLoader } from '../../src/loader/corpusLoader.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('corpus loaders', () => {
  it('the schemas give back exactly the corpus objects (no default, transform or stripped key)', () => {
    const corpus = buildCorpus(root).documents;
    expect(corpus.length).toBe(5);
    for (const { document, provisions } of corpus) {
      expect(documentSchema.parse(document)).toStrictEqual(document);
      for (const p of provisions) expect(provisionSchema.parse(p)).toStrictEqual(p);
    }
  });

  it('stores every entry after validating it, and fails on an entry the schema rejects', async () => {
    const stored = new Map<string, unknown>();
    const validated: string[] = [];
    const context = (schema: { parse(x: unknown): unknown }, collection: string) =>
      ({
        collection,
        store: { keys: () => [...stored.keys()], delete: (id: string) => stored.delete(id), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
        generateDigest: () => 'digest',
        parseData: async ({ id, data }: { id: string; data: unknown }) => {
          validated.push(id);
          return schema.parse(data);
        },
        logger: { warn: () => undefined, info: () => undefined, error: () => undefined },
      }) as unknown as LoaderContext;
    await provisionsLoader.load(context(provisionSchema, 'provisions'));
    const provisions = buildCorpus(root).documents.flatMap((d) => d.provisions);
    expect(stored.size).toBe(provisions.length);
    expect(validated).toEqual(provisions.map((p) => p.id));
    for (const p of provisions) expect(stored.get(p.id)).toStrictEqual(p);
    stored.clear();
    const rejecting = { parse: () => { throw new Error('rejected by the schema'); } };
    await expect(documentsLoader.load(context(rejecting, 'documents'))).rejects.toThrow(/rejected by the schema/u);
  });
});
