/**
 * Words of prose with their index in the text. What is not prose is blanked out first (same
 * length, so indexes stay): URLs, e-mail addresses, file paths and domains, template tags
 * (`{% %}`, `{{ }}`), heading ids (`{#id}`), handles, emoji shortcodes (`:tshirt:`), and any
 * chunk with a digit, an underscore or a replacement character.
 */
import { isWhiteSpace } from './char-codes.js';
import { containsInvisible, isInvisible } from './invisible.js';
import { matchesOf } from '../core/matches.js';

export interface Token {
  word: string;
  index: number;
  /** Preceded in the text by a word, not by the start or a sentence end: a capital here marks a name. */
  midSentence: boolean;
}

const blank = (m: string) => ' '.repeat(m.length);
// Each with a character the text must hold for it to match, so most text skips most patterns.
// `(?<!\S)` starts a chunk pattern only where a chunk starts (same matches: the leftmost match of
// `\S*x\S*` starts there), instead of backtracking from every character of every chunk.
const nonProse: [hint: RegExp, pattern: RegExp][] = [
  // Template tags (`{% include %}`, `{{ page.title }}`), heading ids (`{#scope}`) and kramdown's
  // attribute lists (`{:rel="noopener noreferrer"}` after a link).
  [/[{]/, /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[^}]*\}|\{:[^}\n]*\}/g],
  [/:|www\./i, /\b(?:https?|ftp|mailto):\S+|\bwww\.\S+/gi],
  // Emoji shortcodes (`:tshirt:`, `:white_check_mark:`, `:+1:`), which GitHub and most renderers show as emoji.
  [/:[a-z0-9+_-]+:/, /(?<![\p{L}\p{N}:]):[a-z0-9+_-]+:(?![\p{L}\p{N}])/gu],
  [/@/, /(?<!\S)\S+@\S+\.\S+/g],
  // @mentions and #channels: handles, not words.
  [/[@#]/, /(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_-]+/gu],
  // Chunks with a slash, backslash or a dot between letters: paths, domains, Node.js, e.g. a/b.
  // The hint is the pattern's core, so a sentence's full stop (followed by a space) skips it.
  [/[\p{L}\p{N}][/\\.][\p{L}\p{N}]/u, /(?<!\S)\S*[\p{L}\p{N}][/\\.][\p{L}\p{N}]\S*/gu],
  // Digits, underscores, and U+FFFD (bytes that were not valid text): no word to judge.
  [/[\d_\uFFFD]/, /(?<!\S)\S*[\d_\uFFFD]\S*/g],
];
/** The same patterns for text whose letters are ASCII, without Unicode property lookups. */
const nonProseAscii: [hint: RegExp, pattern: RegExp][] = nonProse.map(([hint, pattern]) => [asciiClasses(hint), asciiClasses(pattern)]);

/**
 * Any of a list's hints, in one pass: most runs of prose hold none (three in four over the corpus),
 * and then no hint is tried on its own. Where one is found, each is tried as before.
 */
function anyOf(list: readonly [hint: RegExp, pattern: RegExp][]): RegExp {
  const flags = [...new Set(list.flatMap(([hint]) => [...hint.flags]))].join('');
  return new RegExp(list.map(([hint]) => `(?:${hint.source})`).join('|'), flags);
}
const anyNonProse = anyOf(nonProse);
const anyNonProseAscii = anyOf(nonProseAscii);

function asciiClasses(pattern: RegExp): RegExp {
  if (!pattern.unicode) return pattern;
  const source = pattern.source.replaceAll('\\p{L}\\p{N}', 'A-Za-z0-9');
  // Without the u flag any other \p{...} would silently mean the letters "p{...}".
  if (source.includes('\\p{')) throw new Error(`no ASCII form for ${pattern}`);
  return new RegExp(source, pattern.flags.replace('u', ''));
}

// An apostrophe is ' or ’, or ‘ between letters (`aren‘t`: a word processor's wrong turn of the quote).
const word = /\p{L}[\p{L}\p{M}]*(?:['‘’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['‘’][\p{L}\p{M}]+)*)*/gu;
const latin = /^[\p{Script=Latin}\p{M}'‘’-]+$/u;
/** Most words: the Latin check without Unicode property lookups. */
const asciiWord = /^[A-Za-z'-]+$/;
/**
 * Whether every letter, digit and mark of the text is ASCII: besides ASCII it holds only
 * characters of letter-free blocks (Latin-1 and general punctuation such as ’ “ — • and no-break
 * spaces, currency, arrows, shapes, dingbats, emoji; a test checks every code point). Most prose
 * does, and takes the plain path, which never compiles a Unicode property class (~12 ms on a
 * first run).
 */
export const lettersAreAscii = (text: string): boolean => !nonAscii.test(text) || !wordy.test(text);
// The first test is the cheap one: a `u` class scans by code point, several times slower.
const nonAscii = /[^\x00-\x7f]/;
/** The letter-free blocks of the Basic Multilingual Plane, as a class's ranges. */
const letterFree = '\\u00a0-\\u00a9\\u00ab-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u20a0-\\u20cf\\u2190-\\u23ff\\u2500-\\u2775\\u2794-\\u27bf\\u2b00-\\u2bff\\ufeff';
const wordy = new RegExp(`[^\\x00-\\x7f${letterFree}\\u{1f300}-\\u{1faff}]`, 'u');

export function tokenise(text: string): Token[] {
  return tokensOf(text, wordSpans(text));
}

/**
 * The words of `tokenise` as spans of the text, flat: the k-th word from `spans[3k]` to
 * `spans[3k + 1]`, `spans[3k + 2]` 1 where it stands mid-sentence. No string or object is made
 * for a word: the typo rule finds most of them in a set of spans (span-set.ts).
 */
export function wordSpans(text: string): number[] {
  return plainSpans(text, true) ?? fullWordSpans(text);
}

/**
 * wordSpans the long way: the letters' script found, what is not prose blanked, words joined across
 * invisible characters. Exported for the test that the plain path agrees with it.
 */
export function fullWordSpans(text: string): number[] {
  const plain = lettersAreAscii(text);
  let prose = text;
  // Without letters outside ASCII, \p{L}\p{N} and [A-Za-z0-9] match alike.
  if ((plain ? anyNonProseAscii : anyNonProse).test(prose)) for (const [hint, pattern] of plain ? nonProseAscii : nonProse) if (hint.test(prose)) prose = prose.replace(pattern, blank);
  // A word is letters (and apostrophes and hyphens between them), never a blanked chunk's spaces:
  // its span holds the same characters in `text` as in `prose`.
  if (!containsInvisible(prose)) return plain ? plainSpans(prose) : spansOf(unicodeTokens(prose));
  return spansOf(joinedAcrossInvisible(plain ? tokensOf(prose, plainSpans(prose)) : unicodeTokens(prose), prose));
}

/**
 * Per code unit past ASCII: 1 for the characters of the letter-free blocks but the invisible ones.
 * Most runs are read by plainSpans alone, in one pass, without the four scans of the long way:
 * those whose letters are ASCII and whose other characters are from these blocks, with no
 * character that starts a non-prose pattern (`{`, `@`, `#`, `:` or `www.` before a character)
 * but the two that blank whole chunks (a digit or `_`; a slash or dot between letters or digits),
 * which plainSpans skips itself.
 */
const plainCodes = new Uint8Array(0x10000);
for (const [, from, to] of matchesOf(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g, letterFree)) {
  for (let code = parseInt(from!, 16); code <= parseInt(to ?? from!, 16); code++) plainCodes[code] = isInvisible(code) ? 0 : 1;
}

/** Whether the character at `i` (its code `code`) is one only the long way reads. */
function needsLongWay(prose: string, i: number, code: number): boolean {
  if (code >= 0x80) return plainCodes[code] !== 1;
  if (code === 0x7b || code === 0x40 || code === 0x23) return true;
  if (code !== 0x3a && code !== 0x2e) return false;
  // `:` or `www.` before a character: an address's start.
  if (i + 1 >= prose.length || isWhiteSpace(prose.charCodeAt(i + 1))) return false;
  return code === 0x3a || (i >= 3 && (prose.charCodeAt(i - 1) | 0x20) === 0x77 && (prose.charCodeAt(i - 2) | 0x20) === 0x77 && (prose.charCodeAt(i - 3) | 0x20) === 0x77);
}

function spansOf(tokens: readonly Token[]): number[] {
  return tokens.flatMap((t) => [t.index, t.index + t.word.length, t.midSentence ? 1 : 0]);
}

function tokensOf(text: string, spans: readonly number[]): Token[] {
  const tokens: Token[] = [];
  for (let k = 0; k < spans.length; k += 3) tokens.push({ word: text.slice(spans[k], spans[k + 1]), index: spans[k]!, midSentence: spans[k + 2] === 1 });
  return tokens;
}

/**
 * Words split only by invisible characters (`Require\u200Bments`) made one again, as a reader sees
 * them: the word keeps them, so its length is its length in the text.
 */
function joinedAcrossInvisible(tokens: Token[], prose: string): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    const end = last ? last.index + last.word.length : -1;
    if (last && token.index > end && [...prose.slice(end, token.index)].every((c) => isInvisible(c.charCodeAt(0)))) {
      joined[joined.length - 1] = { ...last, word: prose.slice(last.index, token.index + token.word.length) };
    } else {
      joined.push(token);
    }
  }
  return joined;
}

