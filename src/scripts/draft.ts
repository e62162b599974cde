// The draft checker in the browser: fetches the parts of the draft index (/data/draft/) a draft needs
// (src/reuse/draftCheck.ts), and lists the closest provisions with the shared wording marked.
// Results are DOM nodes with textContent only: neither the draft nor any document text becomes markup.
import { ui } from '../i18n/ui.ts';
import { otherSideSegments, type KindSegment } from '../reuse/counterpartView.ts';
import { DraftChecker, type DraftMatch } from '../reuse/draftCheck.ts';
import { normalizeForReuse } from '../reuse/normalizeText.ts';

const form = document.getElementById('draft-form') as HTMLFormElement | null;
const input = document.getElementById('draft-text') as HTMLTextAreaElement | null;
const status = document.getElementById('draft-status');
const results = document.getElementById('draft-results');
const legend = document.getElementById('draft-legend');

/** The index folder's files, fetched from the site (data-index is the folder's address, with the base). */
function fetchFrom(folder: string) {
  return async (path: string): Promise<unknown> => {
    const url = `${folder}${path}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json() as Promise<unknown>;
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function textWithMarks(segments: KindSegment[]): HTMLParagraphElement {
  const p = el('p', 'reuse-text');
  for (const s of segments) p.append(s.kind === 'shared' ? el('mark', undefined, s.text) : document.createTextNode(s.text));
  return p;
}

function side(label: string, en: string, segments: KindSegment[]): HTMLDivElement {
  const box = el('div', 'reuse-side');
  const head = el('p', 'reuse-side-label', label);
  head.append(el('span', 'en', en));
  box.append(head, textWithMarks(segments));
  return box;
}

function render(matches: DraftMatch[], draft: string, base: string): void {
  results!.replaceChildren();
  matches.forEach((m, rank) => {
    const { provision, document: doc } = m;
    const item = el('li', 'draft-match');
    item.dataset.provision = provision.id;
    const head = el('h2', 'draft-match-head');
    const link = el('a', undefined, `${doc.jurisdiction}《${doc.title}》${provision.label}`);
    // provision.url is a site path from the index (validated to start with /documents/); base is the site's sub-path.
    link.href = `${base.replace(/\/$/u, '')}${provision.url}`;
    head.append(el('span', 'visually-hidden', `${rank + 1}. `), link);
    const score = el('p', 'draft-match-score', `${ui.reuse.similarity} `);
    score.append(el('strong', undefined, `${Math.round(m.score * 100)}%`));
    const compare = el('div', 'reuse-compare');
    compare.append(
      side(ui.reuse.draftSide, ui.reuse.draftSideEn, otherSideSegments(draft, m.draftSpans)),
      side(doc.jurisdiction, provision.id, otherSideSegments(provision.text, m.spans)),
    );
    item.append(head, score, compare);
    results!.append(item);
  });
}

if (form && input && status && results) {
  const checker = new DraftChecker(fetchFrom(form.dataset.index ?? ''));
  const base = form.dataset.base ?? '/';
  const minLength = Number(form.dataset.minLength ?? 12);
  // The small meta file while the official is still pasting; the rest depends on the draft.
  input.addEventListener('focus', () => void checker.ready().catch(() => undefined), { once: true });
  // Only the latest submit draws: an earlier check still fetching must not overwrite it.
  let latest = 0;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const turn = ++latest;
    const draft = input.value;
    if (normalizeForReuse(draft).length < minLength) {
      results.replaceChildren();
      if (legend) legend.hidden = true;
      status.textContent = ui.reuse.draftTooShort;
      return;
    }
    status.textContent = ui.reuse.draftLoading;
    try {
      const matches = await checker.check(draft, { limit: 10 });
      if (turn !== latest) return;
      render(matches, draft, base);
      const n = matches.length;
      if (legend) legend.hidden = n === 0;
      status.textContent = n === 0 ? ui.reuse.draftNoResult : ui.reuse.draftResults(n);
    } catch (err) {
      console.warn(err);
      if (turn !== latest) return;
      status.textContent = ui.reuse.draftFailed;
    }
  });
}
