/**
 * Linting many files on every core: worker threads (node:worker_threads), each with its own
 * speller, pull files from one queue; results come back in the order of the paths. Few files are
 * linted in this thread, since a worker costs its start-up (compiling the engine, loading its own
 * spelling data) before its first file. Configuration is resolved here and sent as plain data, once per
 * distinct setting, so each worker's caches hit as they do in one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { checkFinding, fileChecks, timeBudgetMs } from '../engine/checks.js';
import { defaultConfig } from '../engine/config.js';
import { lintFile, lintFiles, projectVocabularyOf, type LintFileOptions } from './files.js';
import { spellerLocales, type Resolve } from '../engine/lint.js';
import { lintProject, type LintedFile } from '../engine/project.js';

export type ToWorker = { type: 'config'; id: number; config: ResolvedConfig } | { type: 'vocabulary'; words: ReadonlySet<string> } | { type: 'lint'; index: number; path: string; config: number };

/** Below this many files per worker, starting one costs more than it saves. */
export const filesPerWorker = 32;
/**
 * Young-generation size of a worker's heap (MB). V8 otherwise grows it to over 100 MB a thread for
 * these short-lived trees. Measured with 2 workers on 1,000 files (peak RSS, wall): unbounded
 * 684-727 MB, 8.3-9.8 s; 8 MB 418-439 MB, 9.3-11.5 s (trees promoted, more full collections);
 * 32 MB 428-462 MB, 8.8-9.7 s.
 */
const youngGenerationMb = 32;
/** A worker's old generation is capped at half this thread's heap limit, and at most this (MB): just under V8's 2 GB step. */
const maxWorkerHeapMb = 2047;
/** Files handed to a worker ahead of its answers, so it never waits for the next one. */
const inFlight = 4;
/**
 * A worker still on one file after this many times the file's time budget (`maxSeconds` of
 * `file-too-complex`) is stopped: the engine checks the budget between parsing and each rule, so
 * only a step that runs away on its own gets this far.
 */
const stopAfter = 2;
/** How often the pool looks for a worker past that. */
const watchdogMs = 250;

export interface PoolOptions extends LintFileOptions {
  /** How many worker threads; `auto` (the default) uses every core when there are enough files. */
  workers?: number | 'auto';
  /** Told, in a sentence naming them, of the files a worker ran out of memory on (they are linted again in this thread). */
  onOutOfMemory?: (note: string) => void;
  /** Every document of the project, whose words make its vocabulary (default: the paths linted; the Action on a pull request gives the repository's). */
  project?: readonly string[];
  /** Told where the linting spent its time, summed over the files, in milliseconds by step (RunTimes: `parse`, `kind`, each rule). */
  onTimes?: (times: Record<string, number>) => void;
}

/** The worker threads a run would use: 0 means this thread lints every file. */
export function workerCount(files: number, workers: PoolOptions['workers'] = 'auto'): number {
  const wanted = workers === 'auto' ? availableParallelism() : workers;
  const useful = Math.min(wanted, Math.floor(files / filesPerWorker));
  return useful >= 2 && workerScript() ? useful : 0;
}

/**
 * The old-generation limit of each worker (MB). V8 sizes a heap's growth by its limit: from a
 * limit of 2 GB up it lets the heap grow to 4x what survived the last full collection, below it to
 * between 1.3x and 2x (V8's MemoryController, on Node's 64-bit builds). Uncapped, a worker
 * inherits this process's limit (4 GB here) and its old generation fills with garbage to 130-200 MB
 * beside 35 MB live. Measured with 2 workers on 3,000 corpus documents, median of 4 interleaved
 * runs: peak RSS 348 MB capped just under 2 GB vs 453 MB uncapped, wall time 1.00x; a 1 GB cap
 * (growth up to 1.6x) gave 333 MB but 1.10x the time (four times the full collections), a 64 MB
 * cap 31% longer. Half this thread's limit at most (it counts the young generation too), so this
 * thread has room to lint again what a worker could not; `--max-old-space-size`, a V8 flag,
 * overrides every thread's limit alike.
 */
function workerHeapMb(): number {
  return Math.min(maxWorkerHeapMb, Math.floor(getHeapStatistics().heap_size_limit / 2 / 2 ** 20));
}

/** The result of a file whose worker was stopped: a `file-too-complex` finding, unless that check is off. */
function stoppedResult(p: string, config: ResolvedConfig, limitMs: number): FileResult {
  const finding = checkFinding(
    fileChecks.tooComplex,
    config,
    `Linting \`${p}\` was stopped after ${limitMs / 1000} s, ${stopAfter} times its budget (\`maxSeconds\` of \`file-too-complex\`); it was not linted, the other files were`,
  );
  return { path: p, messages: finding ? [finding] : [] };
}

