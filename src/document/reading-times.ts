/**
 * The readings of a document that several rules share (its tree index, outline, language, where
 * its prose stands, a job post's facts) timed on their own for `--timing`, not in whichever rule
 * asks first. The engine gives a document's tree a record of times; each reading adds its own time
 * there under its name, less the readings it asked for in turn, and the engine takes the readings'
 * time out of the step that asked for them. Without a record (a rule run in someone else's
 * pipeline) a reading is only run.
 */
import type { Root } from 'mdast';

interface Clock {
  times: Record<string, number>;
  /** Milliseconds of the tree's readings so far, each counted once. */
  spent: number;
  /** Milliseconds of the readings asked for inside the reading now running. */
  inner: number;
}

const clocks = new WeakMap<Root, Clock>();

/** Times the readings of `tree` into `times`, by reading. */
export function timeReadings(tree: Root, times: Record<string, number>): void {
  clocks.set(tree, { times, spent: 0, inner: 0 });
}

/** Milliseconds the readings of `tree` have taken so far. */
export function readingsSpent(tree: Root): number {
  return clocks.get(tree)?.spent ?? 0;
}

/** `read()`, its time (less that of the readings inside it) added to `name` where the tree is timed. */
export function timedReading<T>(tree: Root, name: string, read: () => T): T {
  const clock = clocks.get(tree);
  if (!clock) return read();
  const outer = clock.inner;
  clock.inner = 0;
  const started = performance.now();
  try {
    return read();
  } finally {
    const total = performance.now() - started;
    const own = total - clock.inner;
    clock.times[name] = (clock.times[name] ?? 0) + own;
    clock.spent += own;
    clock.inner = outer + total;
  }
}
