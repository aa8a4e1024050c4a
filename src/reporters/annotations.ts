/**
 * Findings as GitHub annotations (the properties of `::error file=…,line=…::message`). Pure: the
 * Action decides how to send them.
 */
import type { FileResult, Severity } from '../core/types.js';
import { spanInFile } from './span.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

const levels: Record<Severity, Annotation['level']> = { error: 'error', warning: 'warning', info: 'notice' };

export function toAnnotations(results: readonly FileResult[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const span = spanInFile(m, result);
      const annotation: Annotation = {
        level: levels[m.severity],
        title: `rolelint ${m.ruleId}`,
        message: m.message,
        file: result.path,
        startLine: span.startLine,
        endLine: span.endLine,
      };
      // GitHub keeps columns only on single-line annotations.
      if (span.endLine === span.startLine && span.startColumn !== undefined) {
        annotation.startColumn = span.startColumn;
        if (span.endColumn !== undefined) annotation.endColumn = span.endColumn;
      }
      annotations.push(annotation);
    }
  }
  return annotations;
}
