// The shared text of a build, started during the content sync. Finding it takes one core about 20 s
// at 2,850 documents; started by the pages (siteReuse), it ran while they prepared and the build
// still waited about 12 s for it before the first page. The content sync has the whole corpus as
// soon as the seeds are ingested, and then spends its time in Astro validating and writing the
// store, on one core: the worker starts there, on the other (src/loader/corpusLoader.ts), and the
// pages take its result. The loader and the pages are different module graphs of one process, so
// the hand-over lives on globalThis; it only happens in `astro build` (requested by
// src/integrations/sharedTextAhead.ts), and only if the pages ask for exactly the input the worker
// was given (same items, order, texts and parameters): otherwise they compute it themselves.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { projectPaths } from '../corpus/paths.ts';
import { startWorkerTask } from '../lib/workerTask.ts';
import { reuseOrder, type GraphForRecords } from './computeReuse.ts';
import type { ReuseParams } from './params.ts';
import type { ReuseItem } from './prepareCorpus.ts';

interface Started {
  key: string;
  result: Promise<GraphForRecords>;
  worker: Worker;
  startedAt: number;
  readyAt?: number;
  takenAt?: number;
}

interface AheadState {
  requested: boolean;
  started?: Started;
}

const STATE = Symbol.for('yiyang.sharedTextAhead');

function state(): AheadState {
  const holder = globalThis as typeof globalThis & { [STATE]?: AheadState };
  holder[STATE] ??= { requested: false };
  return holder[STATE];
}

/** Asked by the build before the content sync; without it, startSharedTextAhead does nothing (astro sync, dev, tests). */
export function requestSharedTextAhead(requested = true): void {
  state().requested = requested;
}

/** Whether the build asked for an early start that has not happened yet (the input is worth preparing). */
export function sharedTextAheadWanted(): boolean {
  const s = state();
  return s.requested && !s.started;
}

/** The worker module, in the project's src/reuse/ (bundled callers no longer sit next to it). */
export function sharedTextWorkerFile(root: string = projectPaths().root): string {
  return join(root, 'src/reuse/sharedTextWorker.ts');
}

/** Forgets any early computation (tests). */
export function resetSharedTextAhead(): void {
  const s = state();
  s.started?.worker.unref();
  delete s.started;
  s.requested = false;
}

/** The worker's input: the provisions in computeReuse's order, with only what it reads (they carry much more). */
export function sharedTextInput<T extends ReuseItem>(provisions: readonly T[], documents: readonly { id: string }[]): { items: T[]; plain: ReuseItem[] } {
  const items = reuseOrder(provisions, documents);
  return { items, plain: items.map(({ id, docId, text }) => ({ id, docId, text })) };
}

/** Identifies an input exactly: every item's id, document and text, in order, and the parameters. */
export function sharedTextKey(plain: readonly ReuseItem[], params: Partial<ReuseParams>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))));
  // Length-prefixed, so no text can pass for another split of the same characters.
  for (const { id, docId, text } of plain) hash.update(`${id.length}:${id}${docId.length}:${docId}${text.length}:${text}`);
  return hash.digest('hex');
}

/** Starts the worker on this input, once per build, if the build asked for it. */
export function startSharedTextAhead(plain: readonly ReuseItem[], params: Partial<ReuseParams>, workerFile: string | URL): boolean {
  const s = state();
  if (!s.requested || s.started) return false;
  const task = startWorkerTask<GraphForRecords>(workerFile, { items: plain, params }, 'shared text');
  // Until the pages take it, the worker must not keep a process alive that has nothing else to do.
  task.worker.unref();
  const started: Started = { key: sharedTextKey(plain, params), result: task.result, worker: task.worker, startedAt: performance.now() };
  // Handled here so that a failure nobody takes is not an unhandled rejection; a taker still gets it.
  task.result.then(
    () => (started.readyAt = performance.now()),
    () => undefined,
  );
  s.started = started;
  return true;
}

/** The early result for exactly this input (once), or null: the caller then computes it. */
export function takeSharedTextAhead(plain: readonly ReuseItem[], params: Partial<ReuseParams>): Promise<GraphForRecords> | null {
  const started = state().started;
  if (!started || started.takenAt !== undefined || started.key !== sharedTextKey(plain, params)) return null;
  started.takenAt = performance.now();
  started.worker.ref();
  return started.result;
}

export interface SharedTextAheadReport {
  started: boolean;
  taken: boolean;
  /** How long the computation took, when it has finished. */
  computeMs?: number;
  /** How long before the pages asked the result was ready (negative: how long they waited). */
  readyBeforeTakenMs?: number;
}

/** The build's log line when the pages took the early result (the build tests look for its start). */
export const TAKEN_MESSAGE = 'shared text: computed during the content sync';

export function sharedTextAheadMessage(report: SharedTextAheadReport): { level: 'info' | 'warn'; message: string } | null {
  if (!report.started) return null;
  if (!report.taken) return { level: 'warn', message: 'shared text: started during the content sync, but the pages asked for a different input and computed it again (a slower build, not a wrong one)' };
  const seconds = (ms: number) => `${(Math.abs(ms) / 1000).toFixed(1)} s`;
  const when = report.readyBeforeTakenMs === undefined ? '' : report.readyBeforeTakenMs >= 0 ? `, ready ${seconds(report.readyBeforeTakenMs)} before the pages asked` : `; the pages waited ${seconds(report.readyBeforeTakenMs)} for it`;
  return { level: 'info', message: `${TAKEN_MESSAGE} (${report.computeMs === undefined ? '' : `${seconds(report.computeMs)} in a worker thread`}${when})` };
}

export function sharedTextAheadReport(): SharedTextAheadReport {
  const started = state().started;
  if (!started) return { started: false, taken: false };
  const report: SharedTextAheadReport = { started: true, taken: started.takenAt !== undefined };
  if (started.readyAt !== undefined) report.computeMs = started.readyAt - started.startedAt;
  if (started.readyAt !== undefined && started.takenAt !== undefined) report.readyBeforeTakenMs = started.takenAt - started.readyAt;
  return report;
}