function unicodeTokens(prose: string): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesOf(word, prose)) {
    let w = m[0];
    if (!asciiWord.test(w) && !latin.test(w)) continue;
    if (w.includes("'") || w.includes('’') || w.includes('‘')) w = w.replace(/['‘’]s$/i, '');
    const before = lastNonSpace(prose, m.index);
    const midSentence = before !== undefined && !sentenceBreak.test(before);
    tokens.push({ word: w, index: m.index, midSentence });
  }
  return tokens;
}

/**
 * The same words in text whose letters are all ASCII, by one pass over its character codes: a
 * word is letters joined by single apostrophes (', ’ or ‘) or hyphens, as `word` above, without a
 * possessive `'s`. This pass costs a fraction of the regular expressions' match objects. `guarded`
 * for a text not yet read the long way: undefined at the first character only the long way reads
 * (needsLongWay), and a chunk (characters between white space) the long way would blank is
 * skipped whole.
 */
function plainSpans(prose: string, guarded: true): number[] | undefined;
function plainSpans(prose: string, guarded?: false): number[];
function plainSpans(prose: string, guarded = false): number[] | undefined {
  const spans: number[] = [];
  const length = prose.length;
  let before = -1;
  // Where `guarded`: where the chunk being read started, and the spans and mark read before it.
  let chunkStart = -1;
  let chunkSpans = 0;
  let chunkBefore = -1;
  for (let i = 0; i < length; ) {
    const code = prose.charCodeAt(i);
    if (!isLetter(code)) {
      if (guarded && needsLongWay(prose, i, code)) return undefined;
      if (isWhiteSpace(code)) {
        chunkStart = -1;
        i++;
        continue;
      }
      if (guarded) {
        if (chunkStart === -1) {
          chunkStart = i;
          chunkSpans = spans.length;
          chunkBefore = before;
        }
        if (blanks(prose, chunkStart, i, code)) {
          // Read as the long way's blanks leave it: nothing, not even a sentence's mark.
          spans.length = chunkSpans;
          before = chunkBefore;
          for (i++; i < length && !isWhiteSpace(prose.charCodeAt(i)); i++) if (needsLongWay(prose, i, prose.charCodeAt(i))) return undefined;
          continue;
        }
      }
      before = code;
      i++;
      continue;
    }
    if (guarded && chunkStart === -1) {
      chunkStart = i;
      chunkSpans = spans.length;
      chunkBefore = before;
    }
    let end = i + 1;
    // Only a word joined by an apostrophe can end in a possessive `'s`.
    let apostrophe = false;
    for (;;) {
      while (end < length && isLetter(prose.charCodeAt(end))) end++;
      // No joiner with a letter after it fits (and no read past the end, which V8 answers slowly).
      if (end + 1 >= length) break;
      const joiner = prose.charCodeAt(end);
      if ((joiner === 0x27 || joiner === 0x2019 || joiner === 0x2018 || joiner === 0x2d) && isLetter(prose.charCodeAt(end + 1))) {
        apostrophe ||= joiner !== 0x2d;
        end += 2;
      } else break;
    }
    const possessive = apostrophe && (prose.charCodeAt(end - 1) | 0x20) === 0x73 && isApostrophe(prose.charCodeAt(end - 2));
    spans.push(i, possessive ? end - 2 : end, before !== -1 && !breaksSentence(before) ? 1 : 0);
    before = prose.charCodeAt(end - 1);
    i = end;
  }
  return spans;
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018;

/**
 * Whether the long way blanks the chunk from `start` for the character `code` at `i` (not a
 * letter): a digit or `_`, or a slash, backslash or dot between letters or digits (a path, a
 * domain, `Node.js`).
 */
function blanks(text: string, start: number, i: number, code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || code === 0x5f) return true;
  if (code !== 0x2f && code !== 0x5c && code !== 0x2e) return false;
  return i > start && i + 1 < text.length && isAlphanumeric(text.charCodeAt(i - 1)) && isAlphanumeric(text.charCodeAt(i + 1));
}

const isAlphanumeric = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39);
const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

