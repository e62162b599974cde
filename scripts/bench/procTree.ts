// Samples the memory of a process and all its descendants from /proc (Linux): the sum of their
// resident sets at each tick, its peak, and when a named child (the pagefind binary) was alive.
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeSample {
  rssKB: number;
  /** comm (process name, as the kernel truncates it) → resident KB at this tick. */
  byName: Map<string, number>;
}

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces or parentheses itself: cut at the last ')'.
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    return { pid, ppid: Number(fields[1]), comm: text.slice(open + 1, close) };
  } catch {
    return null;
  }
}

function rssKB(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and every process below it, right now. */
export function sampleTree(root: number): TreeSample {
  const children = new Map<number, ProcStat[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    const stat = readStat(Number(name));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(stat);
    children.set(stat.ppid, list);
  }
  const sample: TreeSample = { rssKB: 0, byName: new Map() };
  const rootStat = readStat(root);
  const stack: ProcStat[] = rootStat ? [rootStat] : [];
  while (stack.length > 0) {
    const p = stack.pop()!;
    const kb = rssKB(p.pid);
    sample.rssKB += kb;
    sample.byName.set(p.comm, (sample.byName.get(p.comm) ?? 0) + kb);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return sample;
}

export interface TreeWatch {
  stop(): TreeStats;
}

export interface TreeStats {
  peakRssKB: number;
  samples: number;
  /** For each watched name prefix: first and last time (ms since start) it was seen, and its own peak. */
  named: Record<string, { firstMs: number; lastMs: number; peakRssKB: number } | null>;
}

/** Polls every `intervalMs` until stopped. `watch` lists process-name prefixes to time (e.g. 'pagefind'). */
export function watchTree(root: number, intervalMs: number, watch: readonly string[] = []): TreeWatch {
  const started = performance.now();
  const stats: TreeStats = { peakRssKB: 0, samples: 0, named: Object.fromEntries(watch.map((w) => [w, null])) };
  const tick = (): void => {
    const s = sampleTree(root);
    const at = performance.now() - started;
    stats.samples += 1;
    stats.peakRssKB = Math.max(stats.peakRssKB, s.rssKB);
    for (const prefix of watch) {
      let kb = 0;
      let seen = false;
      for (const [name, v] of s.byName) {
        if (name.startsWith(prefix)) {
          seen = true;
          kb += v;
        }
      }
      if (!seen) continue;
      const entry = (stats.named[prefix] ??= { firstMs: at, lastMs: at, peakRssKB: 0 });
      entry.lastMs = at;
      entry.peakRssKB = Math.max(entry.peakRssKB, kb);
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return stats;
    },
  };
}
