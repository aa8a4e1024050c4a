/** VFile messages to plain findings: severity from configuration, positions as 1-based points. */
import { VFileMessage } from 'vfile-message';
import type { Finding, ResolvedConfig, Severity } from '../core/types.js';

export function toFinding(message: VFileMessage, config: ResolvedConfig): Finding | undefined {
  const ruleId = message.ruleId ?? 'internal-error';
  const level = config.rules[ruleId]?.level ?? (message.fatal ? 'error' : 'warning');
  if (level === 'off') return undefined;
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const finding: Finding = {
    ruleId,
    severity: message.infoOnly ? 'info' : message.warningOnly && level === 'error' ? 'warning' : (level as Severity),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    message: message.reason,
  };
  if (end) {
    finding.endLine = end.line;
    finding.endColumn = end.column;
  }
  if (message.actual !== undefined) finding.actual = message.actual;
  if (message.expected !== undefined) finding.expected = [...message.expected];
  if (message.url) finding.url = message.url;
  if (message.fix) finding.fix = { range: [...message.fix.range], text: message.fix.text };
  const cause = message.cause;
  if (cause instanceof VFileMessage && cause.line != null) {
    finding.related = { line: cause.line, column: cause.column ?? 1, message: cause.reason };
  }
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  // Ties keep the order the rules reported them in (Array.prototype.sort is stable).
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
