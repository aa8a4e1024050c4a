/** The configuration the engine applies when it is given none: every rule and file check at its default. */
import type { ResolvedConfig } from '../core/types.js';
import { defaultRuleSettings } from '../rules/index.js';

export function defaultConfig(): ResolvedConfig {
  return { rules: defaultRuleSettings() };
}

/** What every rule and file check says about itself, for reporters that list rules (SARIF). */
export { allMeta as ruleMetadata } from '../rules/index.js';
