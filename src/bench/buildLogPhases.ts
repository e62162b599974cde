// Phases of an `astro build` read off its log: content sync (timestamps, 1 s resolution), the
// static routes (Astro's own "✓ Completed in …" after "generating static routes"), and the wait for
// the search-index integration (from Astro's "Waiting for integration" line to the build's end).

export interface BuildPhases {
  contentSyncMs: number | null;
  staticRoutesMs: number | null;
  /** From Astro saying it waits for the search integration to the final "page(s) built" line. */
  searchIntegrationMs: number | null;
}

const CLOCK = /^(\d{2}):(\d{2}):(\d{2}) /u;
// Astro and its colour codes: strip ANSI escapes first.
const ANSI = /\x1b\[[0-9;]*m/gu;

const seconds = (line: string): number | null => {
  const m = CLOCK.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};

/** Astro's durations: "13.33s", "850ms", "1m 1s". */
export function astroDuration(text: string): number | null {
  const m = /(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)/u.exec(text);
  if (!m) return null;
  return Math.round((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000 + Number(m[3] ?? 0));
}

export function buildLogPhases(log: string): BuildPhases {
  const lines = log.replace(ANSI, '').split('\n');
  const at = (re: RegExp, from = 0): number => lines.findIndex((l, i) => i >= from && re.test(l));
  const span = (a: number, b: number): number | null => {
    if (a < 0 || b < 0) return null;
    const sa = seconds(lines[a]!);
    const sb = seconds(lines[b]!);
    return sa === null || sb === null ? null : ((sb - sa + 86400) % 86400) * 1000;
  };
  const routes = at(/generating static routes/u);
  const routesDone = routes < 0 ? -1 : at(/✓ Completed in /u, routes);
  const wait = at(/Waiting for integration "yiyang:pagefind"/u);
  return {
    contentSyncMs: span(at(/\[content\] Syncing content/u), at(/\[content\] Synced content/u)),
    staticRoutesMs: routesDone < 0 ? null : astroDuration(lines[routesDone]!.split('Completed in ')[1] ?? ''),
    searchIntegrationMs: span(wait, at(/page\(s\) built in/u, Math.max(0, wait))),
  };
}
