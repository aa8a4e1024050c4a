/**
 * Settings given as strings (the Action's inputs), read into a layer that overlays the
 * configuration file. Each is checked against the same schema; problems name the input.
 *   required-sections: one section a line, `Name: alias, alias`; or names separated by commas
 *   rules:             YAML or JSON, `{typo: off, duplicate-bullet: [error, {threshold: 0.85}]}`
 *   words:             separated by commas, spaces or new lines
 *   jurisdictions:     ids separated by commas, spaces or new lines (`us-co ca-on`)
 *   locale, kind:      one value
 */
import { parse } from 'yaml';
import { ConfigError, type ConfigProblem } from './problems.js';
import type { Layer, LayerSettings, SectionSetting } from './settings.js';
import { validateSettings } from './validate.js';

export interface SettingInputs {
  'required-sections'?: string;
  rules?: string;
  words?: string;
  locale?: string;
  kind?: string;
  jurisdictions?: string;
}

const keys: Record<keyof SettingInputs, keyof LayerSettings> = {
  'required-sections': 'requiredSections',
  rules: 'rules',
  words: 'words',
  locale: 'locale',
  kind: 'kind',
  jurisdictions: 'jurisdictions',
};

/** The inputs as a layer, or undefined when none is set; throws ConfigError naming each bad input. */
export function inputLayer(inputs: SettingInputs): Layer | undefined {
  const settings: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [name, raw] of Object.entries(inputs) as [keyof SettingInputs, string | undefined][]) {
    const text = raw?.trim();
    if (!text) continue;
    const key = keys[name];
    try {
      settings[key] = read(name, text);
    } catch (error) {
      problems.push({ source: `input \`${name}\``, keyPath: '', message: `cannot parse: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  // No setting input, nothing to validate (the validator's first call costs ~10 ms on a first run).
  if (problems.length === 0 && Object.keys(settings).length > 0) {
    for (const problem of validateSettings(settings, 'action inputs')) {
      const key = problem.keyPath.split(/[.[]/)[0]!;
      const name = Object.entries(keys).find(([, k]) => k === key)?.[0] ?? key;
      problems.push({ ...problem, source: `input \`${name}\``, keyPath: problem.keyPath.replace(key, name) === name ? '' : problem.keyPath });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.keys(settings).length > 0 ? { settings: settings as LayerSettings, source: 'action inputs' } : undefined;
}

function read(name: keyof SettingInputs, text: string): unknown {
  switch (name) {
    case 'required-sections':
      return text.split(/\r?\n/).flatMap((line): SectionSetting[] => {
        const colon = line.indexOf(':');
        if (colon < 0) return line.split(',').map((n) => n.trim()).filter(Boolean).map((n) => ({ name: n }));
        const aliases = line.slice(colon + 1).split(',').map((a) => a.trim()).filter(Boolean);
        return [{ name: line.slice(0, colon).trim(), aliases }];
      });
    case 'rules':
      return parse(text, { logLevel: 'error' });
    case 'words':
    case 'jurisdictions':
      return text.split(/[\s,]+/).filter(Boolean);
    default:
      return text;
  }
}
