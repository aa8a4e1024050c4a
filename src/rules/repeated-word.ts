/**
 * `repeated-word`: a word written twice in a row (`the the`), the slip the eye reads past, most
 * often where one line ends and the next begins, as retext-repeated-words, Vale's Repetition and
 * proselint's lexical illusions report it. Only white space may stand between the two (and a
 * block quote's `>` starting the next line), and both must be the same word in the same text:
 * `in in-person` is two words, `the **the**` is left to the author. Words English writes twice on
 * purpose (`had had`, `that that`, `log in in`) are allowed, and more by the `allow` option. A
 * document in French, German or Spanish is read with the words those languages double on purpose
 * (`nous nous`, `die die`); one in a language the rule does not know is left alone.
 */
import type { Html, Text } from 'mdast';
import { location } from 'vfile-location';
import { defineRule } from './define.js';
import { frontmatterProse, htmlRunsAt, proseFrontmatterKeys, textRunsAt, withTokens, type ProseRun } from '../document/prose.js';
import { treeIndex } from '../document/tree-index.js';
import { documentLanguage } from '../document/language.js';
import { namePlaces, type NamePlaces } from '../document/name-places.js';
import { doubledAfterVerb, doubledBeforePhrase, doubledOnPurpose } from './repeated-word.data.js';

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
    defaults: { allow: ['had', 'that', 'in', 'blah', 'bye', 'etc', 'ta', 'ha', 'yadda'] },
    tags: ['wording'],
    messages: {
      run: '`{{word}}` written {{count}} times in a row; keep one',
      twice: '`{{first}} {{second}}`: a word written twice; remove one `{{second}}`',
      acrossLines: '`{{first}}` ends line {{line}} and `{{second}}` starts line {{next}}: a word written twice; remove one',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, description: 'Words that may stand twice in a row (case-insensitive); replaces the default list (had, that, in, blah, bye, etc, ta, ha, yadda)' },
      },
    },
  },
  (tree, file, options, say) => {
    const source = String(file.value ?? '');
    // English, and the languages whose words written twice on purpose are listed; any other is
    // left alone (`nous nous`, `vous vous` are French grammar; `die die` German).
    const language = documentLanguage(tree, source, file).language ?? 'en';
    const own = doubledOnPurpose[language];
    if (own === undefined) return;
    const allowed = allowedSet(language === 'en' ? options.allow : [...options.allow, ...own]);
    let place: ReturnType<typeof location> | undefined;
    let names: NamePlaces | undefined;
    /** One finding for a run of the same word, over all of it: `word word word` is one slip, not two. */
    const report = (run: readonly Word[]) => {
      const [first, last] = [run[0]!, run.at(-1)!];
      if (nameWrittenTwice(source, run, () => (names ??= namePlaces(tree, treeIndex(tree), source, file)))) return;
      place ??= location(source);
      const from = place.toPoint(first.start);
      const to = place.toPoint(last.start + last.word.length);
      if (!from || !to) return;
      const message = file.message(
        run.length > 2
          ? say('run', { word: first.word, count: run.length })
          : say(from.line === to.line ? 'twice' : 'acrossLines', { first: first.word, second: last.word, line: from.line, next: to.line }),
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
    for (const at of index.of('text')) {
      const node = index.nodes[at] as Text;
      if (mayRepeat(node.value)) scan(textRunsAt(index, at, source).map(withTokens));
    }
    // The title and description: `Senior Senior Engineer` is a slip the page and its listing show.
    for (const run of frontmatterProse(tree, source, proseFrontmatterKeys)) if (mayRepeat(run.text)) scan([withTokens(run)]);
    // A post pasted as HTML: each run of text between tags on its own.
    for (const at of index.of('html')) {
      const node = index.nodes[at] as Html;
      if (mayRepeat(node.value)) for (const run of htmlRunsAt(index, at, source)) scan([withTokens(run)]);
    }
  },
);

/**
 * Whether a text may hold a word twice in a row: one pass by character codes, no allocation, over
 * every text of every document, so that only the few that may are split into words (the typo rule
 * splits them all; a regular expression with a back-reference took longer than splitting). Loose
 * where it must be: any character outside ASCII counts as a letter and any case of it as the same,
 * so no text with a repeat is passed over.
 */
function mayRepeat(text: string): boolean {
  let previous = -1;
  let previousEnd = -1;
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (previous >= 0 && i - start === previousEnd - previous && spaceBetween(text, previousEnd, start) && sameLetters(text, previous, start, i - start)) return true;
    previous = start;
    previousEnd = i;
  }
  return false;
}

