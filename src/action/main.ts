/**
 * The GitHub Action: lint the role documents (on a pull request, the changed ones), then make
 * sure every finding reaches the reviewer: a check run with every annotation when the token may
 * create one; otherwise workflow-command annotations (changed lines first) and a notice of what
 * GitHub did not show; always the job summary and the log. A failed report never changes the
 * result: the step passes or fails on the findings and `fail-on`.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { docsUrl } from '../core/links.js';
import { relativePath } from '../core/paths.js';
import { printable } from '../core/printable.js';
import { reachesFailOn } from '../core/severity.js';
import type { FileResult, HeldBack } from '../core/types.js';
import { version } from '../core/version.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { globMatcher } from '../config/files.js';
import { setup, type Setup } from '../config/setup.js';
import { ruleMetadata } from '../engine/config.js';
import { modelsOnly, needsModels } from '../engine/project.js';
import { needs } from '../engine/lint.js';
import { lintFilesInParallel } from '../node/parallel.js';
import { checkAnnotations, checkConclusion } from '../reporters/check-run.js';
import { countFindings } from '../reporters/count.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { summaryMarkdown } from '../reporters/summary.js';
import { formatText, heldBackLines } from '../reporters/text.js';
import { configurationChange } from '../core/config-change.js';
import { changedFiles, GitDiffError, type ChangedFiles } from './changed-files.js';
import { publishCheckRun } from './check-run.js';
import { writeCommands } from './commands.js';
import { readEvent, type RunEvent } from './event.js';
import { ApiError, apiBudget, createOctokit, type Octokit } from './github.js';
import { holdBack, type HeldRun } from './hold-back.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { watchedFiles } from './watched.js';
import { postSuggestions } from './suggestions.js';

export async function run(): Promise<void> {
  try {
    const { inputs, problems } = readInputs();
    if (!inputs) {
      stopBeforeLinting(problems.join('\n'));
      return;
    }
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    let config: Setup;
    try {
      config = await setup(cwd, { config: inputs.config, inputs: inputs.settings, within: cwd });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      stopBeforeLinting(`rolelint: the configuration is not valid:\n${error.problems.map(formatProblem).join('\n')}`);
      return;
    }
    const event = readEvent();
    const octokit = inputs.token ? createOctokit(inputs.token, apiBudget(inputs.apiTimeout)) : undefined;
    const { paths, changed, scope, everyFile } = await documentsToLint(inputs, config, cwd, event, octokit);
    core.info(`rolelint ${version}: linting ${scope}${config.file ? ` with ${config.file}` : ''}`);
    // A pull request's changed level is judged against its whole ladder: the other documents of its
    // folder are read (their models only, nothing else linted) and not reported on.
    const others = changed && !everyFile ? await folderSiblings(paths, config, cwd) : [];
    const read = new Set(others);
    const resolve = (p: string) => (read.has(p) ? modelsOnly(config.resolve(p)) : config.resolve(p));
    // The words the repository uses consistently are its terms, whichever of its documents changed:
    // every document the configuration selects makes the vocabulary (read, not linted).
    const project = changed && !everyFile ? await projectDocuments(inputs, config, cwd, [...paths, ...others]) : undefined;
    const linted = (await lintFilesInParallel([...paths, ...others], cwd, resolve, { within: cwd, ...(project ? { project } : {}), onOutOfMemory: (note) => core.info(`rolelint: ${printable(note)}`) })).filter((r) => !read.has(r.path));
    const held = holdBack(linted, inputs, cwd, { pullRequest: event.pullRequest !== undefined, changed, everyFile });
    await report(held, { inputs, cwd, event, octokit, changed, scope });
  } catch (error) {
    stopBeforeLinting(`rolelint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The other Markdown documents of the changed documents' folders that the configuration selects,
 * where a rule on many documents is on for a changed one: the ladder a changed level belongs to.
 */
async function folderSiblings(paths: readonly string[], config: Setup, cwd: string): Promise<string[]> {
  const judged = paths.filter((p) => needsModels(config.resolve(p)));
  const folders = [...new Set(judged.map((p) => path.dirname(p)))];
  if (folders.length === 0) return [];
  const changed = new Set(paths);
  const found = await config.find(folders, { within: cwd });
  const inFolders = new Set(folders);
  return [...new Set(found.paths.map((p) => relativePath(cwd, path.resolve(cwd, p))))].filter((p) => !changed.has(p) && inFolders.has(path.dirname(p)));
}

