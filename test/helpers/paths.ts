import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/types.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixtures = path.join(root, 'fixtures');

/**
 * The shared folder beside the repository (real documents we may read but not copy). Absent on a
 * user's clone: tests that need it skip and say so.
 */
export const shared = process.env.ROLELINT_SHARED ?? path.resolve(root, '..', 'shared');
export const hasShared = (sub: string) => existsSync(path.join(shared, sub));
export const sharedMissing = (sub: string) =>
  `skipped: ${path.join(shared, sub)} is absent (real documents live beside the repository, not in it)`;

/** `line:column[-endLine:endColumn]  ruleId  message`, the line format of fixtures' expected files. */
export function formatFinding(f: Finding): string {
  const end = f.endLine === undefined ? '' : `-${f.endLine}:${f.endColumn}`;
  return `${f.line}:${f.column}${end}  ${f.ruleId}  ${f.message}`;
}
