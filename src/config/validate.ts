/**
 * Checks settings against the shipped JSON Schema (compiled ahead of time by Ajv) and turns its
 * errors into problems a person can act on: the key path, what was expected, what was found, and
 * a did-you-mean for a misspelt key, rule name or value. Then the checks a schema cannot make:
 * globs that do not parse or point outside the repository.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { didYouMean } from '../text/did-you-mean.js';
import { keyPath, type ConfigProblem } from './problems.js';
import { validate as generatedValidate } from './settings-validator.generated.js';

export type Segment = string | number;
/** Where a key (or, with `key`, the name of a key) stands in the source, when known. */
export type Locate = (segments: readonly Segment[], key?: boolean) => { line: number; column: number } | undefined;

/** The config schema (src/config/schema.ts) compiled ahead of time by Ajv (scripts/settings-validator.js). */
const validateSchema = generatedValidate as unknown as ValidateFunction;

/** Which of a location's errors to show when Ajv gives several for one value. */
const rank: Record<string, number> = { additionalProperties: 0, required: 1, enum: 2, type: 3, minimum: 4, maximum: 4, minItems: 4, maxItems: 4, minLength: 4 };

export function validateSettings(value: unknown, source: string, locate: Locate = () => undefined, prefix: readonly Segment[] = []): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const globs = value && typeof value === 'object' ? globProblems(value as Record<string, unknown>, source, locate, prefix) : [];
  if (validateSchema(value)) return globs;
  const errors = pickErrors(validateSchema.errors ?? [], value);
  for (const error of errors) {
    const segments = pointer(error.instancePath);
    const found = at(value, segments);
    const place = (s: readonly Segment[], key?: boolean) => locate([...prefix, ...s], key);
    const problem = (s: readonly Segment[], message: string, key?: boolean): ConfigProblem => ({ source, ...place(s, key), keyPath: keyPath([...prefix, ...s]), message });
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = (error.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
        const what = segments.at(-1) === 'rules' ? 'unknown rule' : 'unknown key';
        problems.push(problem([...segments, name], `${what} \`${name}\`${didYouMean(name, known)} (expected one of ${list(known)})`, true));
        break;
      }
      case 'enum': {
        const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.filter((v) => typeof v === 'string') as string[];
        problems.push(problem(segments, `expected one of ${list(allowed)}, found ${show(found)}${typeof found === 'string' ? didYouMean(found, allowed) : ''}`));
        break;
      }
      case 'type':
        problems.push(problem(segments, `expected ${article((error.params as { type: string }).type)}, found ${show(found)}`));
        break;
      case 'required':
        problems.push(problem(segments, `missing \`${(error.params as { missingProperty: string }).missingProperty}\``));
        break;
      case 'anyOf':
        if (segments[0] === 'extends') problems.push(problem(segments, `expected a file or package name, or a list of them, found ${show(found)}`));
        else problems.push(problem(segments, `expected a severity (${list(['off', 'info', 'warning', 'error'])}) or [severity, options], found ${show(found)}`));
        break;
      default:
        problems.push(problem(segments, `${error.message ?? 'is not valid'}, found ${show(found)}`));
    }
  }
  return [...problems, ...globs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * One error per place: for a rule entry, Ajv reports both branches of `anyOf` (not a severity, not
 * an array); the most telling one is kept, and errors inside a value hide the generic ones around it.
 * A string or number in a rule entry was meant as a severity (the value list, with a did-you-mean,
 * says most); anything else (`{ "level": "warning" }`) gets both forms a rule entry may take.
 */
const generic = new Set(['anyOf', 'enum', 'type']);

function pickErrors(errors: readonly ErrorObject[], value: unknown): ErrorObject[] {
  const rankOf = (error: ErrorObject) => {
    if (error.keyword !== 'anyOf') return rank[error.keyword] ?? 9;
    const found = at(value, pointer(error.instancePath));
    return typeof found === 'string' || typeof found === 'number' ? 9 : 0;
  };
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const key = error.keyword === 'additionalProperties' ? `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}` : error.instancePath;
    const seen = byPath.get(key);
    if (!seen || rankOf(error) < rankOf(seen)) byPath.set(key, error);
  }
  const picked = [...byPath.entries()];
  return picked
    // "Not a severity" says nothing more when the options inside the value have their own errors.
    .filter(([path, error]) => !generic.has(error.keyword) || !picked.some(([other]) => other.startsWith(`${path}/`)))
    .map(([, error]) => error);
}

function globProblems(settings: Record<string, unknown>, source: string, locate: Locate, prefix: readonly Segment[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const check = (globs: unknown, segments: Segment[]) => {
    if (!Array.isArray(globs)) return;
    globs.forEach((glob: unknown, i) => {
      if (typeof glob !== 'string' || glob === '') return;
      const s = [...prefix, ...segments, i];
      const reason = globProblem(glob);
      if (reason) problems.push({ source, ...locate(s), keyPath: keyPath(s), message: `bad glob \`${glob}\`: ${reason}` });
    });
  };
  check(settings.files, ['files']);
  check(settings.ignore, ['ignore']);
  (Array.isArray(settings.overrides) ? settings.overrides : []).forEach((o: { files?: unknown } | null, i) => check(o?.files, ['overrides', i, 'files']));
  return problems;
}

export function globProblem(glob: string): string | undefined {
  if (/^(?:[a-zA-Z]:)?[\\/]/.test(glob)) return 'globs are relative to the configuration file\'s folder; remove the leading `/`';
  if (glob.split(/[\\/]/).includes('..')) return 'a glob cannot reach outside the configuration file\'s folder (`..`)';
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/ - use .*$/, '');
  }
}

function pointer(path: string): Segment[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function at(value: unknown, segments: readonly Segment[]): unknown {
  return segments.reduce<unknown>((v, s) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[s as string] : undefined), value);
}

function show(value: unknown): string {
  if (Array.isArray(value)) return `an array (${JSON.stringify(value).slice(0, 60)})`;
  if (value === null) return '`null`';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} \`${String(value)}\``;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, 12).map((n) => `\`${n}\``);
  return names.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}
