// Theme names by slug, in taxonomy order, for badges and filters.
import { getCollection } from 'astro:content';

export interface ThemeName {
  slug: string;
  name: string;
  nameEn: string;
  order: number;
}

export async function themeIndex(): Promise<Map<string, ThemeName>> {
  const entries = (await getCollection('themes')).map((e) => ({ slug: e.data.slug, name: e.data.name, nameEn: e.data.nameEn, order: e.data.order }));
  return new Map(entries.sort((a, b) => a.order - b.order).map((t) => [t.slug, t]));
}
