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
import { matchesOf } from '../core/matches.js';

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
    const lines = text === undefined ? undefined : lineStarts(text);
    const byLine = new Map<number, { line: Line; findings: Finding[] }>();
    for (const finding of fixable) {
      const line = lines && lineOf(text!, lines, finding.fix!.range);
      if (!line || !added?.has(line.number)) {
        offDiff++;
        continue;
      }
      const group = byLine.get(line.number);
      if (group) group.findings.push(finding);
      else byLine.set(line.number, { line, findings: [finding] });
    }
    for (const { line, findings } of byLine.values()) {
      const fixed = applyFixes(line.text, findings, line.start).text;
      const print = fingerprint(`${result.path}\n${line.text}\n${fixed}`);
      const fence = '`'.repeat(Math.max(3, ...[...matchesOf(/`+/g, fixed)].map((m) => m[0].length + 1)));
      const reasons = findings.map((f) => `${f.message} (rolelint \`${f.ruleId}\`)`).join('\n');
      comments.push({ path: result.path, line: line.number, fingerprint: print, body: `${reasons}\n\n${fence}suggestion\n${fixed}\n${fence}\n<!-- rolelint-suggestion ${print} -->` });
    }
  }
  return { comments, offDiff };
}

interface Line {
  /** 1-based. */
  number: number;
  /** Without its line break. */
  text: string;
  /** Offset of its first character. */
  start: number;
}

/** Where each line starts (LF, CRLF or CR endings), in order. */
const lineBreak = /\r\n|\r|\n/g;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of matchesOf(lineBreak, text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The line a range lies on; undefined if the range crosses a line break. */
function lineOf(text: string, starts: readonly number[], [start, end]: [number, number]): Line | undefined {
  if (/[\r\n]/.test(text.slice(start, end))) return undefined;
  // The last line start at or before the range's start.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= start) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low]!;
  const lineEnd = low + 1 < starts.length ? starts[low + 1]! : text.length;
  return { number: low + 1, text: text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, ''), start: lineStart };
}
