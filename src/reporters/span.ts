/**
 * Where a finding sits, kept inside its file: GitHub rejects or misplaces an annotation (and a
 * SARIF result) on a line the file does not have. A span that had to move loses its columns,
 * which would point into another line.
 */
import type { FileResult, Finding } from '../core/types.js';

export interface Span {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export function spanInFile(m: Finding, result: Pick<FileResult, 'lines'>): Span {
  const last = result.lines ?? Number.POSITIVE_INFINITY;
  const startLine = Math.min(Math.max(m.line, 1), last);
  const endLine = Math.min(Math.max(m.endLine ?? m.line, startLine), last);
  if (startLine !== m.line || endLine !== (m.endLine ?? m.line)) return { startLine, endLine };
  const span: Span = { startLine, endLine, startColumn: m.column };
  if (m.endColumn !== undefined) span.endColumn = m.endColumn;
  return span;
}
