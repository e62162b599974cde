// Hide and reorder the jurisdiction columns of a theme page (and the rows of its summary),
// keeping the choice in the URL query so the view can be shared. Without this script the page
// shows every column in the default order; the controls stay hidden.
import { ui } from '../i18n/ui.ts';
import { moveColumn, readColumnState, setVisible, writeColumnState, defaultState, type ColumnState } from '../themes/columnState.ts';

function init(controls: HTMLElement): void {
  const list = controls.querySelector<HTMLElement>('[data-control-list]');
  const status = controls.querySelector<HTMLElement>('[data-column-status]');
  if (!list || !status) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-control]')];
  const ids = items.map((li) => li.dataset.control ?? '');
  const itemOf = new Map(items.map((li, i) => [ids[i]!, li]));
  const nameOf = (id: string) => itemOf.get(id)?.querySelector('label')?.textContent?.trim() ?? id;
  const containers = [...document.querySelectorAll<HTMLElement>('[data-col-container]')];
  const allHidden = document.querySelector<HTMLElement>('[data-all-hidden]');

  let state: ColumnState = readColumnState(location.search, ids);

  /** A link to a column (#col-<id>) shows that column even if the URL hides it. */
  const revealTarget = (): HTMLElement | null => {
    const id = location.hash.startsWith('#col-') ? decodeURIComponent(location.hash.slice(5)) : '';
    if (!state.hidden.includes(id)) return null;
    state = setVisible(state, id, true);
    return document.getElementById(`col-${id}`);
  };

  const apply = (announce?: string, focus?: HTMLElement | null) => {
    // Nodes move only when the order changed: re-appending every column on load (the default
    // order) forced a layout of the whole page for nothing.
    const reorder = (parent: HTMLElement, byId: Map<string, HTMLElement>) => {
      const wanted = state.order.filter((id) => byId.has(id));
      if (wanted.join(',') === [...byId.keys()].join(',')) return;
      for (const id of wanted) parent.appendChild(byId.get(id)!);
    };
    for (const container of containers) {
      const byId = new Map<string, HTMLElement>();
      for (const el of container.children) if (el instanceof HTMLElement && el.dataset.col) byId.set(el.dataset.col, el);
      reorder(container, byId);
      for (const [id, el] of byId) {
        const hide = state.hidden.includes(id);
        if (el.hidden !== hide) el.hidden = hide;
      }
    }
    const items = new Map<string, HTMLElement>();
    for (const el of list.children) if (el instanceof HTMLElement && el.dataset.control) items.set(el.dataset.control, el);
    reorder(list, items);
    for (const [id, li] of items) {
      const box = li.querySelector<HTMLInputElement>('input[data-show]');
      if (box) box.checked = !state.hidden.includes(id);
    }
    if (allHidden) allHidden.hidden = state.hidden.length < ids.length;
    const query = writeColumnState(state, ids, location.search);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    if (announce) status.textContent = announce;
    // Moving a node drops its focus: give it back.
    focus?.focus();
  };

  list.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.show) return;
    const id = box.dataset.show;
    state = setVisible(state, id, box.checked);
    apply(box.checked ? ui.themes.announceShown(nameOf(id)) : ui.themes.announceHidden(nameOf(id)), box);
  });

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-move]') : null;
    if (!button?.dataset.target) return;
    const id = button.dataset.target;
    state = moveColumn(state, id, Number(button.dataset.move));
    apply(ui.themes.announceMoved(nameOf(id), state.order.indexOf(id) + 1, ids.length), button);
  });

  controls.querySelector<HTMLButtonElement>('[data-reset]')?.addEventListener('click', (event) => {
    state = defaultState(ids);
    apply(ui.themes.announceReset, event.currentTarget as HTMLButtonElement);
  });

  // The browser could not scroll to a hidden column: scroll once it is shown.
  const showTarget = () => {
    const target = revealTarget();
    apply(target ? ui.themes.announceShown(nameOf(target.dataset.col ?? '')) : undefined);
    target?.scrollIntoView();
  };
  window.addEventListener('hashchange', showTarget);
  showTarget();
  controls.hidden = false;
}

const controls = document.querySelector<HTMLElement>('[data-column-controls]');
if (controls) init(controls);
