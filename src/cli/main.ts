/**
 * The CLI as a function of its inputs, so tests run it in process: argv, cwd and output streams
 * in, exit code out (0 clean, 1 findings at or over --fail-on, 2 usage error).
 */
import { parseArgs } from 'node:util';
import { printable } from '../core/printable.js';
import { parseFailOn, reachesFailOn, type FailOn } from '../core/severity.js';
import type { FileResult, HeldBack } from '../core/types.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { setup, type Setup } from '../config/setup.js';
import { lintDocument } from '../node/lint.js';
import { lintFilesInParallel, workerCount } from '../node/parallel.js';
import { projectRoot } from '../node/project-root.js';
import { formatLadders, laddersIn } from '../node/ladders.js';
import { docsUrl } from '../core/links.js';
import { ruleMetadata } from '../engine/config.js';
import { formatCodeQuality } from '../reporters/codequality.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatText, heldBackLines } from '../reporters/text.js';
import { useBaseline } from '../node/baseline.js';
import { flags, helpText } from './flags.js';
import type { Io } from './io.js';
import { printConfig } from './print-config.js';
import { timingTable } from './timing.js';
import { version } from '../core/version.js';

type Format = (results: readonly FileResult[], held: HeldBack) => string;

const formatters: Record<string, Format> = {
  text: formatText,
  json: formatJson,
  sarif: (results) => formatSarif(results, ruleMetadata, { version, helpUri: (meta) => docsUrl(meta.docs) }),
  codequality: formatCodeQuality,
};

type Values = Record<string, string | boolean | undefined>;

/** What a usage error prints: the problem, escaped, and where help is; exit code 2. */
function usageError(io: Io, message: string): number {
  io.stderr.write(`rolelint: ${printable(message)}\nRun \`rolelint --help\` for usage.\n`);
  return 2;
}

export async function main(io: Io): Promise<number> {
  const usage = (message: string) => usageError(io, message);
  const parsed = parseFlags(io.argv);
  if (typeof parsed === 'string') return usage(parsed);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(helpText(version));
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const run = runOptions(values);
  if (typeof run === 'string') return usage(run);

  let config: Setup;
  try {
    config = await setup(io.cwd, { config: values.config as string | undefined });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`rolelint: the configuration is not valid:\n${error.problems.map((p) => `  ${printable(formatProblem(p))}\n`).join('')}`);
    return 2;
  }
  if (typeof values['print-config'] === 'string') return printConfig(io, config, values['print-config']);
  if (values.stdin) {
    if (values.fix) return usage('--fix writes fixes into files, and standard input is none: lint the file itself to fix it');
    if (positionals.length > 0) return usage('--stdin lints standard input: give no paths with it (name the document with --stdin-filename)');
    if (values['write-baseline']) return usage('--write-baseline records the findings of files, and standard input is none: lint the files themselves');
    if (values.timing) return usage('--timing times the linting of files: lint the files themselves');
    return lintStdin(io, config, (values['stdin-filename'] as string | undefined) ?? '<stdin>', run.format, run.failOn, values.baseline as string | undefined);
  }
  if (values['stdin-filename'] !== undefined) return usage('--stdin-filename names the document read with --stdin; add --stdin');
  if (values.ladders) return printLadders(io, config, positionals, values.format === 'json');
  return lintPaths(io, config, positionals, run, values);
}

/** The flags and paths given, or what is wrong with them. */
function parseFlags(argv: readonly string[]): { values: Values; positionals: string[] } | string {
  const args = baselineArgs(argv);
  if (typeof args === 'string') return args;
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(flags.map((f) => [f.name, { type: f.type, ...(f.short ? { short: f.short } : {}) }])),
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'(-[^']*)'/.exec((error as Error).message)?.[1];
    if (unknown) return unknownOption(unknown);
    return (error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, '');
  }
}

/**
 * `--write-baseline` takes an optional file: `--write-baseline=f.json`, or a next argument ending
 * in `.json` (a document never does), is `--write-baseline --baseline f.json`.
 */
function baselineArgs(argv: readonly string[]): string[] | string {
  const args: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const inline = /^--write-baseline=(.*)$/s.exec(arg);
    if (inline) file = inline[1];
    else if (arg === '--write-baseline' && /\.json$/i.test(argv[i + 1] ?? '')) file = argv[++i];
    else if (arg !== '--write-baseline') {
      args.push(arg);
      continue;
    }
    args.push('--write-baseline');
  }
  if (file === undefined) return args;
  if (args.some((a) => a === '--baseline' || a.startsWith('--baseline='))) return '--write-baseline names its file, and --baseline another: give the file once';
  return [...args, '--baseline', file];
}

interface RunOptions {
  format: Format;
  workers: number | 'auto';
  failOn: FailOn;
}

