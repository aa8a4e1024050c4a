import type { RuleLevel, Severity } from './types.js';

const levels: Record<string, RuleLevel> = {
  off: 'off',
  '0': 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  on: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
};

/** The spellings users know from ESLint and remark-lint, mapped to a level; undefined when unknown. */
export function parseLevel(value: unknown): RuleLevel | undefined {
  if (typeof value === 'boolean') return value ? 'warning' : 'off';
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return levels[String(value).toLowerCase()];
}

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `fail-on` values: the least severity that fails a run, or never. */
export type FailOn = Severity | 'never';

export function parseFailOn(value: string): FailOn | undefined {
  const v = value.toLowerCase();
  if (v === 'never' || v === 'none') return 'never';
  const level = parseLevel(v);
  return level === 'off' ? 'never' : level;
}

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && severityRank[severity] >= severityRank[failOn];
}
