// Reads the links, anchors and outside references of built HTML pages, so a check can prove
// that every internal link lands on an existing page and fragment and that nothing leaves the site.

export interface PageLinks {
  ids: Set<string>;
  links: string[];
  /** URLs in src/href/action/srcset/url() that point outside the site. */
  external: string[];
}

const ATTR = /\s(?:href|src|action|poster|data)\s*=\s*("([^"]*)"|'([^']*)')/giu;
const ID = /\sid\s*=\s*("([^"]*)"|'([^']*)')/giu;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/giu;

const decodeEntities = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/gu, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);

/** True for a URL that leaves the site (another origin or protocol-relative); mailto/tel count too. */
export function isExternal(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(url) && !/^(?:data|blob|javascript):/iu.test(url);
}

export function readPageLinks(html: string): PageLinks {
  // Text inside <script> and <style> is not markup; skip it.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, (m) => m.replace(/>[\s\S]*</u, '><'));
  const ids = new Set<string>();
  for (const m of markup.matchAll(ID)) ids.add(decodeEntities(m[2] ?? m[3] ?? ''));
  const links: string[] = [];
  const external: string[] = [];
  for (const m of markup.matchAll(ATTR)) {
    const url = decodeEntities(m[2] ?? m[3] ?? '').trim();
    if (url === '') continue;
    if (isExternal(url)) external.push(url);
    else links.push(url);
  }
  for (const m of markup.matchAll(SRCSET)) {
    for (const part of (m[1] ?? '').split(',')) {
      const url = part.trim().split(/\s+/u)[0] ?? '';
      if (url && isExternal(url)) external.push(url);
    }
  }
  return { ids, links, external };
}
