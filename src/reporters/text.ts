/**
 * The text report, one finding a line in the shape compilers and linters use, so terminals and
 * editors make it a link: `path:line:column  severity  message  rule`, then a summary line (with
 * what `--fix` did, or could do). Paths and messages are printed escaped (core/printable.ts): a
 * file name may hold a newline or start with `::`, a workflow command in a GitHub log.
 */
import { printable, printablePath } from '../core/printable.js';
import type { FileResult, HeldBack } from '../core/types.js';
import { countFindings, plural } from './count.js';

export function formatText(results: readonly FileResult[], held: HeldBack = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      lines.push(`${printablePath(result.path)}:${m.line}:${m.column}  ${m.severity}  ${printable(m.message)}  ${m.ruleId}`);
    }
  }
  const c = countFindings(results);
  const problems = c.error + c.warning + c.info;
  const files = plural(c.files, 'file');
  if (c.fixed > 0) lines.push(`✔ fixed ${plural(c.fixed, 'problem')} in ${plural(c.filesFixed, 'file')}`);
  if (problems === 0) {
    lines.push(`✔ ${files} linted, no problems`);
  } else {
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info > 0) parts.push(`${c.info} info`);
    lines.push(`✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${c.filesWithFindings} of ${files}`);
    if (c.fixable > 0) lines.push(`  ${c.fixable} of them can be fixed with \`--fix\``);
  }
  lines.push(...heldBackLines(held));
  return `${lines.join('\n')}\n`;
}

/** What a baseline or a diff filter kept out of the report, so a team sees the baseline shrink. */
export function heldBackLines({ baseline, filtered }: HeldBack): string[] {
  const lines: string[] = [];
  if (baseline) {
    const gone = baseline.dropped !== undefined ? `${plural(baseline.dropped, 'finding')} gone and dropped from it` : baseline.gone > 0 ? `${plural(baseline.gone, 'finding')} of it gone (run \`--write-baseline\` to drop them)` : 'none of it gone';
    lines.push(`  ${plural(baseline.heldBack, 'finding')} held back by the baseline ${printablePath(baseline.file)}; ${gone}`);
  }
  if (filtered && filtered.count > 0) lines.push(`  ${plural(filtered.count, 'finding')} outside the pull request's changes held back (filter-mode: ${filtered.mode})`);
  return lines;
}