/** The flags' values checked against their choices, or what is wrong with one. */
function runOptions(values: Values): RunOptions | string {
  for (const flag of flags) {
    const value = values[flag.name];
    if (typeof value === 'string' && flag.choices && !flag.choices.includes(value)) {
      const meant = likeliest(value.toLowerCase(), flag.choices);
      return `invalid value \`${value}\` for --${flag.name}: ${meant ? `did you mean \`${meant}\`? ` : ''}expected one of ${flag.choices.join(', ')}`;
    }
  }
  const workersFlag = (values.workers as string | undefined) ?? 'auto';
  const workers = workersFlag === 'auto' ? 'auto' : Number(workersFlag);
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 1)) return `invalid value \`${workersFlag}\` for --workers: expected \`auto\` or a whole number of at least 1`;
  return { format: formatters[(values.format as string | undefined) ?? 'text']!, workers, failOn: parseFailOn((values['fail-on'] as string | undefined) ?? 'error')! };
}

/** Lints the files the paths name (or the configuration's `files`), with notes on stderr; the exit code. */
async function lintPaths(io: Io, config: Setup, positionals: readonly string[], { format, workers, failOn }: RunOptions, values: Values): Promise<number> {
  // One line each, escaped: paths and values may hold newlines or terminal escapes.
  const say = (message: string) => io.stderr.write(`rolelint: ${printable(message)}\n`);
  const found = await config.find([...positionals]);
  if (found.missing.length > 0) return usageError(io, found.missing.map((p) => `no such file or directory: \`${p}\``).join('; '));
  for (const pattern of found.empty) say(`no files match \`${pattern}\``);
  for (const dir of found.emptyDirectories) say(`no Markdown files (*.md, *.markdown) in \`${dir}\``);
  for (const file of found.ignored) say(`\`${file}\` is not linted: the configuration's \`ignore\` matches it`);

  const started = performance.now();
  // The files linted are the project: their consistent words are its terms (typo), as their ladders are its ladders.
  const onTimes = values.timing && found.paths.length > 0 ? (times: Record<string, number>) => io.stderr.write(timingTable(times, found.paths.length)) : undefined;
  const linted = await lintFilesInParallel(found.paths, io.cwd, config.resolve, { workers, fix: values.fix === true, onOutOfMemory: say, ...(onTimes ? { onTimes } : {}) });
  for (const result of linted) {
    if (result.notFixed) say(`\`${result.path}\` was not fixed: ${result.notFixed}`);
    if (result.fixesWithheld) say(`\`${result.path}\`: ${result.fixesWithheld}`);
  }
  if (values.verbose) {
    const threads = workerCount(found.paths.length, workers);
    io.stderr.write(`rolelint: ${found.paths.length} file${found.paths.length === 1 ? '' : 's'} linted in ${threads === 0 ? 'this thread' : `${threads} worker threads`} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  }
  const { results, note } = useBaseline(linted, { cwd: io.cwd, file: values.baseline as string | undefined, write: values['write-baseline'] === true, say });
  writeReport(io, format, results, { baseline: note });
  return results.some((r) => r.messages.some((m) => reachesFailOn(m.severity, failOn))) ? 1 : 0;
}

/** The report on stdout; what was held back goes in a text report, else on stderr (JSON and SARIF keep their shape). */
function writeReport(io: Io, format: Format, results: readonly FileResult[], held: HeldBack): void {
  io.stdout.write(format(results, held));
  if (format !== formatText) for (const line of heldBackLines(held)) io.stderr.write(`rolelint: ${line.trim()}\n`);
}

/**
 * The document on standard input, as ESLint's `--stdin` lints it for an editor: under the path
 * `name` stands for, which picks its configuration and kind; not linted where `ignore` matches it.
 */
async function lintStdin(io: Io, config: Setup, name: string, format: Format, failOn: FailOn, baseline: string | undefined): Promise<number> {
  if (config.ignores(name)) {
    io.stderr.write(`rolelint: ${printable(`\`${name}\` is not linted: the configuration's \`ignore\` matches it`)}\n`);
    io.stdout.write(format([], {}));
    return 0;
  }
  const contents = io.stdin ? await io.stdin() : new Uint8Array();
  const linted = await lintDocument({ path: name, contents, cwd: io.cwd, root: projectRoot(io.cwd) }, config.resolve(name));
  // As its file: the baseline holds back what it records of the document it stands for.
  const { results, note } = useBaseline([linted], { cwd: io.cwd, file: baseline, say: (m) => io.stderr.write(`rolelint: ${printable(m)}\n`) });
  writeReport(io, format, results, { baseline: note });
  return results.some((r) => r.messages.some((m) => reachesFailOn(m.severity, failOn))) ? 1 : 0;
}

/** `--ladders`: the ladders among the files the paths name, as text or JSON. */
async function printLadders(io: Io, config: Setup, positionals: readonly string[], json: boolean): Promise<number> {
  const found = await config.find([...positionals]);
  if (found.missing.length > 0) return usageError(io, found.missing.map((p) => `no such file or directory: \`${p}\``).join('; '));
  const ladders = await laddersIn(found.paths, io.cwd, config.resolve);
  io.stdout.write(json ? `${JSON.stringify(ladders.map(({ levels, ...ladder }) => ({ ...ladder, levels: levels.map(({ competencies, ...level }) => ({ ...level, competencies: competencies.map((c) => c.name).filter(Boolean) })) })), null, 2)}\n` : formatLadders(ladders));
  return 0;
}

/** An unknown option, with the option it most likely meant, else the list of options. */
function unknownOption(option: string): string {
  const meant = likeliest(option.replace(/^-+/, '').split('=')[0]!, flags.map((f) => f.name));
  if (meant) return `unknown option \`${option}\`; did you mean \`--${meant}\`?`;
  return `unknown option \`${option}\` (options: ${flags.map((f) => `--${f.name}`).join(', ')})`;
}

/**
 * The candidate sharing the longest beginning with what was typed, of three letters at least
 * (`formt`, `fail_on`, `warnings`): by prefix, since the CLI may not import text/'s distances.
 */
function likeliest(typed: string, candidates: readonly string[]): string | undefined {
  const shared = (candidate: string) => {
    let n = 0;
    while (n < typed.length && n < candidate.length && typed[n] === candidate[n]) n++;
    return n;
  };
  const best = [...candidates].sort((a, b) => shared(b) - shared(a))[0];
  return best !== undefined && shared(best) >= 3 ? best : undefined;
}