const sentenceBreak = /[.!?:;•·|(\[“"]/;
/** The same marks by code, for the plain path's one test a word: a table for ASCII, and the three others. */
const asciiBreaks = new Uint8Array(128);
for (const c of '.!?:;|(["') asciiBreaks[c.charCodeAt(0)] = 1;
/** Whether a capital after this character (and white space) may start a sentence, as a token's `midSentence` reads it. */
export const breaksSentenceBefore = (char: string): boolean => sentenceBreak.test(char);
const breaksSentence = (code: number) => (code < 128 ? asciiBreaks[code] === 1 : code === 0x2022 || code === 0xb7 || code === 0x201c);

/** The last character before `index` that is not white space (as `trimEnd` sees it). */
function lastNonSpace(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isWhiteSpace(text.charCodeAt(i))) return text[i];
  return undefined;
}

/**
 * The words of a text in lower case, as `text.toLowerCase().split(/[^\p{L}'’]+/u)` reads them (runs
 * of letters and apostrophes), as a set: by one pass over its characters, twice as fast as the
 * split with its Unicode class.
 */
export function lowerCaseWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  const length = lower.length;
  let start = 0;
  let inWord = true;
  for (let i = 0; i < length; ) {
    const point = lower.codePointAt(i)!;
    const size = point > 0xffff ? 2 : 1;
    const letter = point < 0x80 ? isLetter(point) || point === 0x27 : point === 0x2019 || isLetterPoint(point);
    if (letter && !inWord) [start, inWord] = [i, true];
    else if (!letter && inWord) {
      words.add(lower.slice(start, i));
      inWord = false;
    }
    i += size;
  }
  // The split's last piece: the last word, or '' after a separator.
  words.add(inWord ? lower.slice(start) : '');
  return words;
}

const letterClass = /^\p{L}$/u;
/** Per BMP code past ASCII: 0 not yet asked, 1 a letter, 2 not. */
const letterCodes = new Uint8Array(0x10000);
function isLetterPoint(point: number): boolean {
  if (point > 0xffff) return letterClass.test(String.fromCodePoint(point));
  let known = letterCodes[point]!;
  if (known === 0) letterCodes[point] = known = letterClass.test(String.fromCharCode(point)) ? 1 : 2;
  return known === 1;
}
