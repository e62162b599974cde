// Theme names for filter labels: from the `themes` collection when it exists, else the slug itself.
export interface ThemeName {
  name: string;
  nameEn?: string;
}

export function themeLabel(slug: string, names: ReadonlyMap<string, ThemeName>): { label: string; en: string | null } {
  const t = names.get(slug);
  return t ? { label: t.name, en: t.nameEn ?? null } : { label: slug, en: null };
}

/** Reads theme entries whatever their exact shape (id = slug; data.name / data.nameEn when present). */
export function themeNames(entries: readonly { id: string; data: unknown }[]): Map<string, ThemeName> {
  const names = new Map<string, ThemeName>();
  for (const { id, data } of entries) {
    const d = (data ?? {}) as { slug?: unknown; name?: unknown; nameEn?: unknown };
    const slug = typeof d.slug === 'string' ? d.slug : id;
    if (typeof d.name === 'string' && d.name !== '') {
      names.set(slug, { name: d.name, ...(typeof d.nameEn === 'string' ? { nameEn: d.nameEn } : {}) });
    }
  }
  return names;
}
