/** The public library API: lint documents, list rules, render reports. No side effects on import. */
export { defaultConfig } from './engine/config.js';
export { lint, lintDocument, type Document, type Resolve } from './node/lint.js';
export { rules } from './rules/index.js';
export { formatJson } from './reporters/json.js';
export { formatText } from './reporters/text.js';
export type { FileResult, Finding, Fix, ResolvedConfig, RuleMeta, Severity } from './core/types.js';
