import type { RuleMeta } from '../src/core/types.js';

export function replaceBlock(text: string, name: string, body: string, file: string): string;
export function ruleTable(rules: readonly { meta: RuleMeta }[]): string;
export function optionsTable(meta: RuleMeta): string;
