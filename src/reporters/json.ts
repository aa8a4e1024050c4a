/**
 * The JSON report: a stable contract other tools read. One object per linted file, findings in
 * order, exactly these keys and no others; `measures` where a rule read the whole document
 * (the balance of a job post's gender-coded words); a job post's facts (pay, location, closing
 * date…) as `facts` where the pay-transparency rule read them.
 */
import type { FileResult } from '../core/types.js';

export function formatJson(results: readonly FileResult[]): string {
  const data = results.map((result) => ({
    path: result.path,
    messages: result.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      line: m.line,
      column: m.column,
      ...(m.endLine === undefined ? {} : { endLine: m.endLine, endColumn: m.endColumn }),
      message: m.message,
      ...(m.actual === undefined ? {} : { actual: m.actual }),
      ...(m.expected === undefined ? {} : { expected: m.expected }),
      ...(m.fix === undefined ? {} : { fix: m.fix }),
    })),
    ...(result.fixed ? { fixed: result.fixed } : {}),
    // Readings of the whole document (a job post's gender-coded words), when a rule measured one.
    ...(result.measures?.length ? { measures: result.measures.map((m) => ({ ruleId: m.ruleId, id: m.id, label: m.label, value: m.value, verdict: m.verdict, counts: m.counts, words: m.words })) } : {}),
    ...(result.facts ? { facts: result.facts } : {}),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
