/**
 * Fixes as pull-request review comments with GitHub's suggested changes, which a reviewer commits
 * in one click: one comment a line (GitHub applies one suggestion a line in a batch), carrying
 * every fix on that line, only on lines the pull request adds (a comment off the diff fails the
 * whole review), each marked with a fingerprint of the line before and after, so a later run does
 * not post it again. Pure: the Action reads the files and sends the review.
 */
import { fingerprint } from '../core/fingerprint.js';
import { applyFixes } from '../core/fixes.js';
import type { FileResult, Finding } from '../core/types.js';

export interface SuggestionComment {
  path: string;
  line: number;
  body: string;
  fingerprint: string;
}

export interface Suggestions {
  comments: SuggestionComment[];
  /** Fixable findings on lines the pull request does not add: `rolelint --fix` corrects them. */
  offDiff: number;
}

/** The marker a comment carries; reading it back tells which suggestions a pull request has. */
export const fingerprintPattern = /<!-- rolelint-suggestion ([0-9a-f]+) -->/g;

/**
 * `texts` holds each file's text as linted (after any byte-order mark); `addedLines` the lines
 * each file's patch adds. A file with neither gets no comment.
 */
export function suggestionComments(
  results: readonly FileResult[],
  texts: ReadonlyMap<string, string>,
  addedLines: ReadonlyMap<string, ReadonlySet<number>>,
): Suggestions {
  const comments: SuggestionComment[] = [];
  let offDiff = 0;
  for (const result of results) {
    const fixable = result.messages.filter((m) => m.fix);
    if (fixable.length === 0) continue;
    const text = texts.get(result.path);
    const added = addedLines.get(result.path);
    const byLine = new Map<number, Finding[]>();
    for (const finding of fixable) {
      const line = text === undefined ? undefined : lineOf(text, finding.fix!.range);
      if (line === undefined || !added?.has(line.number)) {
        offDiff++;
        continue;
      }
      byLine.set(line.number, [...(byLine.get(line.number) ?? []), finding]);
    }
    for (const [number, findings] of byLine) {
      const line = lineOf(text!, findings[0]!.fix!.range)!;
      const fixed = applyFixes(line.text, findings, line.start).text;
      const print = fingerprint(`${result.path}\n${line.text}\n${fixed}`);
      const fence = '`'.repeat(Math.max(3, ...[...fixed.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      const reasons = findings.map((f) => `${f.message} (rolelint \`${f.ruleId}\`)`).join('\n');
      comments.push({ path: result.path, line: number, fingerprint: print, body: `${reasons}\n\n${fence}suggestion\n${fixed}\n${fence}\n<!-- rolelint-suggestion ${print} -->` });
    }
  }
  return { comments, offDiff };
}

/** The line (1-based) a range lies on, its text without the line break, and where it starts; undefined if the range crosses a line. */
function lineOf(text: string, [start, end]: [number, number]): { number: number; text: string; start: number } | undefined {
  if (/[\r\n]/.test(text.slice(start, end))) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const breakAt = text.slice(start).search(/[\r\n]/);
  const lineEnd = breakAt < 0 ? text.length : start + breakAt;
  let number = 1;
  for (let i = 0; i < lineStart; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) number++;
  return { number, text: text.slice(lineStart, lineEnd), start: lineStart };
}
