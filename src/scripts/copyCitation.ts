// "Copy citation" buttons: the plain form is precomputed at build time; the GB/T 7714 form needs
// the page's own URL and today's date, so it is assembled here from the document's data attributes.
import { gbtCitation } from '../lib/citation.ts';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function gbtFor(button: HTMLElement): string {
  const meta = document.getElementById('citation-data');
  const d = meta?.dataset ?? {};
  const article = button.closest('article');
  const url = new URL(`#${article?.id ?? ''}`, location.href).href;
  const doc = {
    title: d.title ?? document.title,
    docNumber: d.docNumber || null,
    issuers: d.issuers ? d.issuers.split('|') : [],
    dates: { issued: d.issued || null, printed: d.printed || null },
  };
  return gbtCitation(doc, { label: button.dataset.label ?? '' }, url, new Date().toISOString().slice(0, 10));
}

const status = document.getElementById('copy-status');
document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('button.copy-citation');
  if (!button) return;
  const text = button.dataset.gbt !== undefined ? gbtFor(button) : (button.dataset.citation ?? '');
  const ok = await copy(text);
  if (status) status.textContent = ok ? `${button.dataset.copied ?? ''}：${text}` : text;
});
