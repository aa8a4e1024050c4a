/**
 * Reads every import under src/ and fails on an edge that ARCHITECTURE.md does not allow: floors
 * import only downward, reporters see only core, only the Action touches @actions/*; file by file,
 * no rule imports another and the engine imports only the registry; and rules, document, the
 * engine, text, parse, core and reporters never touch the file system or the process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/paths.js';

const allowed: Record<string, string[]> = {
  core: [],
  text: ['core'],
  parse: ['core', 'text'],
  document: ['core', 'text'],
  rules: ['core', 'text', 'document'],
  engine: ['core', 'text', 'parse', 'document', 'rules'],
  // The adapter layer the CLI and the Action share: files, fixes, worker threads, dictionaries.
  node: ['core', 'text', 'document', 'engine', 'config'],
  config: ['core', 'text', 'document', 'rules'],
  reporters: ['core'],
  cli: ['core', 'config', 'engine', 'node', 'reporters'],
  action: ['core', 'config', 'engine', 'node', 'reporters'],
  '.': ['core', 'text', 'parse', 'document', 'rules', 'engine', 'node', 'config', 'reporters'],
};
const pure = new Set(['core', 'text', 'parse', 'document', 'rules', 'engine', 'reporters']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const src = path.join(root, 'src');
const edges = sources(src).flatMap((file) => {
  const from = path.relative(src, path.dirname(file)).split(path.sep)[0] || '.';
  const text = readFileSync(file, 'utf8');
  // Static imports and exports, and dynamic `import()`s (with a bundler's comment, if any).
  const statics = [...text.matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)];
  const dynamics = [...text.matchAll(/\bimport\((?:\s*\/\*.*?\*\/)?\s*['"]([^'"]+)['"]\)/g)];
  return [...statics, ...dynamics].map((m) => ({
    file: path.relative(root, file),
    from,
    spec: m[1]!,
  }));
});

describe('import directions (ARCHITECTURE.md)', () => {
  it('found the imports', () => {
    expect(edges.length).toBeGreaterThan(30);
  });

  it('src folders import only the floors below them', () => {
    const bad = edges
      .filter((e) => e.spec.startsWith('.'))
      .map((e) => ({ ...e, to: path.relative(src, path.resolve(src, e.from, e.spec)).split(path.sep)[0]! }))
      .filter((e) => e.to !== e.from && !allowed[e.from]!.includes(e.to))
      .map((e) => `${e.file}: ${e.from} -> ${e.to}`);
    expect(bad).toEqual([]);
  });

  it('file by file: a rule imports no other rule, the engine and the document layer import none', () => {
    // The registry (rules/index.ts) lists the rules and define.ts makes them; a rule's own data sits beside it.
    const shared = new Set(['rules/index.ts', 'rules/define.ts']);
    const target = (e: (typeof edges)[number]) => path.relative(src, path.resolve(path.dirname(path.join(root, e.file)), e.spec)).replace(/\.js$/, '.ts');
    const ruleOf = (file: string) => /^rules\/([\w-]+?)(?:\.data)?\.ts$/.exec(file)?.[1];
    const bad = edges
      .filter((e) => e.spec.startsWith('.'))
      .map((e) => ({ ...e, to: target(e) }))
      .filter((e) => {
        const to = ruleOf(e.to);
        if (!to || shared.has(e.to)) return false;
        const fromFile = path.relative(src, path.join(root, e.file));
        if (fromFile === 'rules/index.ts') return false;
        return ruleOf(fromFile) !== to;
      })
      .map((e) => `${e.file} -> ${e.to}`);
    expect(bad).toEqual([]);
  });

  it('reads a global pattern with matchesOf, never String#matchAll, which compiles a copy of the pattern on most documents', () => {
    const bad = sources(src)
      .filter((f) => path.relative(src, f) !== path.join('core', 'matches.ts'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (/\.matchAll\(/.test(line) ? [`${path.relative(root, f)}:${i + 1}`] : [])));
    expect(bad).toEqual([]);
  });

  it('only src/action imports @actions/* or Octokit', () => {
    const bad = edges.filter((e) => /^@(actions|octokit)\//.test(e.spec) && e.from !== 'action').map((e) => `${e.file}: ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('rules, document, engine, text, parse, core and reporters never touch the file system, the process or the network', () => {
    const bad = edges
      .filter((e) => pure.has(e.from) && /^(node:)?(fs|fs\/promises|child_process|process|http|https|net|worker_threads|os|v8|module)$/.test(e.spec))
      .map((e) => `${e.file}: ${e.spec}`);
    expect(bad).toEqual([]);
    const usesProcess = sources(src)
      .filter((f) => pure.has(path.relative(src, f).split(path.sep)[0]!))
      .filter((f) => /\bprocess\.(env|cwd|argv|exit)/.test(readFileSync(f, 'utf8')));
    expect(usesProcess).toEqual([]);
  });
});
