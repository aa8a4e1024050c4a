/**
 * The GitLab Code Quality report (`--format codequality`): the subset of the Code Climate issue
 * format GitLab reads from a job's `artifacts:reports:codequality`, so a merge request shows the
 * findings it adds and resolves. Each issue's fingerprint is its file, rule, message and how many
 * times that same finding came before in the file, not its line: a finding that only moves stays
 * the same issue, and two alike in one file stay two.
 */
import { findingFingerprints } from '../core/fingerprint.js';
import type { FileResult, Severity } from '../core/types.js';

const severities: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export function formatCodeQuality(results: readonly FileResult[]): string {
  const issues = results.flatMap((result) => {
    const prints = findingFingerprints(result.path, result.messages);
    return result.messages.map((m, i) => {
      return {
        description: m.message,
        check_name: m.ruleId,
        fingerprint: prints[i]!,
        severity: severities[m.severity],
        location: { path: result.path.replace(/\\/g, '/').replace(/^\.\//, ''), lines: { begin: m.line, ...(m.endLine && m.endLine > m.line ? { end: m.endLine } : {}) } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
