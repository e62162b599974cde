// On a document page opened from a search result (…/?hl=划拨土地#p-43), marks the searched words in
// the target provision. Text nodes are split and wrapped in <mark>; no HTML is ever parsed.
import { fold } from '../search/fold.ts';
import { sourceRanges } from '../search/match.ts';

// Only the clause's own text: not its tools, nor the collapsed counterparts quoted from other documents.
const SKIP = '.provision-tools, .counterparts, .theme-badges, .visually-hidden, button, script, style';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wraps every occurrence of the folded needles in `root`, across text nodes; returns how many marks. */
export function highlight(root: Element, needles: readonly string[]): number {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let joined = '';
  for (const n of nodes) {
    starts.push(joined.length);
    joined += n.data;
  }
  let marks = 0;
  // Last range first, so offsets of earlier ranges in the same node stay valid after splitting.
  for (const [s, e] of sourceRanges(joined, needles).reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const from = Math.max(s, starts[i]!) - starts[i]!;
      const to = Math.min(e, starts[i]! + node.data.length) - starts[i]!;
      if (to <= from) continue;
      node.splitText(to);
      const middle = node.splitText(from);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      middle.replaceWith(mark);
      mark.append(middle);
      marks++;
    }
  }
  return marks;
}

function run(): void {
  const needles = [...new Set(new URLSearchParams(location.search).getAll('hl').map(fold))].filter((n) => n !== '').slice(0, 20);
  if (needles.length === 0 || location.hash.length < 2) return;
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  if (!target?.matches('article.provision') || target.classList.contains('has-search-hits')) return;
  if (highlight(target, needles) > 0) target.classList.add('has-search-hits');
}

run();
// Another result on the same page changes only the fragment: mark that provision too.
window.addEventListener('hashchange', run);
