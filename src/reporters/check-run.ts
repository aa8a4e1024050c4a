/**
 * Findings as the Checks API wants them: annotation objects (path, start_line, end_line,
 * annotation_level, message, title) in batches of at most 50 per request, and the run's
 * conclusion. Pure: the Action sends the requests.
 */
import type { FileResult, Severity } from '../core/types.js';
import { toAnnotations } from './annotations.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

/** GitHub's limits: 50 annotations per request, 64 KB per message, 255 characters per title. */
export const annotationsPerRequest = 50;
const maxMessage = 64 * 1024 - 1;
const maxTitle = 255;

const levels: Record<string, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

export function checkAnnotations(results: readonly FileResult[]): CheckAnnotation[] {
  return toAnnotations(results).map((a) => {
    const annotation: CheckAnnotation = {
      path: a.file,
      start_line: a.startLine,
      end_line: a.endLine,
      annotation_level: levels[a.level]!,
      message: a.message.slice(0, maxMessage),
      title: a.title.slice(0, maxTitle),
    };
    if (a.startColumn !== undefined) annotation.start_column = a.startColumn;
    if (a.endColumn !== undefined) annotation.end_column = a.endColumn;
    return annotation;
  });
}

export function inBatches<T>(items: readonly T[], size = annotationsPerRequest): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** `failure` when a finding reaches the failing severity, `neutral` when there are findings below it, else `success`. */
export function checkConclusion(severities: readonly Severity[], fails: (s: Severity) => boolean): 'success' | 'failure' | 'neutral' {
  if (severities.some(fails)) return 'failure';
  return severities.length > 0 ? 'neutral' : 'success';
}
