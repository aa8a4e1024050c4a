/**
 * A wrong configuration is reported all at once, each problem naming the file (or input), the
 * key path, what was expected and what was found, so one edit fixes them all. The run stops with
 * exit 2 before any document is linted.
 */
export interface ConfigProblem {
  /** The configuration file as the user would name it, or `action input \`rules\``. */
  source: string;
  line?: number;
  column?: number;
  /** Dotted path of the key: `rules.typo`, `overrides[0].files[1]`; empty for the whole file. */
  keyPath: string;
  message: string;
}

export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.line ? `${p.source}:${p.line}:${p.column ?? 1}` : p.source;
  return `${where}: ${p.keyPath ? `\`${p.keyPath}\`: ` : ''}${p.message}`;
}

/** `['overrides', 0, 'files']` as `overrides[0].files`. */
export function keyPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
