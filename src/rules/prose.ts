/**
 * Where the prose of a document stands in its source, for the rules that read it word by word
 * (typo, repeated-word): a text node's text as runs at their offsets, since a node's value and its
 * source differ where escapes (`\*`), character references (`&amp;`) or the indentation of a list
 * item's later lines are; an HTML block's text between its tags. Each node is read and split into
 * words once, for every rule that asks.
 */
import type { Html, Text } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { htmlRuns } from '../text/html.js';
import { tokenise, type Token } from '../text/tokenise.js';
import { verbatimStart } from './html-source.js';

/** Text the source holds as it is, at its offset in the source, with its words. */
export interface ProseRun {
  text: string;
  at: number;
  tokens: readonly Token[];
}

// By node: the rules of one lint share a tree, and the entries go with it.
const textCache = new WeakMap<Text, readonly ProseRun[]>();
const htmlCache = new WeakMap<Html, readonly ProseRun[]>();

/** A text node's prose: its runs (see textRuns) with their words. */
export function textProse(node: Text, source: string): readonly ProseRun[] {
  let runs = textCache.get(node);
  if (!runs) {
    const found: ProseRun[] = [];
    textRuns(node, source, (text, at) => found.push({ text, at, tokens: tokenise(text) }));
    textCache.set(node, (runs = found));
  }
  return runs;
}

/** An HTML block's prose (a post pasted as HTML, a table written in HTML): each run of text between its tags. */
export function htmlProse(node: Html, source: string): readonly ProseRun[] {
  let runs = htmlCache.get(node);
  if (!runs) {
    const start = verbatimStart(node, source);
    runs = start === undefined ? [] : htmlRuns(node.value).map((run) => ({ text: run.text, at: start + run.index, tokens: tokenise(run.text) }));
    htmlCache.set(node, runs);
  }
  return runs;
}

/**
 * A text node's text in runs that the source holds as they are, each with its offset in the source:
 * the whole value where nothing differs. An escape or a character reference ends a run (the
 * escaped mark starts the next; a reference's text is in no run) and so does what only the source
 * has between lines (indentation, a block quote's `>`).
 */
export function textRuns(node: Text, source: string, visit: (text: string, at: number) => void): void {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (end - start === value.length && source.startsWith(value, start)) {
    visit(value, start);
    return;
  }
  let i = 0;
  let j = start;
  let runFrom = -1;
  let runAt = 0;
  const flush = () => {
    if (runFrom >= 0) visit(value.slice(runFrom, i), runAt);
    runFrom = -1;
  };
  while (i < value.length && j < end) {
    const r = source[j]!;
    if (r === '&') {
      reference.lastIndex = j;
      const m = reference.exec(source);
      const decoded = m ? referenceText(m) : undefined;
      if (m && decoded !== undefined && value.startsWith(decoded, i)) {
        flush();
        i += decoded.length;
        j += m[0].length;
        continue;
      }
    }
    if (r === '\\' && source[j + 1] === value[i] && asciiPunctuation.test(value[i]!)) {
      flush();
      j++;
      continue;
    }
    if (r === value[i]) {
      if (runFrom < 0) [runFrom, runAt] = [i, j];
      i++;
      j++;
      continue;
    }
    // Only the source has it: white space around a line break, a block quote's `>`. Anything else
    // means the two no longer line up; the rest is left unread rather than misplaced.
    flush();
    if (!/[\s>]/.test(r)) return;
    j++;
  }
  flush();
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;
/** A character reference as CommonMark reads one: decimal, hexadecimal or named. */
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y;

function referenceText(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return decodeNumericCharacterReference(m[1], 10);
  if (m[2] !== undefined) return decodeNumericCharacterReference(m[2], 16);
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? undefined : named;
}
