/**
 * Checks the engine makes on a file before any rule reads it. They are configured like rules
 * (levels and options by id) and documented in file-checks.md beside this file.
 */
import type { Finding, ResolvedConfig, RuleMeta, Severity } from '../core/types.js';

const docs = 'src/engine/file-checks.md';

export const fileChecks = {
  binary: { id: 'file-binary', description: 'Report a file that is binary (NUL bytes, an image, PDF or archive), not text', defaultLevel: 'error', docs, defaults: {} },
  encoding: { id: 'file-encoding', description: 'Report a file that is not valid UTF-8 (or UTF-16 with a byte-order mark)', defaultLevel: 'error', docs, defaults: {} },
  tooLarge: { id: 'file-too-large', description: 'Report, without parsing, a file larger than `maxBytes`', defaultLevel: 'warning', docs, defaults: { maxBytes: 1024 * 1024 } },
  tooComplex: { id: 'file-too-complex', description: 'Report, without parsing, Markdown nested so deeply that parsing it would take minutes', defaultLevel: 'warning', docs, defaults: {} },
  empty: { id: 'file-empty', description: 'Report a file that is empty or only whitespace', defaultLevel: 'warning', docs, defaults: {} },
  unreadable: { id: 'file-unreadable', description: 'Report a file that cannot be read (missing, a directory, no permission, a broken link)', defaultLevel: 'error', docs, defaults: {} },
} as const satisfies Record<string, RuleMeta>;

export const fileCheckList: readonly RuleMeta[] = Object.values(fileChecks);

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

export function tooLargeFinding(path: string, size: number, config: ResolvedConfig): Finding | undefined {
  const limit = maxBytes(config);
  return checkFinding(
    fileChecks.tooLarge,
    config,
    `\`${path}\` is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; it was not linted (raise \`maxBytes\` of \`file-too-large\` to lint it)`,
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
