/** The registry of rules, sorted by id. The engine, config and docs read it; nothing else lists rules. */
import type { RuleMeta, RuleSetting } from '../core/types.js';
import type { ProjectRule, Rule } from './define.js';
import { fileCheckList } from '../core/file-checks.js';
import { brokenMarkdown } from './broken-markdown.js';
import { confusableWord } from './confusable-word.js';
import { duplicateBullet } from './duplicate-bullet.js';
import { duplicateHeading } from './duplicate-heading.js';
import { emptySection } from './empty-section.js';
import { fairWording } from './fair-wording.js';
import { frontmatter } from './frontmatter.js';
import { ladderConsistency } from './ladder-consistency.js';
import { invisibleCharacter } from './invisible-character.js';
import { payTransparency } from './pay-transparency.js';
import { repeatedWord } from './repeated-word.js';
import { requiredSections } from './required-sections.js';
import { typo } from './typo.js';

export const rules: readonly Rule<any>[] = [brokenMarkdown, confusableWord, duplicateBullet, duplicateHeading, emptySection, fairWording, frontmatter, invisibleCharacter, payTransparency, repeatedWord, requiredSections, typo];

/** The rules that see more than one document: run once per run over the documents' models. */
export const projectRules: readonly ProjectRule<any>[] = [ladderConsistency];

/** Every configurable id, file checks included: the registry configuration and its schema read. */
export const allMeta: readonly RuleMeta[] = [...fileCheckList, ...rules.map((rule) => rule.meta), ...projectRules.map((rule) => rule.meta)];

/** Every id at its default level and options: the configuration nothing has changed. */
export function defaultRuleSettings(): Record<string, RuleSetting> {
  return Object.fromEntries(allMeta.map((meta) => [meta.id, { level: meta.defaultLevel, options: meta.defaults }]));
}

export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export type { ProjectRule, Rule } from './define.js';