/** What a run says when a worker ran out of memory. */
function outOfMemoryNote(paths: readonly string[], heapMb: number): string {
  const files = paths.map((p) => `\`${p}\``).join(', ');
  return `a worker thread ran out of memory (its limit: ${heapMb} MB) on ${paths.length === 1 ? files : `one of ${files}`}; linted ${paths.length === 1 ? 'it' : 'them'} again in the main thread`;
}

/** The worker's file beside this module (lib/engine/, or dist/ where the bundles put it); absent under a test runner's transform. */
function workerScript(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(file) ? file : undefined;
}

export async function lintFilesInParallel(paths: readonly string[], cwd: string, resolve: Resolve = defaultConfig, options: PoolOptions = {}): Promise<FileResult[]> {
  const count = workerCount(paths.length, options.workers);
  const baseOptions: LintFileOptions = { fix: options.fix === true, ...(options.within === undefined ? {} : { within: options.within }) };
  const readVocabulary = (): LintFileOptions => {
    const vocabulary = projectVocabularyOf(options.project ?? paths, cwd, resolve, options.within);
    return vocabulary ? { ...baseOptions, vocabulary } : baseOptions;
  };
  const configs = paths.map(resolve);
  // The rules on many documents run here, in the parent, once every document's model is in.
  if (count === 0) return project(await lintFiles(paths, cwd, resolve, readVocabulary()), configs, options.onTimes);
  const pool = new Pool(paths, configs, { cwd, ...baseOptions });
  let fileOptions = baseOptions;
  try {
    // The workers start (and load their spelling data) while this thread reads the project's
    // vocabulary, which each is sent before its first file. Nothing is awaited between starting
    // them and `begin`, so no event of theirs is dispatched before their listeners are attached.
    const working = Promise.all(Array.from({ length: count }, () => pool.work()));
    fileOptions = readVocabulary();
    pool.begin(fileOptions.vocabulary);
    await working;
  } finally {
    // After a failure, the other workers would keep the process alive.
    await pool.stop();
  }
  const { results, outOfMemory } = pool;
  if (outOfMemory.length > 0) {
    outOfMemory.sort((a, b) => a - b);
    options.onOutOfMemory?.(outOfMemoryNote(outOfMemory.map((i) => paths[i]!), pool.heapMb));
    for (const index of outOfMemory) results[index] = await lintFile(paths[index]!, cwd, resolve, fileOptions);
  }
  return project(results, configs, options.onTimes);
}

/** The rules on many documents over the results; with `onTimes`, the times of every step summed over the files first. */
function project(results: readonly LintedFile[], configs: readonly ResolvedConfig[], onTimes: PoolOptions['onTimes']): FileResult[] {
  if (!onTimes) return lintProject(results, configs);
  const times: Record<string, number> = {};
  for (const result of results) for (const [step, ms] of Object.entries(result.times ?? {})) times[step] = (times[step] ?? 0) + ms;
  const out = lintProject(results, configs, undefined, times);
  onTimes(times);
  return out;
}

/** The files to lint, the workers linting them, and what they answered. */
class Pool {
  readonly results: FileResult[];
  /** Files whose worker ran out of memory, linted again in this thread once the workers are done. */
  readonly outOfMemory: number[] = [];
  readonly heapMb = workerHeapMb();
  /** Each configuration's id: a worker is sent each configuration once. */
  readonly ids = new Map<ResolvedConfig, number>();
  readonly live = new Set<Worker>();
  readonly workerData: LintFileOptions & { cwd: string; locales: string[] };
  /** Files taken back from a worker that was stopped, handed out again before the rest. */
  private readonly again: number[] = [];
  private next = 0;
  /** The project's vocabulary, sent to every worker before its first file; until `begin`, workers started wait for it. */
  vocabulary: ReadonlySet<string> | undefined;
  private waiting: Share[] | undefined = [];

  constructor(
    readonly paths: readonly string[],
    readonly configs: readonly ResolvedConfig[],
    fileData: LintFileOptions & { cwd: string },
  ) {
    for (const config of configs) if (!this.ids.has(config)) this.ids.set(config, this.ids.size);
    this.workerData = { ...fileData, locales: [...new Set([...this.ids.keys()].flatMap(spellerLocales))] };
    this.results = new Array(paths.length);
  }

  moreToDo(): boolean {
    return this.again.length > 0 || this.next < this.paths.length;
  }

