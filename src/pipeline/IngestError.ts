/** An input problem that must stop the build: names the file, the line where there is one, and what was expected. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | null;
  /** The message without the file and line (what a worker thread sends back to rebuild the error). */
  readonly reason: string;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.reason = message;
  }
}
