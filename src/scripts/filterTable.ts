// Client-side filters for a table and the chart drawn from it. Markup contract:
//   <form data-who-filter="<id of the container>" hidden> with <select name="<key>"> (value "" = all)
//   rows:  [data-filter-row] with data-f-<key>="a b c" (space-separated values; "*" matches any)
//   marks: [data-filter-items="<row id> <row id> …"] — hidden when none of their rows is shown;
//          a [data-filter-count] inside shows how many are ("×3"; nothing for one)
//   [data-filter-status] inside the form announces "显示 n / m 项"
// Without JavaScript the form stays hidden and everything shows.

function matches(row: Element, wanted: [string, string][]): boolean {
  return wanted.every(([key, value]) => {
    if (value === '') return true;
    const have = (row.getAttribute(`data-f-${key}`) ?? '').split(/\s+/u);
    return have.includes('*') || have.includes(value);
  });
}

function apply(form: HTMLFormElement, scope: HTMLElement): void {
  const wanted = [...form.querySelectorAll<HTMLSelectElement>('select[name]')].map((s): [string, string] => [s.name, s.value]);
  const rows = [...scope.querySelectorAll<HTMLElement>('[data-filter-row]')];
  const visible = new Set<string>();
  for (const row of rows) {
    const show = matches(row, wanted);
    row.hidden = !show;
    if (show) visible.add(row.id);
  }
  for (const mark of scope.querySelectorAll<Element>('[data-filter-items]')) {
    const n = (mark.getAttribute('data-filter-items') ?? '').split(/\s+/u).filter((id) => visible.has(id)).length;
    mark.classList.toggle('who-is-filtered', n === 0);
    const count = mark.querySelector('[data-filter-count]');
    if (count) count.textContent = n > 1 ? `×${n}` : '';
  }
  const status = form.querySelector('[data-filter-status]');
  if (status) status.textContent = (status.getAttribute('data-template') ?? '{n} / {total}').replace('{n}', String(visible.size)).replace('{total}', String(rows.length));
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-who-filter]')) {
  const scope = document.getElementById(form.dataset.whoFilter ?? '');
  if (!scope) continue;
  form.hidden = false;
  form.addEventListener('change', () => apply(form, scope));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(form, scope);
  });
  form.addEventListener('reset', () => setTimeout(() => apply(form, scope), 0));
}