/** Letters, apostrophes and hyphens, and anything outside ASCII. */
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2d || c > 0x7f;

function spaceBetween(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}

/** The same letters at `a` and `b`, ASCII case aside; outside ASCII, any two letters pass. */
function sameLetters(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y || x > 0x7f || y > 0x7f) continue;
    const lower = x | 0x20;
    if (lower !== (y | 0x20) || lower < 0x61 || lower > 0x7a) return false;
  }
  return true;
}

/** Between two words of a repeat: spaces and line breaks, and a block quote's `>` starting a line. */
const gap = /^(?:[ \t]*(?:\r\n|\r|\n)[ \t>]*|[ \t]+)$/;

function repeats(first: Word, second: Word, source: string, allowed: ReadonlySet<string>): boolean {
  const [a, b] = [first.word, second.word];
  // Most neighbours differ in length: no lower-casing for them.
  if (a.length !== b.length || (a !== b && a.toLowerCase() !== b.toLowerCase())) return false;
  const between = source.slice(first.start + first.word.length, second.start);
  if (allowed.has(a.toLowerCase()) || !gap.test(between)) return false;
  // A word in lower case, then the same word with a capital: across a line break, the next item of
  // a list written without its markers (`… product design experience` / `Experience working with
  // …`); on one line, the start of a name (`approved as As Appropriate interviewers`), but for an
  // article before a name that starts with it (`under the The Electrical Machine Works`). Not a slip.
  if (a.length > 1 && b === capitalised(a) && a !== b && (between.includes('\n') || !articles.has(a))) return false;
  // `ABOUT FRACTILE` / `Fractile was founded…`: a word in capitals, then the same word with only
  // its capital, ends a title written in capitals and starts the text under it.
  if (a.length > 1 && a === a.toUpperCase() && /^\p{Lu}\p{Ll}+$/u.test(b)) return false;
  // `About NYU Libraries` / `Libraries at New York University serve…`: a title on a line of its
  // own, then the text under it starting with the title's last word.
  if (a === b && /^\p{Lu}\p{Ll}/u.test(a) && between.includes('\n') && titleLineBefore(source, first.start + a.length)) return false;
  // `Python` / `Django` / `Django REST Framework`: a capitalised word alone on its line, and the
  // next line starting with it, are items of a list written as lines; wrapped prose leaves no word
  // alone on a line.
  if (a === b && /^\p{Lu}\p{Ll}/u.test(a) && between.includes('\n') && aloneOnLine(source, first.start, first.start + a.length)) return false;
  // `from $TEAMS teams`: a template's variable, then the word it stands before.
  if (source[first.start - 1] === '$') return false;
  // `The Good Docs Project Project Steering Committee`: a name ending in the word, then a name
  // starting with it, each written elsewhere in the document (`the Good Docs Project`, `the project
  // steering committee`): two names met, not a slip.
  if (/^\p{Lu}/u.test(a) && namesMeet(source, first, second)) return false;
  // `C C++`, `F F#`: a language and the one named after it, the marks the words leave out.
  const after = source.charAt(second.start + second.word.length);
  if (after === '+' || after === '#') return false;
  // `complete this this week`, `present at at least one meeting`: the first ends what comes before,
  // the second opens a phrase of its own.
  const phrase = Object.hasOwn(doubledBeforePhrase, a.toLowerCase()) ? doubledBeforePhrase[a.toLowerCase()]! : undefined;
  // `must be abided by by all`: the first ends a phrasal verb, the second opens who does it.
  const verbs = Object.hasOwn(doubledAfterVerb, a.toLowerCase()) ? doubledAfterVerb[a.toLowerCase()]! : undefined;
  return !(phrase && phrase.includes(wordAfter(source, second.start + second.word.length))) && !(verbs && verbs.includes(wordBefore(source, first.start)));
}

