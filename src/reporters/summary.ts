/**
 * The job summary: every finding in a Markdown table per file, each line linked to the blob at
 * the head commit and each rule to its documentation. GitHub refuses a step summary over 1 MiB (and spends an error annotation on
 * saying so), so rows stop before the budget and the summary says how many were left out.
 */
import { printable } from '../core/printable.js';
import type { FileResult, HeldBack } from '../core/types.js';
import { countFindings, plural } from './count.js';

export interface SummaryOptions {
  /** A link to a line of a file at the reviewed commit; plain line numbers without it. */
  lineUrl?: (path: string, line: number) => string;
  /** Budget in bytes (UTF-8); GitHub's limit is 1 MiB per step. */
  maxBytes?: number;
  /** Said under the heading: what was linted and how the findings were delivered. */
  note?: string;
  /** A link to a rule's documentation (why it matters, how to fix), for the reviewer who wonders. */
  ruleUrl?: (ruleId: string) => string | undefined;
  /** What a baseline and the diff filter kept out of the findings listed. */
  held?: HeldBack;
}

export const summaryLimit = 1024 * 1024;

export function summaryMarkdown(results: readonly FileResult[], options: SummaryOptions = {}): string {
  const budget = (options.maxBytes ?? summaryLimit) - 512; // room for the truncation line
  const total = results.reduce((n, r) => n + r.messages.length, 0);
  const withFindings = results.filter((r) => r.messages.length > 0);
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  const parts: string[] = [`## rolelint\n\n`, `${total === 0 ? `No findings in ${files}` : `${total} finding${total === 1 ? '' : 's'} in ${withFindings.length} of ${files}`}.\n\n`];
  const { fixable } = countFindings(results);
  if (fixable > 0) parts.push(`${plural(fixable, 'finding')} can be fixed by running \`npx rolelint --fix\` on the files.\n\n`);
  if (options.note) parts.push(`${options.note}\n\n`);
  parts.push(...heldBackParagraphs(options.held ?? {}));
  let size = bytes(parts.join(''));
  let shown = 0;
  outer: for (const result of withFindings) {
    const header = `### ${code(escape(result.path))}\n\n| line | severity | rule | message |\n| ---: | --- | --- | --- |\n`;
    let block = header;
    for (const m of result.messages) {
      const line = options.lineUrl ? `[${m.line}](${options.lineUrl(result.path, m.line)})` : String(m.line);
      const url = options.ruleUrl?.(m.ruleId);
      const rule = url ? `[\`${m.ruleId}\`](${url})` : `\`${m.ruleId}\``;
      const row = `| ${line} | ${m.severity} | ${rule} | ${escape(m.message)} |\n`;
      if (size + bytes(block) + bytes(row) > budget) {
        if (block !== header) parts.push(`${block}\n`);
        break outer;
      }
      block += row;
      shown++;
    }
    parts.push(`${block}\n`);
    size += bytes(block) + 1;
  }
  if (shown < total) parts.push(`**${total - shown} more findings are not listed here**: GitHub limits a step summary to 1 MiB. Every finding is in the check run and the JSON report (\`report\` input).\n`);
  return parts.join('');
}

/** How many findings the baseline and the filter held back, and how many of the baseline are gone. */
function heldBackParagraphs({ baseline, filtered }: HeldBack): string[] {
  const parts: string[] = [];
  if (baseline) {
    const gone = baseline.gone > 0 ? `${plural(baseline.gone, 'finding')} of it ${baseline.gone === 1 ? 'is' : 'are'} gone: run \`npx rolelint --write-baseline\` and commit the file to drop them.` : 'None of it is gone.';
    parts.push(`**${plural(baseline.heldBack, 'finding')} held back** by the baseline ${code(escape(baseline.file))}, neither listed nor failing. ${gone}\n\n`);
  }
  if (filtered && filtered.count > 0) {
    parts.push(`**${plural(filtered.count, 'finding')} outside the pull request's changes** (\`filter-mode: ${filtered.mode}\`) ${filtered.count === 1 ? 'is' : 'are'} counted here, not annotated or listed, and ${filtered.fail ? '**do fail** the check (`fail-on-filtered: true`)' : 'do not fail the check'}.\n\n`);
  }
  return parts;
}

/** Text in a table cell or a heading: one line, its control characters escaped, no cell border. */
function escape(text: string): string {
  return printable(text).replace(/\|/g, '\\|');
}

/** A path as code: a backtick in it (a file may be named so) would end a one-backtick span. */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}