/**
 * Every document of the repository the `files` input (or the configuration) selects, with the
 * linted ones, where a rule on a linted one needs the project's vocabulary; else only those.
 */
async function projectDocuments(inputs: ActionInputs, config: Setup, cwd: string, linted: readonly string[]): Promise<string[]> {
  if (!linted.some((p) => needs(config.resolve(p), 'vocabulary'))) return [...linted];
  const found = await config.find(inputs.files.filter((p) => inWorkspace(cwd, p)), { within: cwd });
  return [...new Set([...linted, ...found.paths.map((p) => relativePath(cwd, path.resolve(cwd, p)))])];
}

function inWorkspace(cwd: string, p: string): boolean {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

interface Selection {
  paths: string[];
  changed?: ChangedFiles | undefined;
  /** What was linted, in words for the log and the summary. */
  scope: string;
  /** On a pull request, why every matching file was linted (it changes the configuration). */
  everyFile?: string;
}

/**
 * Which documents: on a pull request (unless changed-only is false), its added and modified files
 * that match, from the API or else `git diff`; never every file because GitHub did not answer;
 * every matching file when it changes the configuration (watched.ts). Without the `files` input,
 * the configuration's `files` choose, as in the CLI. Only files in the workspace are read: an
 * entry that leads out of it is refused.
 */
async function documentsToLint(inputs: ActionInputs, config: Setup, cwd: string, event: RunEvent, octokit: Octokit | undefined): Promise<Selection> {
  for (const p of inputs.files.filter((p) => !inWorkspace(cwd, p))) core.warning(`Input \`files\`: \`${p}\` is outside the workspace (${cwd}); the Action lints only files in it, so it was not linted`);
  const patterns = inputs.files.filter((p) => inWorkspace(cwd, p));
  if (inputs.files.length > 0 && patterns.length === 0) return { paths: [], scope: 'no file: every entry of the `files` input is outside the workspace' };
  const described = patterns.length > 0 ? `\`${patterns.join(' ')}\`` : config.files ? `the configuration's \`files\` (\`${config.files.join(' ')}\`)` : '`**/*.md` or `**/*.markdown`';
  if (!event.pullRequest) return everyDocument(config, cwd, patterns, described);
  const pr = { ...event, pullRequest: event.pullRequest };
  const changedOnly = inputs.changedOnly !== false;
  // With changed-only false, the list is needed only for the filter.
  if (!changedOnly && inputs.filterMode === 'nofilter') return everyDocument(config, cwd, patterns, described);
  const changed = await listChanged(pr, cwd, octokit, changedOnly);
  if (!changed) return changedOnly ? { paths: [], scope: `no file: the changed files of pull request #${pr.pullRequest.number} could not be listed (see the warning in the log)` } : everyDocument(config, cwd, patterns, described);
  const everyFile = changedOnly ? configurationChange(changed.touched, watchedFiles(config, cwd, inputs.baseline), changed.patches) : undefined;
  if (changedOnly && !everyFile) return changedDocuments(pr, changed, config, cwd, patterns, described);
  const all = await everyDocument(config, cwd, patterns, described);
  if (!everyFile) return { ...all, changed };
  core.info(`rolelint: pull request #${pr.pullRequest.number} changes ${printable(everyFile)}: linting every matching file, not only the changed ones, since the change can alter findings in any of them`);
  return { ...all, changed, everyFile, scope: `${all.scope}, every one since the pull request changes ${printable(everyFile)}` };
}

/** Every document the patterns (or the configuration's `files`) name, as on a push. */
async function everyDocument(config: Setup, cwd: string, patterns: readonly string[], described: string): Promise<Selection> {
  const found = await config.find([...patterns], { within: cwd });
  // A pattern that names nothing would otherwise pass the check with nothing linted.
  const where = patterns.length > 0 ? 'Input `files`' : config.file ? `\`files\` in ${config.file}` : 'rolelint';
  for (const p of found.missing) core.warning(`${where}: no such file or directory: ${p}`);
  for (const p of found.empty) core.warning(`${where}: \`${p}\` matches no file`);
  for (const p of found.emptyDirectories) core.warning(`${where}: no Markdown file (*.md, *.markdown) in \`${p}\``);
  // As GitHub names files (`jobs/a.md`), however the input wrote them (`./jobs`, an absolute
  // path): annotations and links on any other form point at no file.
  const paths = [...new Set(found.paths.map((p) => relativePath(cwd, path.resolve(cwd, p))))];
  return { paths, scope: `${paths.length} file${paths.length === 1 ? '' : 's'} matching ${described}` };
}

type PullRequestRun = RunEvent & { pullRequest: NonNullable<RunEvent['pullRequest']> };

/** The pull request's changed files, or undefined (with a warning) when neither the API nor git can list them. */
async function listChanged(event: PullRequestRun, cwd: string, octokit: Octokit | undefined, changedOnly: boolean): Promise<ChangedFiles | undefined> {
  try {
    return await changedFiles(octokit, event, cwd);
  } catch (error) {
    if (!(error instanceof GitDiffError)) throw error;
    const consequence = changedOnly
      ? 'So no file was linted: linting every file instead would pass or fail the pull request on files it did not touch.'
      : 'So every finding is reported: `filter-mode` needs the changes.';
    core.warning(`rolelint cannot tell which files pull request #${event.pullRequest.number} changes: ${error.message} ${consequence}`);
    return undefined;
  }
}

/** The pull request's added and modified files that match the patterns (or the configuration's `files`). */
async function changedDocuments(event: PullRequestRun, changed: ChangedFiles, config: Setup, cwd: string, patterns: readonly string[], described: string): Promise<Selection> {
  const { pullRequest } = event;
  // A pattern may name a directory (`jobs` or `jobs/`), as it may when not on a pull request.
  // Patterns as GitHub names the changed files: relative to the workspace (an absolute one made so).
  const relative = patterns.map((p) => (path.isAbsolute(p) ? relativePath(cwd, p) || '.' : p));
  // Hidden files and folders (`.github/`) only where a pattern names them, as a run on the whole repository finds them.
  const match = patterns.length > 0 ? globMatcher(relative.flatMap((p) => (p.startsWith('!') ? [p] : [p, `${p.replace(/\/+$/, '')}/**`])), { dot: false }) : config.selects;
  const paths = (await config.find(changed.paths.filter((p) => match(p)), { within: cwd })).paths;
  return { paths, changed, scope: `${paths.length} changed file${paths.length === 1 ? '' : 's'} of pull request #${pullRequest.number} matching ${described}${changed.source === 'git' ? ' (listed by `git diff`)' : ''}` };
}

/**
 * Everything that reports the findings, each step on its own, so that no failure of one (a report
 * path that cannot be written, GitHub not answering) keeps the others from the reviewer; the
 * step passes or fails on the findings and `fail-on` alone, whatever happened to the reports.
 */
async function report(
  held: HeldRun,
  { inputs, cwd, event, octokit, changed, scope }: { inputs: ActionInputs; cwd: string; event: RunEvent; octokit: Octokit | undefined; changed: ChangedFiles | undefined; scope: string },
): Promise<void> {
  const attempt = async <T>(what: string, step: () => T | Promise<T>, otherwise: T): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      core.warning(`rolelint could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
      return otherwise;
    }
  };
  const { results, unfiltered } = held;
  await attempt('print the findings in the log', () => logReport(formatText(results, held.held)), undefined);
  const counts = countFindings(results);
  await attempt(
    'set its outputs',
    () => {
      core.setOutput('errors', counts.error);
      core.setOutput('warnings', counts.warning);
      core.setOutput('files', counts.files);
    },
    undefined,
  );
  if (inputs.report) await attempt(`write the JSON report to \`${inputs.report}\``, () => core.setOutput('report', writeReport(cwd, inputs.report!, formatJson(unfiltered))), undefined);
  if (inputs.sarif) await attempt(`write the SARIF report to \`${inputs.sarif}\``, () => writeReport(cwd, inputs.sarif!, formatSarif(unfiltered, ruleMetadata, { version, helpUri: (meta) => docsUrl(meta.docs) })), undefined);

  const fails = (s: FileResult['messages'][number]['severity']) => reachesFailOn(s, inputs.failOn);
  // Findings the filter held back fail only with `fail-on-filtered: true`; the baseline's never.
  const failingHeld = inputs.failOnFiltered ? (held.filtered?.held ?? []).flatMap((r) => r.messages.map((m) => m.severity)) : [];
  const changedLines = changed?.lines ?? new Map<string, Set<number>>();
  const delivered = await attempt('annotate the findings', () => annotate(inputs.annotations, octokit, event, results, counts, changedLines, fails, { severities: failingHeld, note: heldBackLines(held.held).map((l) => ` ${l.trim()}.`).join('') }), 'The findings could not be annotated (see the warning in the log); all are listed below.');
  let suggested = '';
  if (inputs.suggestions) {
    if (octokit && event.pullRequest && changed) suggested = ` ${await attempt('post its suggested changes', () => postSuggestions(octokit, { ...event, pullRequest: event.pullRequest! }, results, changedLines, cwd), 'The suggested changes could not be posted (see the warning in the log).')}`;
    else suggested = ' Suggested changes are posted on pull requests only, with a token that lists their changed files.';
    core.info(`rolelint:${suggested}`);
  }
  writeSummary(results, event, `Linted ${scope}. ${delivered}${suggested}`, held.held);

  const failing = [...results.flatMap((r) => r.messages.map((m) => m.severity)), ...failingHeld].filter(fails).length;
  if (failing > 0) core.setFailed(`rolelint: ${failing} finding${failing === 1 ? '' : 's'} at or above \`fail-on: ${inputs.failOn}\``);
}

/** Fails the step before any document was linted, saying why in the log and the job summary. */
function stopBeforeLinting(message: string): void {
  core.setFailed(message);
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, `## rolelint\n\nNothing was linted:\n\n\`\`\`\`text\n${message.split('\n').map(printable).join('\n')}\n\`\`\`\`\n`);
  } catch (error) {
    core.warning(`rolelint could not write the job summary: ${(error as Error).message}`);
  }
}