/** The word before `at`, lower case, where white space on the same line is all that comes after it. */
function wordBefore(source: string, at: number): string {
  return /\b([a-z]+)[ \t]+$/i.exec(source.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
}

/**
 * Whether the capitalised word before a repeat (`Docs` of `Docs Project Project Steering`) with the
 * repeated word, and the repeated word with the word after it, each stand elsewhere in the source
 * (case aside): the repeat is where a name ending in the word meets a name starting with it.
 */
function namesMeet(source: string, first: Word, second: Word): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(source.slice(Math.max(0, first.start - 40), first.start))?.[1];
  const after = /^[ \t]+([\p{L}'’-]+)/u.exec(source.slice(second.start + second.word.length, second.start + second.word.length + 40))?.[1];
  if (before === undefined || after === undefined) return false;
  const text = source.toLowerCase();
  const count = (phrase: string) => text.split(phrase.toLowerCase()).length - 1;
  return count(`${before} ${first.word}`) >= 2 && count(`${second.word} ${after}`) >= 2;
}

/** The word after `at`, lower case, where white space on the same line is all that comes before it. */
function wordAfter(source: string, at: number): string {
  return /^[ \t]+([a-z]+)\b/i.exec(source.slice(at, at + 20))?.[1]?.toLowerCase() ?? '';
}

/** Whether the line holding [start, end) holds nothing else (but a quote's `>` and white space). */
function aloneOnLine(source: string, start: number, end: number): boolean {
  const lineEnd = source.indexOf('\n', end);
  return /^[ \t>]*$/.test(source.slice(source.lastIndexOf('\n', start - 1) + 1, start)) && source.slice(end, lineEnd < 0 ? source.length : lineEnd).trim() === '';
}

/** The most words a line standing for a title has (`About the Libraries of New York University`). */
const maxTitleWords = 6;

/**
 * Whether the line ending at `end` is a title: after a blank line (or first), a few words with no
 * mark at its end, each word of four letters or more a capital's (`About NYU Libraries`).
 */
function titleLineBefore(source: string, end: number): boolean {
  const start = source.lastIndexOf('\n', end - 1) + 1;
  if (start > 0 && !/^[ \t>]*\r?$/.test(source.slice(source.lastIndexOf('\n', start - 2) + 1, start - 1))) return false;
  const words = source.slice(start, end).replace(/^[ \t>]+/, '').split(/[ \t]+/);
  return words.length <= maxTitleWords && words.every((w) => /^\p{L}/u.test(w) && (w.length < 4 || /^\p{Lu}/u.test(w)));
}

/**
 * Whether a run of one capitalised word on one line is a person's name as they write it (the text
 * of a link to their profile, `[Nedim Sabic Sabic](https://github.com/…)`, a cell of a people
 * table): a family name may be written twice, alike; the name is theirs to spell. So is one its
 * line writes closed up, as an address does (`Yang Yang` beside `ambassador-yangyang.png`).
 */
function nameWrittenTwice(source: string, run: readonly Word[], places: () => NamePlaces): boolean {
  const [first, last] = [run[0]!, run.at(-1)!];
  if (!/^\p{Lu}\p{Ll}/u.test(first.word) || !run.every((w) => w.word === first.word) || source.slice(first.start, last.start).includes('\n')) return false;
  return closedUpOnLine(source, first.start, first.word.repeat(run.length)) || places().named(first.start);
}

/** Whether the line around `at` writes `joined` (a name's words closed up) in lower case, as an address or a handle does. */
function closedUpOnLine(source: string, at: number, joined: string): boolean {
  const end = source.indexOf('\n', at);
  return source.slice(source.lastIndexOf('\n', at) + 1, end === -1 ? source.length : end).includes(joined.toLowerCase());
}

/** Articles, written twice before a name that starts with one (`the The Guardian`) all the same. */
const articles: ReadonlySet<string> = new Set(['the', 'an']);

/** The word with its first letter a capital: what the first word of a line is written as. */
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);


const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The configured list, lower case, built once per configuration. */
function allowedSet(words: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(words);
  if (!set) allowedSets.set(words, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set;
}
