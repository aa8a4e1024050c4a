/** The configuration the engine applies when it is given none: every rule and file check at its default. */
import type { ResolvedConfig, RuleSetting } from '../core/types.js';
import { rules } from '../rules/index.js';
import { fileCheckList } from './checks.js';

export function defaultConfig(): ResolvedConfig {
  const settings: Record<string, RuleSetting> = {};
  for (const meta of [...fileCheckList, ...rules.map((rule) => rule.meta)]) {
    settings[meta.id] = { level: meta.defaultLevel, options: meta.defaults };
  }
  return { rules: settings };
}