/** Sends the annotations by the best channel the token allows; says in words where they went. */
async function annotate(
  mode: 'auto' | 'commands' | 'off',
  octokit: ReturnType<typeof createOctokit> | undefined,
  event: ReturnType<typeof readEvent>,
  results: readonly FileResult[],
  counts: ReturnType<typeof countFindings>,
  changedLines: ReadonlyMap<string, ReadonlySet<number>>,
  fails: (s: FileResult['messages'][number]['severity']) => boolean,
  /** What was held back: the severities that still fail (`fail-on-filtered`), and a note for the check run. */
  heldBack: { severities: readonly FileResult['messages'][number]['severity'][]; note: string },
): Promise<string> {
  if (mode === 'off') return 'Annotations are off (`annotations: off`).';
  // A finding on a file that could not be read has no line in the commit to sit on.
  const onLines = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.ruleId !== 'file-unreadable') }));
  let why = '`annotations: commands`';
  if (mode === 'auto') {
    if (!octokit) {
      why = 'no `github-token`';
    } else {
      const annotations = checkAnnotations(onLines);
      const severities = results.flatMap((r) => r.messages.map((m) => m.severity));
      const output = { title: `${counts.error} errors, ${counts.warning} warnings`, summary: `rolelint found ${severities.length} findings in ${counts.files} files.${heldBack.note}` };
      try {
        const run = await publishCheckRun(octokit, event, annotations, output, checkConclusion([...severities, ...heldBack.severities], fails));
        core.info(`rolelint: check run ${run.id} carries all ${annotations.length} annotations (${run.requests} requests)`);
        return `Every finding is annotated in the \`rolelint\` check run.`;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        core.warning(error.message);
        why = error.forbidden ? 'the token may not create check runs' : 'the check run could not be created';
      }
    }
  }
  const { shown, hidden } = writeCommands(onLines, changedLines, why);
  return hidden > 0 ? `${shown} findings are annotated (GitHub shows 10 of each level per step; ${why}); all are listed below.` : 'Every finding is annotated.';
}

