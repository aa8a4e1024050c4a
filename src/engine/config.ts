/** The configuration the engine applies when it is given none: every rule at its default level. */
import type { ResolvedConfig, RuleSetting } from '../core/types.js';
import { rules } from '../rules/index.js';

export function defaultConfig(): ResolvedConfig {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) settings[rule.meta.id] = { level: rule.meta.defaultLevel, options: rule.meta.defaults };
  return { rules: settings };
}
