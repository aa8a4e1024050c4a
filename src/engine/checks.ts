/**
 * Checks the engine makes on a file before any rule reads it. They are configured like rules
 * (levels and options by id) and documented in file-checks.md beside this file.
 */
import type { Finding, ResolvedConfig, RuleMeta, Severity } from '../core/types.js';
import { fileChecks } from '../core/file-checks.js';

export { fileChecks, fileCheckList } from '../core/file-checks.js';

/** A file check's finding at the configured level, or undefined when the check is off. */
export function checkFinding(
  check: RuleMeta,
  config: ResolvedConfig,
  message: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
): Finding | undefined {
  const level = config.rules[check.id]?.level ?? check.defaultLevel;
  if (level === 'off') return undefined;
  return { ruleId: check.id, severity: level as Severity, line: at.line, column: at.column, message };
}

export function maxBytes(config: ResolvedConfig): number {
  const options = config.rules[fileChecks.tooLarge.id]?.options as { maxBytes?: number } | undefined;
  return options?.maxBytes ?? fileChecks.tooLarge.defaults.maxBytes;
}

/** The time one file may take to parse and lint, in milliseconds (`maxSeconds` of `file-too-complex`). */
export function timeBudgetMs(config: ResolvedConfig): number {
  const options = config.rules[fileChecks.tooComplex.id]?.options as { maxSeconds?: number } | undefined;
  return (options?.maxSeconds ?? fileChecks.tooComplex.defaults.maxSeconds) * 1000;
}

export function tooLargeFinding(path: string, size: number, config: ResolvedConfig): Finding | undefined {
  const limit = maxBytes(config);
  return checkFinding(
    fileChecks.tooLarge,
    config,
    `\`${path}\` is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; it was not linted (raise \`maxBytes\` of \`file-too-large\` to lint it)`,
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
