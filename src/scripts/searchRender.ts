// Builds the result list with DOM calls only: clause text goes in through textContent and
// document.createTextNode, never through innerHTML.
import { ui } from '../i18n/ui.ts';
import { href } from '../lib/href.ts';
import { excerptSegments } from '../search/excerpt.ts';
import type { QueryPlan } from '../search/queryPlan.ts';
import type { Hit } from '../search/rankResults.ts';

/** What one step of a search has to show (src/search/session.ts). */
export interface ShownResults {
  /** The verified clauses on screen (the first pages). */
  verified: Hit[];
  /** Verified clauses found so far. */
  found: number;
  /** Whether every candidate document has been looked at, so `found` is the total. */
  exact: boolean;
  /** Whether a "more" button is offered (more found than shown, or documents left to look at). */
  more: boolean;
  /** Documents looked at so far. */
  checked: number;
  unverified: Hit[];
}

type Child = Node | string | null | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c);
  return node;
}

const en = (text: string) => el('span', { class: 'en' }, text);

/** The provision's anchor on its document page, with the words to highlight there. */
export function resultUrl(hit: Hit): string {
  const params = new URLSearchParams();
  for (const m of hit.matched) params.append('hl', m);
  const query = params.size > 0 ? `?${params}` : '';
  const [path] = hit.entry.url.split('#');
  return `${href(path!)}${query}#${hit.entry.anchor}`;
}

function excerpt(hit: Hit): HTMLElement {
  const { text, headingPath } = hit.entry;
  // The heading path has its own line, so the excerpt comes from the clause (and agencies) unless
  // the match is only in the heading.
  const body = headingPath.length > 0 ? text.slice(text.indexOf('\n') + 1) : text;
  let segments = excerptSegments(body, hit.matched);
  if (hit.matched.length > 0 && !segments.some((s) => s.mark)) segments = excerptSegments(text, hit.matched);
  const p = el('p', { class: 'search-result-excerpt' });
  for (const s of segments) p.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return p;
}

function resultItem(hit: Hit): HTMLLIElement {
  const e = hit.entry;
  const docLine = [`《${e.title}》`, e.docNumber, e.date].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: 'search-result', 'data-id': e.id },
    el('h3', { class: 'search-result-title' }, el('a', { href: resultUrl(hit) }, `${e.jurisdiction} · ${e.label}`, el('span', { class: 'visually-hidden' }, `：${e.title}`))),
    el('p', { class: 'search-result-doc' }, docLine),
    e.headingPath.length > 0 && el('p', { class: 'search-result-path' }, e.headingPath.join(' › ')),
    excerpt(hit),
    el(
      'div',
      { class: 'search-result-tools' },
      el('button', { type: 'button', class: 'copy-citation', 'data-citation': e.citation, 'data-copied': ui.search.copied }, ui.search.copy, el('span', { class: 'visually-hidden' }, `：${e.jurisdiction} ${e.label}`)),
    ),
  );
}

function resultList(hits: Hit[]): HTMLOListElement {
  return el('ol', { class: 'search-results' }, ...hits.map(resultItem));
}

/** Other spellings searched because of content/synonyms.yml, for the reader to see. */
function synonymsNote(plan: QueryPlan): HTMLElement | null {
  const extra = plan.terms.flatMap((t) => t.variants.slice(1));
  if (extra.length === 0) return null;
  return el('p', { class: 'search-synonyms' }, ui.search.synonyms, extra.join('、'));
}

export function renderResults(container: HTMLElement, shown: ShownResults, plan: QueryPlan, query: string): string {
  const { verified, unverified, found, exact, more } = shown;
  const browsing = plan.terms.length === 0;
  const parts: Node[] = [];
  const note = synonymsNote(plan);
  if (note) parts.push(note);
  const count = exact ? `${found}` : ui.search.atLeast(found);
  if (verified.length > 0) {
    parts.push(
      el(
        'section',
        { 'aria-labelledby': 'results-verified' },
        el('h2', { id: 'results-verified' }, `${browsing ? ui.search.browse : ui.search.verified}（${count}）`, en(browsing ? ui.search.browseEn : ui.search.verifiedEn)),
        resultList(verified),
        more && el('p', { class: 'search-more' }, el('button', { type: 'button', id: 'search-more' }, ui.search.more)),
      ),
    );
  } else {
    parts.push(
      el(
        'div',
        { class: 'notice search-empty' },
        el('p', {}, ui.search.noResults, el('strong', {}, `“${query}”`)),
        !exact && el('p', {}, ui.search.notAllChecked(shown.checked)),
        !exact && el('p', { class: 'search-more' }, el('button', { type: 'button', id: 'search-more' }, ui.search.checkMore)),
        el('ul', {}, ...ui.search.noResultsTips.map((t) => el('li', {}, t))),
      ),
    );
  }
  if (unverified.length > 0) {
    parts.push(
      el(
        'details',
        { class: 'search-low' },
        el('summary', {}, `${ui.search.low}（${unverified.length}）`, en(ui.search.lowEn)),
        el('p', { class: 'muted' }, ui.search.lowNote),
        resultList(unverified),
      ),
    );
  }
  container.replaceChildren(...parts);
  const status = browsing ? ui.search.foundBrowse(count) : ui.search.found(count);
  const checked = exact ? status : `${status}${ui.search.checkedSoFar(shown.checked)}`;
  return unverified.length > 0 ? `${checked}；${ui.search.foundLow(unverified.length)}` : checked;
}
