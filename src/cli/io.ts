/** What the CLI reads and writes: the process's in `bin.ts`, a test's own in tests. */
export interface Io {
  argv: readonly string[];
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Everything on standard input (`--stdin`), read when asked for. */
  stdin?(): Promise<Uint8Array>;
}
