/**
 * Folds the layers of settings into the configuration of one document, in the documented order:
 * defaults < configuration file < its overrides whose `files` match the document (in order) <
 * the Action's inputs, where a file that extends others comes after them, overrides included. (Inline comments in the document come last; the engine applies them.)
 * Documents matching the same overrides share one resolved object, so the engine can reuse work.
 */
import path from 'node:path';
import { relativePath } from '../core/paths.js';
import { parseLevel } from '../core/severity.js';
import type { ResolvedConfig, RuleSetting, SharedSetting } from '../core/types.js';
import { allMeta, defaultRuleSettings } from '../rules/index.js';
import { globMatcher } from './files.js';
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
  const matchers = layers.map((layer) => (layer.files ? globMatcher(layer.files, { dot: true }) : undefined));
  const cache = new Map<string, ResolvedConfig>();
  return (documentPath) => {
    const relative = relativePath(input.dir, path.resolve(cwd, documentPath));
    const applying = layers.flatMap((layer, i) => (matchers[i] === undefined || matchers[i](relative) ? [i] : []));
    const key = applying.join(',');
    let config = cache.get(key);
    if (!config) {
      config = fold([...applying.map((i) => layers[i]!), ...(input.inputs ? [input.inputs] : [])]);
      cache.set(key, config);
    }
    return config;
  };
}

/** Which rules take each top-level setting, and as which option: from the rules' meta. */
const takers: readonly { id: string; setting: SharedSetting; option: string }[] = allMeta.flatMap((meta) =>
  Object.entries(meta.settings ?? {}).map(([setting, option]) => ({ id: meta.id, setting: setting as SharedSetting, option: option! })),
);

function fold(layers: readonly Layer[]): ResolvedConfig {
  const rules = defaultRuleSettings();
  let kind: string | undefined;
  const patch = (id: string, options: object) => {
    rules[id] = { level: rules[id]!.level, options: { ...rules[id]!.options, ...options } };
  };
  for (const layer of layers) {
    if (layer.settings.kind) kind = layer.settings.kind;
    for (const { id, setting, option } of takers) {
      const value = sharedValue(layer, setting);
      if (value === undefined) continue;
      // Word lists add up across layers, as cspell's do: an override's words do not drop the file's.
      const before = (rules[id]!.options as Record<string, unknown>)[option];
      patch(id, { [option]: setting === 'words' && Array.isArray(before) ? [...before, ...(value as string[])] : value });
    }
    for (const [id, entry] of Object.entries(layer.settings.rules ?? {})) {
      const [level, options] = Array.isArray(entry) ? entry : [entry];
      rules[id] = { level: parseLevel(level) ?? rules[id]!.level, options: { ...rules[id]!.options, ...(options ?? {}) } };
    }
  }
  return kind === undefined ? { rules } : { rules, kind };
}

/** A layer's value of a top-level setting, as the rules take it (undefined where the layer does not set it). */
function sharedValue({ settings: s, fileWords }: Layer, setting: SharedSetting): unknown {
  switch (setting) {
    case 'words': {
      const words = [...(s.words ?? []), ...(fileWords ?? [])];
      return words.length > 0 ? words : undefined;
    }
    // Every rule that reads the required sections reads them from one list, since their caches go by it.
    case 'requiredSections':
      return s.requiredSections?.map((r) => ({ name: r.name, aliases: r.aliases ?? [] }));
    default:
      return s[setting];
  }
}