/**
 * The text report in the log. Its paths and messages are escaped already (no newline, no line
 * starting with `::`); between stop-commands markers the runner reads no workflow command from
 * it whatever a file name holds, as GitHub advises for untrusted text.
 */
function logReport(text: string): void {
  const token = `rolelint-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(text.replace(/\n$/, ''));
  core.info(`::${token}::`);
}

/** Each rule's documentation page, for the summary's links. */
const ruleDocs = new Map(ruleMetadata.map((meta) => [meta.id, docsUrl(meta.docs)]));

function writeSummary(results: readonly FileResult[], event: ReturnType<typeof readEvent>, note: string, held: HeldBack): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const blob = event.owner && event.headSha ? `${event.serverUrl}/${event.owner}/${event.repo}/blob/${event.headSha}` : undefined;
  const lineUrl = blob ? (file: string, line: number) => `${blob}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined;
  try {
    // Appended directly: core.summary keeps the first file path it saw for the life of the process.
    appendFileSync(file, summaryMarkdown(results, { lineUrl, note, held, ruleUrl: (id) => ruleDocs.get(id) }));
  } catch (error) {
    core.warning(`rolelint could not write the job summary: ${(error as Error).message}`);
  }
}

function writeReport(cwd: string, file: string, text: string): string {
  const target = path.resolve(cwd, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}
