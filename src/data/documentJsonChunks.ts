// A document's JSON download in pieces: the document's own fields, then one provision at a time.
// The text is exactly JSON.stringify of the whole export (a test checks every seed), but no piece
// is one large string: at 2,850 documents each file is about 160 KB, and strings that size are
// allocated where only a full garbage collection frees them; writing 2,850 of them in a row raised
// the build's memory by about 800 MB, its peak (scripts/bench/findings.md).
import type { DocumentExport } from './exportCorpus.ts';

export function* documentJsonChunks(exported: DocumentExport): Generator<string> {
  const { provisions, ...rest } = exported;
  // `provisions` is the export's last key, so the object without it ends where the list goes.
  const head = JSON.stringify({ ...rest, provisions: [] });
  yield head.slice(0, -'[]}'.length);
  yield '[';
  let first = true;
  for (const p of provisions) {
    yield first ? JSON.stringify(p) : `,${JSON.stringify(p)}`;
    first = false;
  }
  yield ']}';
}

/** The pieces as a byte stream, for a Response body. */
export function utf8Stream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
