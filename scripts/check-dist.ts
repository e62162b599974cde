// Integrity checks on the built site (run after `npm run build`): every internal link and anchor
// resolves, the HTML validates, and no page references anything outside the site.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { readPageLinks } from '../src/integrity/siteLinks.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const problems: string[] = [];
const idsByPage = new Map<string, Set<string>>();
const linksByPage = new Map<string, string[]>();

for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const { ids, links, external } = readPageLinks(html);
  idsByPage.set(page, ids);
  linksByPage.set(page, links);
  for (const url of external) problems.push(`${relative(dist, page)}: references an outside URL ${url}`);
  // CSS files may pull in outside fonts or images too.
}
for (const css of files.filter((f) => f.endsWith('.css'))) {
  for (const m of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/gu)) {
    if (/^(?:[a-z]+:|\/\/)/iu.test(m[1]!) && !m[1]!.startsWith('data:')) problems.push(`${relative(dist, css)}: references an outside URL ${m[1]}`);
  }
}

/** The file a site URL is served from, or null when it does not exist. */
function target(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let path = join(dist, decodeURIComponent(pathname.slice(base.length)));
  if (!path.startsWith(dist)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) ? path : null;
}

let checkedLinks = 0;
for (const [page, links] of linksByPage) {
  const pageUrl = new URL(`http://site${base}${relative(dist, page).split(sep).join('/')}`);
  for (const link of links) {
    const url = new URL(link, pageUrl);
    checkedLinks++;
    const file = target(url.pathname);
    if (!file) {
      problems.push(`${relative(dist, page)}: broken link ${link}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsByPage.get(file)?.has(fragment)) {
      problems.push(`${relative(dist, page)}: link ${link} points to a missing anchor #${fragment}`);
    }
  }
}

const validator = new HtmlValidate();
let invalid = 0;
for (const page of pages) {
  const report = await validator.validateString(readFileSync(page, 'utf8'), relative(dist, page));
  for (const result of report.results) {
    for (const msg of result.messages) {
      invalid++;
      problems.push(`${result.filePath}:${msg.line}:${msg.column}: ${msg.message} (${msg.ruleId})`);
    }
  }
}

for (const p of problems) console.error(p);
console.log(`check-dist: ${pages.length} pages, ${checkedLinks} internal links checked, ${invalid} HTML validation message(s), ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;
