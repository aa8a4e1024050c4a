/** The configuration the engine applies when it is given none: every rule and file check at its default. */
import type { ResolvedConfig } from '../core/types.js';
import { defaultRuleSettings } from '../rules/index.js';

let defaults: ResolvedConfig | undefined;

/** One shared object, so the engine's per-setting caches hit for every document linted with it. */
export function defaultConfig(): ResolvedConfig {
  defaults ??= { rules: defaultRuleSettings() };
  return defaults;
}

/** What every rule and file check says about itself, for reporters that list rules (SARIF). */
export { allMeta as ruleMetadata } from '../rules/index.js';
