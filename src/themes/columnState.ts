// Which jurisdiction columns a theme page shows, and in what order, kept in the URL query
// (?order=a,b,c&hide=b) so a view can be shared. Unknown ids are dropped and missing ones
// appended in the default order, so an old link still shows every column the site has.

export interface ColumnState {
  /** Every column id, in display order. */
  order: string[];
  /** Ids of hidden columns. */
  hidden: string[];
}

export const ORDER_PARAM = 'order';
export const HIDE_PARAM = 'hide';

const listParam = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function defaultState(ids: readonly string[]): ColumnState {
  return { order: [...ids], hidden: [] };
}

/** The state a query string asks for, made consistent with the columns the page has. */
export function readColumnState(search: string, ids: readonly string[]): ColumnState {
  const params = new URLSearchParams(search);
  const known = new Set(ids);
  const asked = [...new Set(listParam(params, ORDER_PARAM).filter((id) => known.has(id)))];
  const order = [...asked, ...ids.filter((id) => !asked.includes(id))];
  const hidden = [...new Set(listParam(params, HIDE_PARAM).filter((id) => known.has(id)))];
  return { order, hidden: order.filter((id) => hidden.includes(id)) };
}

/** The query string for a state, other parameters kept; the default state adds nothing. */
export function writeColumnState(state: ColumnState, ids: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(ORDER_PARAM);
  params.delete(HIDE_PARAM);
  const parts = params.toString() ? [params.toString()] : [];
  // Ids are [a-z0-9-], so the lists need no escaping; commas stay readable.
  if (state.order.join(',') !== ids.join(',')) parts.push(`${ORDER_PARAM}=${state.order.join(',')}`);
  if (state.hidden.length > 0) parts.push(`${HIDE_PARAM}=${state.hidden.join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Moves a column by `delta` places (clamped to the ends). */
export function moveColumn(state: ColumnState, id: string, delta: number): ColumnState {
  const from = state.order.indexOf(id);
  if (from === -1) return state;
  const to = Math.min(state.order.length - 1, Math.max(0, from + delta));
  const order = [...state.order];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return { order, hidden: state.hidden };
}

export function setVisible(state: ColumnState, id: string, visible: boolean): ColumnState {
  const rest = state.hidden.filter((h) => h !== id);
  const hidden = visible || !state.order.includes(id) ? rest : [...rest, id];
  return { order: state.order, hidden: state.order.filter((o) => hidden.includes(o)) };
}
