/**
 * `repeated-word`: a word written twice in a row (`the the`), the slip the eye reads past, most
 * often where one line ends and the next begins, as retext-repeated-words, Vale's Repetition and
 * proselint's lexical illusions report it. Only white space may stand between the two (and a
 * block quote's `>` starting the next line), and both must be the same word in the same text:
 * `in in-person` is two words, `the **the**` is left to the author. Words English writes twice on
 * purpose (`had had`, `that that`, `log in in`) are allowed, and more by the `allow` option.
 */
import type { Html, Text } from 'mdast';
import { location } from 'vfile-location';
import { defineRule } from './define.js';
import { htmlProse, textProse, type ProseRun } from './prose.js';
import { treeIndex } from './tree-index.js';

export interface RepeatedWordOptions {
  /** Words that may stand twice in a row (case-insensitive). */
  allow: readonly string[];
}

/** A word of the source: where it starts, and its text. */
type Word = { word: string; start: number };

export const repeatedWord = defineRule<RepeatedWordOptions>(
  {
    id: 'repeated-word',
    description: 'Flag a word written twice in a row (`the the`), across a line break too',
    defaultLevel: 'warning',
    defaults: { allow: ['had', 'that', 'in', 'blah', 'bye'] },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, description: 'Words that may stand twice in a row (case-insensitive); replaces the default list (had, that, in, blah, bye)' },
      },
    },
  },
  (tree, file, options) => {
    const source = String(file.value ?? '');
    const allowed = allowedSet(options.allow);
    let place: ReturnType<typeof location> | undefined;
    /** One finding for a run of the same word, over all of it: `word word word` is one slip, not two. */
    const report = (run: readonly Word[]) => {
      const [first, last] = [run[0]!, run.at(-1)!];
      place ??= location(source);
      const from = place.toPoint(first.start);
      const to = place.toPoint(last.start + last.word.length);
      if (!from || !to) return;
      const message = file.message(
        run.length > 2
          ? `\`${first.word}\` written ${run.length} times in a row; keep one`
          : from.line === to.line
            ? `\`${first.word} ${last.word}\`: a word written twice; remove one \`${last.word}\``
            : `\`${first.word}\` ends line ${from.line} and \`${last.word}\` starts line ${to.line}: a word written twice; remove one`,
        { place: { start: from, end: to } },
      );
      message.actual = source.slice(first.start, last.start + last.word.length);
      message.expected = [first.word];
    };
    /** Compares each word with the one before it, through the runs of one text node. */
    const scan = (runs: readonly ProseRun[]) => {
      let previous: Word | undefined;
      let run: Word[] | undefined;
      for (const { at, tokens } of runs) {
        for (const token of tokens) {
          const word = { word: token.word, start: at + token.index };
          if (previous && repeats(previous, word, source, allowed)) (run ??= [previous]).push(word);
          else if (run) {
            report(run);
            run = undefined;
          }
          previous = word;
        }
      }
      if (run) report(run);
    };

    const index = treeIndex(tree);
    for (const at of index.of('text')) scan(textProse(index.nodes[at] as Text, source));
    // A post pasted as HTML: each run of text between tags on its own.
    for (const at of index.of('html')) for (const run of htmlProse(index.nodes[at] as Html, source)) scan([run]);
  },
);

/** Between two words of a repeat: spaces and line breaks, and a block quote's `>` starting a line. */
const gap = /^(?:[ \t]*(?:\r\n|\r|\n)[ \t>]*|[ \t]+)$/;

function repeats(first: Word, second: Word, source: string, allowed: ReadonlySet<string>): boolean {
  const [a, b] = [first.word, second.word];
  // Most neighbours differ in length: no lower-casing for them.
  if (a.length !== b.length || (a !== b && a.toLowerCase() !== b.toLowerCase())) return false;
  return !allowed.has(a.toLowerCase()) && gap.test(source.slice(first.start + first.word.length, second.start));
}

const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The configured list, lower case, built once per configuration. */
function allowedSet(words: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(words);
  if (!set) allowedSets.set(words, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set;
}
