/** The registry of rules, sorted by id. The engine, config and docs read it; nothing else lists rules. */
import type { Rule } from './define.js';
import { duplicateBullet } from './duplicate-bullet.js';
import { duplicateHeading } from './duplicate-heading.js';
import { frontmatter } from './frontmatter.js';
import { requiredSections } from './required-sections.js';
import { typo } from './typo.js';

export const rules: readonly Rule<any>[] = [duplicateBullet, duplicateHeading, frontmatter, requiredSections, typo];

export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export type { Rule } from './define.js';
