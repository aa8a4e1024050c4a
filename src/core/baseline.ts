/**
 * A baseline: the findings a repository had when it adopted rolelint, recorded so that only new
 * ones are reported and fail the run (as PHPStan's and Detekt's baselines do). A finding is
 * recognised by its file, rule and fingerprint (core/fingerprint.ts: the message and how many
 * alike came before it in the file, never the line), so editing above it does not bring it back.
 * Pure: the node adapter reads and writes the file.
 */
import { findingFingerprints } from './fingerprint.js';
import type { FileResult } from './types.js';

export interface BaselineEntry {
  /** The document, relative to the baseline file's folder, with `/`. */
  file: string;
  rule: string;
  /** For the people who read the file in a pull request; matching goes by the fingerprint. */
  message: string;
  fingerprint: string;
}

export const baselineVersion = 1;

export interface Baseline {
  version: typeof baselineVersion;
  findings: BaselineEntry[];
}

export interface BaselineOutcome {
  /** The findings the baseline does not hold, which are reported. */
  results: FileResult[];
  /** How many findings the baseline held back. */
  heldBack: number;
  /** Entries of the baseline that match a finding of this run. */
  matched: BaselineEntry[];
  /** Entries whose finding is no more: its file was linted (or is gone) and has no such finding. */
  gone: BaselineEntry[];
  /** Entries of files this run did not lint: neither matched nor gone. */
  unchecked: BaselineEntry[];
  /** This run's findings as entries, the new ones included, for a first baseline. */
  current: BaselineEntry[];
}

export interface BaselineScope {
  /** A result's path as the baseline names it (relative to the baseline's folder). */
  key(path: string): string;
  /** Whether an entry of a file this run did not lint counts as gone (its file was deleted). */
  deleted(file: string): boolean;
}

/** Holds back the findings the baseline records; says which of its entries are gone. */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, scope: BaselineScope): BaselineOutcome {
  const byPrint = new Map(baseline.findings.map((e) => [e.fingerprint, e]));
  const linted = new Set<string>();
  const matchedPrints = new Set<string>();
  const current: BaselineEntry[] = [];
  let heldBack = 0;
  const kept = results.map((result) => {
    const file = scope.key(result.path);
    linted.add(file);
    const prints = findingFingerprints(file, result.messages);
    const messages = result.messages.filter((m, i) => {
      const print = prints[i]!;
      current.push({ file, rule: m.ruleId, message: m.message, fingerprint: print });
      if (!byPrint.has(print)) return true;
      matchedPrints.add(print);
      heldBack++;
      return false;
    });
    return messages.length === result.messages.length ? result : { ...result, messages };
  });
  const matched: BaselineEntry[] = [];
  const gone: BaselineEntry[] = [];
  const unchecked: BaselineEntry[] = [];
  for (const entry of baseline.findings) {
    if (matchedPrints.has(entry.fingerprint)) matched.push(entry);
    else if (linted.has(entry.file) || scope.deleted(entry.file)) gone.push(entry);
    else unchecked.push(entry);
  }
  return { results: kept, heldBack, matched, gone, unchecked, current };
}

/**
 * The baseline `--write-baseline` writes. Without one before: every finding of this run. With
 * one: its entries that still match or were not checked, less those gone; new findings are never
 * added, so a baseline only shrinks (to accept them, delete the file and write it again).
 */
export function nextBaseline(outcome: BaselineOutcome, previous: Baseline | undefined): { baseline: Baseline; added: number; dropped: number; notAdded: number } {
  if (!previous) return { baseline: baselineOf(outcome.current), added: outcome.current.length, dropped: 0, notAdded: 0 };
  const notAdded = outcome.current.length - outcome.matched.length;
  return { baseline: baselineOf([...outcome.matched, ...outcome.unchecked]), added: 0, dropped: outcome.gone.length, notAdded };
}

function baselineOf(entries: BaselineEntry[]): Baseline {
  const order = (a: BaselineEntry, b: BaselineEntry) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.message, b.message) || compare(a.fingerprint, b.fingerprint);
  return { version: baselineVersion, findings: [...entries].sort(order) };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The file's text: one entry a line, so a pull request that shrinks it shows one line per finding gone. */
export function formatBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map((e) => `    ${JSON.stringify({ file: e.file, rule: e.rule, message: e.message, fingerprint: e.fingerprint })}`);
  return `{\n  "version": ${baseline.version},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** A baseline from a file's parsed JSON, or what is wrong with it. */
export function parseBaseline(value: unknown): Baseline | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object with `version` and `findings`';
  const { version, findings } = value as { version?: unknown; findings?: unknown };
  if (version !== baselineVersion) return `\`version\` is ${JSON.stringify(version)}: this rolelint reads version ${baselineVersion}`;
  if (!Array.isArray(findings)) return '`findings` is not a list';
  for (const [i, e] of findings.entries()) {
    const ok = typeof e === 'object' && e !== null && ['file', 'rule', 'fingerprint'].every((k) => typeof (e as Record<string, unknown>)[k] === 'string');
    if (!ok) return `\`findings[${i}]\` lacks a \`file\`, \`rule\` or \`fingerprint\` string`;
  }
  return { version, findings: (findings as BaselineEntry[]).map((e) => ({ file: e.file, rule: e.rule, message: String(e.message ?? ''), fingerprint: e.fingerprint })) };
}
