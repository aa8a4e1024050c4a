/**
 * Folds the layers of settings into the configuration of one document, in the documented order:
 * defaults < configuration file < its overrides whose `files` match the document (in order) <
 * the Action's inputs, where a file that extends others comes after them, overrides included. (Inline comments in the document come last; the engine applies them.)
 * Documents matching the same overrides share one resolved object, so the engine can reuse work.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { relativePath } from '../core/paths.js';
import { parseLevel } from '../core/severity.js';
import type { ResolvedConfig, RuleSetting } from '../core/types.js';
import { defaultRuleSettings } from '../rules/index.js';
import type { Layer } from './settings.js';

export interface ResolveInput {
  /** The folder the configuration's globs are relative to. */
  dir: string;
  /** The configuration files' layers, in order; one with `files` applies to the documents they match (an override). */
  layers?: readonly (Layer & { files?: string[] })[];
  /** The Action's inputs. */
  inputs?: Layer;
}

export type Resolver = (documentPath: string) => ResolvedConfig;

export function createResolver(input: ResolveInput, cwd: string): Resolver {
  const layers = input.layers ?? [];
  const matchers = layers.map((layer) => (layer.files ? picomatch(layer.files, { dot: true }) : undefined));
  const cache = new Map<string, ResolvedConfig>();
  return (documentPath) => {
    const relative = relativePath(input.dir, path.resolve(cwd, documentPath));
    const applying = layers.flatMap((layer, i) => (matchers[i] === undefined || matchers[i](relative) ? [i] : []));
    const key = applying.join(',');
    let config = cache.get(key);
    if (!config) {
      config = { rules: fold([...applying.map((i) => layers[i]!), ...(input.inputs ? [input.inputs] : [])]) };
      cache.set(key, config);
    }
    return config;
  };
}

function fold(layers: readonly Layer[]): Record<string, RuleSetting> {
  const rules = defaultRuleSettings();
  const patch = (id: string, options: object) => {
    rules[id] = { level: rules[id]!.level, options: { ...rules[id]!.options, ...options } };
  };
  for (const { settings: s, fileWords } of layers) {
    // empty-section leaves the required sections to required-sections: both must know which they
    // are, from one list, since the rules' caches (section lists, matchers, the kind) go by it.
    const sections = s.requiredSections?.map((r) => ({ name: r.name, aliases: r.aliases ?? [] }));
    for (const id of ['required-sections', 'empty-section']) {
      if (s.kind) patch(id, { kind: s.kind });
      if (sections) patch(id, { sections });
    }
    // broken-markdown checks a job post's form fields: a kind set by path settles it there too.
    if (s.kind) patch('broken-markdown', { kind: s.kind });
    const words = [...(s.words ?? []), ...(fileWords ?? [])];
    // Word lists add up across layers, as cspell's do: an override's words do not drop the file's.
    if (words.length > 0) patch('typo', { words: [...((rules.typo!.options as { words: string[] }).words ?? []), ...words] });
    if (s.locale) patch('typo', { locale: s.locale });
    if (s.duplicateThreshold !== undefined) patch('duplicate-bullet', { threshold: s.duplicateThreshold });
    for (const [id, entry] of Object.entries(s.rules ?? {})) {
      const [level, options] = Array.isArray(entry) ? entry : [entry];
      rules[id] = { level: parseLevel(level) ?? rules[id]!.level, options: { ...rules[id]!.options, ...(options ?? {}) } };
    }
  }
  return rules;
}