  take(): number {
    return this.again.length > 0 ? this.again.shift()! : this.next++;
  }

  giveBack(indexes: readonly number[]): void {
    this.again.unshift(...indexes);
  }

  /** One worker's share: it takes files until none are left; a worker stopped on the way is replaced. */
  work(): Promise<void> {
    return new Promise<void>((done, fail) => {
      const share = new Share(this, done, fail);
      if (this.waiting) this.waiting.push(share);
      else share.start();
    });
  }

  /** Hands out files, to the workers started so far and to any started later. */
  begin(vocabulary: ReadonlySet<string> | undefined): void {
    this.vocabulary = vocabulary;
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    for (const share of waiting) share.start();
  }

  stop(): Promise<unknown> {
    return Promise.all([...this.live].map((w) => w.terminate()));
  }
}

/**
 * One worker and the files it was sent. One that runs out of memory is replaced; so is one that
 * spends twice a file's time budget on it (a worker lints its files one at a time, in the order
 * sent, so the oldest unanswered file is the one it is on).
 */
class Share {
  private readonly worker: Worker;
  private readonly sent = new Set<number>();
  private readonly pending: number[] = [];
  /** When the worker started on the oldest file it has not answered; undefined until it is ready. */
  private since: number | undefined;
  private replaced = false;
  private watchdog: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly done: () => void,
    private readonly fail: (error: unknown) => void,
  ) {
    this.worker = new Worker(workerScript()!, { workerData: pool.workerData, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: pool.heapMb } });
    pool.live.add(this.worker);
  }

  start(): void {
    this.watchdog = setInterval(() => this.check(), watchdogMs);
    this.worker.on('message', (message: { ready: true } | { index: number; result: FileResult }) => this.answered(message));
    this.worker.on('error', (error: NodeJS.ErrnoException) => this.failed(error));
    this.worker.on('exit', (code) => {
      this.pool.live.delete(this.worker);
      clearInterval(this.watchdog);
      if (!this.replaced && this.pending.length > 0) this.fail(new Error(`a lint worker stopped (exit code ${code}) with ${this.pending.length} files unfinished`));
    });
    if (this.pool.vocabulary) this.worker.postMessage({ type: 'vocabulary', words: this.pool.vocabulary } satisfies ToWorker);
    this.feed();
  }

  private feed(): void {
    const { pool, pending } = this;
    while (pending.length < inFlight && pool.moreToDo()) {
      const index = pool.take();
      const id = pool.ids.get(pool.configs[index]!)!;
      if (!this.sent.has(id)) {
        this.worker.postMessage({ type: 'config', id, config: pool.configs[index]! } satisfies ToWorker);
        this.sent.add(id);
      }
      this.worker.postMessage({ type: 'lint', index, path: pool.paths[index]!, config: id } satisfies ToWorker);
      if (pending.length === 0 && this.since !== undefined) this.since = performance.now();
      pending.push(index);
    }
    if (pending.length === 0) {
      clearInterval(this.watchdog);
      void this.worker.terminate().then(() => this.done(), this.fail);
    }
  }

  private answered(message: { ready: true } | { index: number; result: FileResult }): void {
    this.since = performance.now();
    if ('ready' in message) return;
    this.pool.results[message.index] = message.result;
    this.pending.splice(this.pending.indexOf(message.index), 1);
    this.feed();
  }

  /** Parsing is one synchronous call: a file past its budget in one step can only be stopped with its thread. */
  private check(): void {
    const index = this.pending[0];
    if (index === undefined || this.since === undefined) return;
    const { pool } = this;
    const limit = stopAfter * timeBudgetMs(pool.configs[index]!);
    if (performance.now() - this.since <= limit) return;
    pool.results[index] = stoppedResult(pool.paths[index]!, pool.configs[index]!, limit);
    // The worker's other files go to the next one.
    pool.giveBack(this.pending.slice(1));
    this.pending.length = 0;
    this.replace();
  }

  private failed(error: NodeJS.ErrnoException): void {
    if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
      clearInterval(this.watchdog);
      return this.fail(error);
    }
    // Which of its files took the memory is unknown: each is linted again in the main thread,
    // where the heap may grow to the process's own limit, as in a run in one thread.
    this.pool.outOfMemory.push(...this.pending);
    this.pending.length = 0;
    this.replace();
  }

  private replace(): void {
    this.replaced = true;
    clearInterval(this.watchdog);
    void this.worker.terminate();
    (this.pool.moreToDo() ? this.pool.work() : Promise.resolve()).then(this.done, this.fail);
  }
}
