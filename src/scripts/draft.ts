// The draft checker in the browser: fetches /data/reuse-index.json on first use, rebuilds the shingle
// index with the build's own code, and lists the closest provisions with the shared wording marked.
// Results are DOM nodes with textContent only: neither the draft nor any document text becomes markup.
import { ui } from '../i18n/ui.ts';
import { otherSideSegments, type KindSegment } from '../reuse/counterpartView.ts';
import { buildDraftIndex, searchDraft, type DraftIndex } from '../reuse/draftSearch.ts';
import { normalizeForReuse } from '../reuse/normalizeText.ts';
import { parseReuseIndexFile, type ReuseIndexFile } from '../reuse/reuseIndexFile.ts';

interface Loaded {
  file: ReuseIndexFile;
  index: DraftIndex;
}

const form = document.getElementById('draft-form') as HTMLFormElement | null;
const input = document.getElementById('draft-text') as HTMLTextAreaElement | null;
const status = document.getElementById('draft-status');
const results = document.getElementById('draft-results');
const legend = document.getElementById('draft-legend');

let loading: Promise<Loaded> | null = null;

function load(url: string): Promise<Loaded> {
  loading ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then((json) => {
      const file = parseReuseIndexFile(json);
      const items = file.provisions.map(([d, id, , , text]) => ({ id, docId: file.documents[d]!.id, text }));
      return { file, index: buildDraftIndex(items, file.params) };
    });
  loading.catch(() => (loading = null));
  return loading;
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

function render(loaded: Loaded, draft: string, base: string): number {
  const { file, index } = loaded;
  const matches = searchDraft(index, draft, { limit: 10 });
  results!.replaceChildren();
  matches.forEach((m, rank) => {
    const [d, id, label, url, text] = file.provisions[m.index]!;
    const doc = file.documents[d]!;
    const item = el('li', 'draft-match');
    item.dataset.provision = id;
    const head = el('h2', 'draft-match-head');
    const link = el('a', undefined, `${doc.jurisdiction}《${doc.title}》${label}`);
    // url is a site path from the index (validated to start with /); base is the site's sub-path.
    link.href = `${base.replace(/\/$/u, '')}${url}`;
    head.append(el('span', 'visually-hidden', `${rank + 1}. `), link);
    const score = el('p', 'draft-match-score', `${ui.reuse.similarity} `);
    score.append(el('strong', undefined, `${Math.round(m.score * 100)}%`));
    const compare = el('div', 'reuse-compare');
    compare.append(
      side(ui.reuse.draftSide, ui.reuse.draftSideEn, otherSideSegments(draft, m.draftSpans)),
      side(doc.jurisdiction, id, otherSideSegments(text, m.spans)),
    );
    item.append(head, score, compare);
    results!.append(item);
  });
  return matches.length;
}

if (form && input && status && results) {
  const indexUrl = form.dataset.index ?? '';
  const base = form.dataset.base ?? '/';
  const minLength = Number(form.dataset.minLength ?? 12);
  // Warm the index while the official is still pasting.
  input.addEventListener('focus', () => void load(indexUrl).catch(() => undefined), { once: true });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const draft = input.value;
    if (normalizeForReuse(draft).length < minLength) {
      results.replaceChildren();
      if (legend) legend.hidden = true;
      status.textContent = ui.reuse.draftTooShort;
      return;
    }
    status.textContent = ui.reuse.draftLoading;
    try {
      const loaded = await load(indexUrl);
      const n = render(loaded, draft, base);
      if (legend) legend.hidden = n === 0;
      status.textContent = n === 0 ? ui.reuse.draftNoResult : ui.reuse.draftResults(n);
    } catch (err) {
      console.warn(err);
      status.textContent = ui.reuse.draftFailed;
    }
  });
}
