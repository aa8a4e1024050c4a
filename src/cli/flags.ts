/** The CLI's flags as data: parsing and `--help` are both made from this table. */

export interface Flag {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  value?: string;
  default?: string;
  choices?: readonly string[];
  description: string;
}

export const flags: readonly Flag[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: 'name',
    default: 'text',
    choices: ['text', 'json', 'sarif', 'codequality'],
    description: 'report format: `text` (one finding a line), `json` (the stable contract in the README), `sarif` (SARIF 2.1.0 for code scanning) or `codequality` (GitLab Code Quality, for merge requests)',
  },
  {
    name: 'fail-on',
    type: 'string',
    value: 'level',
    default: 'error',
    choices: ['error', 'warning', 'info', 'never'],
    description: 'least severity that makes the exit code 1; `never` always exits 0 on findings',
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'path',
    description: 'configuration file to use instead of searching for .rolelintrc.json, .rolelintrc.yaml, rolelint.config.json or package.json `rolelint`',
  },
  {
    name: 'print-config',
    type: 'string',
    value: 'file',
    description: 'print the configuration that applies to <file> (its kind and sections included) as JSON, and exit',
  },
  {
    name: 'ladders',
    type: 'boolean',
    description: 'print the career ladders found among the files (their levels in order, and why they are a ladder) and exit; with `--format json`, as JSON',
  },
  {
    name: 'workers',
    type: 'string',
    value: 'n',
    default: 'auto',
    description: 'worker threads for many files: `auto` uses every core once there are 32 files per worker; `1` lints in one thread',
  },
  {
    name: 'stdin',
    type: 'boolean',
    description: 'lint the document on standard input instead of files (as editors run linters)',
  },
  {
    name: 'stdin-filename',
    type: 'string',
    value: 'path',
    description: "the path the standard input's document stands for: its configuration, kind and ignore globs, and the path reported",
  },
  {
    name: 'fix',
    type: 'boolean',
    description: 'correct in the files what a rule is certain of (a common misspelling with one correction, an invisible character), then report what remains; nothing else in a file changes',
  },
  {
    name: 'baseline',
    type: 'string',
    value: 'file',
    description: 'hold back the findings recorded in <file> (default `.rolelint-baseline.json`, used when it exists): they are neither reported nor fail the run; the report says how many were held back and how many are gone',
  },
  {
    name: 'write-baseline',
    type: 'boolean',
    value: 'file',
    description: 'record the findings in the baseline (`--write-baseline [file.json]`, default `.rolelint-baseline.json`); once it exists, drop the findings that are gone and never add new ones, which stay reported',
  },
  { name: 'verbose', type: 'boolean', description: 'say on stderr how many files were linted, in how many threads, and how long it took' },
  { name: 'timing', type: 'boolean', description: 'print on stderr where linting spent its time: the parse, the kind decision and each rule, slowest first, summed over the files' },
  { name: 'help', short: 'h', type: 'boolean', description: 'print this help and exit' },
  { name: 'version', short: 'v', type: 'boolean', description: 'print the version and exit' },
];

export function helpText(version: string): string {
  const lefts = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? (f.type === 'boolean' ? ` [${f.value}]` : ` <${f.value}>`) : ''}`);
  // The descriptions start two spaces past the longest flag, so none runs into its flag.
  const width = Math.max(...lefts.map((left) => left.length)) + 2;
  const rows = flags.map((f, i) => {
    const left = lefts[i]!;
    const extra = [f.choices ? `one of ${f.choices.join(', ')}` : '', f.default ? `default ${f.default}` : '']
      .filter(Boolean)
      .join('; ');
    return `  ${left.padEnd(width)}${f.description}${extra ? ` (${extra})` : ''}`;
  });
  return [
    `rolelint ${version}: lint role documents (job posts, ladder levels, role pages) kept as Markdown`,
    '',
    'Usage: rolelint [options] [paths, directories or globs...]',
    '',
    'Directories are searched for *.md and *.markdown (node_modules and .git skipped); with no path, the `files` of the configuration, else `.`.',
    '',
    'Options:',
    ...rows,
    '',
    'Exit codes: 0 no finding reaches --fail-on, 1 one does, 2 usage or configuration error.',
    '',
  ].join('\n');
}
