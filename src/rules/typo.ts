/**
 * `typo`: misspelt words in the prose of a role document (headings, paragraphs, list items, table
 * cells, link text, image alt text, the text of HTML blocks, and the frontmatter's title and
 * description), each reported at its exact place with corrections, best first. Code, URLs, e-mail
 * addresses, HTML tags and attributes, template tags, file paths and words with digits are not
 * prose. The dictionaries are English: a document in another language is skipped when it says so,
 * and reported once when it does not. The speller is given by the engine (or by whoever runs the
 * plugin), so the rule reads no files.
 */
import type { Image, Link, LinkReference, Root } from 'mdast';
import type { Speller } from '../text/speller.js';
import { oneEditCost, oneEditLengthChange, typingCost, withinOneEdit } from '../text/typing-cost.js';
import { commonWordCount, grammar, grammarJoined, isCompound, isRunOfWords, prefixes } from '../text/compound.js';
import { boundedMemo } from '../text/bounded-memo.js';
import { isUpperCode } from '../text/char-codes.js';
import { containsInvisible, withoutInvisible } from '../text/invisible.js';
import { breaksSentenceBefore, lowerCaseWords, tokenise, wordSpans, type Token } from '../text/tokenise.js';
import { SpanSet } from '../text/span-set.js';
import { izeEnding } from '../text/variants.js';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { asInfo, defineRule, fill, offerFix } from './define.js';
import { frontmatterProse, htmlRunsAt, proseFrontmatterKeys, textRunsAt } from '../document/prose.js';
import { spellingDirectives, type SpellingDirectives } from '../document/spelling-directives.js';
import { definitionsOf, treeIndex, type TreeIndex } from '../document/tree-index.js';
import { documentLanguage, inOtherLanguage, otherLanguageAt } from '../document/language.js';
import { namePlaces, type NamePlaces } from '../document/name-places.js';
import { nameListSpans } from '../document/name-lists.js';
import { addressTitles, allowedWords, calendarWords, companyForms, hyphenPrefixes, maxWordLength, nameParticles, orderedAcronyms } from './typo.data.js';
import { wildcardWords } from '../text/wildcard-words.data.js';
import { abbreviatesWordsBefore } from '../text/short-form.js';
import { matchesOf } from '../core/matches.js';

export interface TypoOptions {
  /** Words to accept as spelt (case-insensitive), on top of the dictionaries. */
  words: readonly string[];
  /** `en` accepts US and British spellings; `en-US` or `en-GB` only one. Used by the engine to pick dictionaries. */
  locale: 'en' | 'en-US' | 'en-GB';
  /** Accept words in capitals of up to five letters, with an optional plural `s` (OKR, KPIs, SOC). */
  allowAcronyms: boolean;
  /** Frontmatter keys whose values are prose. */
  frontmatterKeys: readonly string[];
  /** Given by the engine; not a configuration setting. */
  speller?: Speller;
  /** The words the project's documents use consistently, lower case (src/text/vocabulary.ts); given by the engine. */
  vocabulary?: ReadonlySet<string>;
}

/** The rule's messages (its meta's `messages`). */
const messages = {
  overlong: '`{{shown}}` ({{length}} characters) is longer than any word, so it was not spell-checked; if it is data or code, write it between backticks',
  foreign: 'Not spell-checked: {{unknown}} of its {{words}} words ({{examples}}, …) are not English, so the document seems to be in another language; say which in its frontmatter (`lang: de`) or its name (`job.de.md`), or switch `typo` off for it',
  unknown: '`{{word}}` is not in the dictionary; if it is spelt right, add it to `words`',
  unknownSpaced: '`{{word}}` is not in the dictionary; did you mean `{{best}}`? If it is one word, add it to `words`',
  unknownGuess: '`{{word}}` is not in the dictionary; did you mean `{{best}}`? If it is spelt right (a name, a term), add it to `words`',
  misspelt: '`{{word}}` is misspelt; did you mean `{{best}}`?',
} as const;
const say = (id: keyof typeof messages, data: Readonly<Record<string, string | number>>) => fill(messages[id], data);

export const typo = defineRule<TypoOptions>(
  {
    id: 'typo',
    description: 'Flag misspelt words in prose, headings and frontmatter prose (title, description, lists), with suggestions',
    defaultLevel: 'warning',
    defaults: { words: [], locale: 'en', allowAcronyms: true, frontmatterKeys: proseFrontmatterKeys },
    tags: ['spelling'], fixable: true, needs: ['speller', 'vocabulary'], settings: { words: 'words', locale: 'locale' },
    messages,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        words: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words to accept as spelt (case-insensitive)' },
        locale: { enum: ['en', 'en-US', 'en-GB'], description: '`en` accepts US and British spellings; `en-US` or `en-GB` only one' },
        allowAcronyms: { type: 'boolean', description: 'Accept capitals of up to five letters, with an optional plural s (OKR, KPIs), and longer ones that are not one edit from a word (INFOSEC)' },
        frontmatterKeys: { type: 'array', items: { type: 'string' }, description: 'Frontmatter keys whose values are prose' },
      },
    },
  },
  (tree, file, options) => {
    const speller = options.speller;
    if (!speller) throw new Error('the typo rule needs a `speller` (the engine provides one)');
    const source = String(file.value ?? '');
    // The dictionaries are English: a document in another language (its frontmatter, name, folder
    // or text says which) is not checked; `--print-config` gives the reason.
    const language = documentLanguage(tree, source, file).language;
    if (language !== undefined && language !== 'en') return;
    // Words hold invisible characters only where the document does (tokenise joins across them).
    const invisibles = containsInvisible(source);
    const ok = knownWord(speller, allowedSet(options.words), options.allowAcronyms, invisibles);
    const index = treeIndex(tree);
    const words = collectWords(tree, index, source, speller, invisibles ? judgedOnce(ok) : sharedJudgement(options, ok), options.frontmatterKeys);
    const context: ReadContext = {
      index, source, speller,
      directives: lazily(() => spellingDirectives(source)),
      places: lazily(() => namePlaces(tree, index, source, file)),
      used: lazily(() => lowerCaseWords(words.texts.join(' '))),
      purposes: lazily(() => purposesOf(words.found, source, speller)),
      vocabulary: options.vocabulary ?? noWords,
    };
    const unknown = unexplained(words.found, ok, context);
    reportOverlong(file, words.overlong, context);
    // So many unknown words are another language, not typos: one finding says so instead of one a word.
    if (looksForeign(unknown, words.count, words.texts)) reportForeign(file, unknown, words.count);
    else if (unknown.length > 0) {
      // A word in a section of another language (a German post's part above its English version) is that language's.
      const otherLanguage = otherLanguageAt(tree, source);
      reportUnknown(file, unknown.filter((u) => !u.otherLanguage && !otherLanguage(u.start)), speller, options.allowAcronyms, context.vocabulary);
    }
  },
);

/** A value computed on first use: most documents never need what is read this way. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

interface ReadContext {
  index: TreeIndex;
  source: string;
  speller: Speller;
  directives: () => SpellingDirectives;
  places: () => NamePlaces;
  /** The words of the document's prose, lower case. */
  used: () => ReadonlySet<string>;
  /** What the document writes on purpose that no dictionary holds. */
  purposes: () => Purposes;
  vocabulary: ReadonlySet<string>;
}

const noWords: ReadonlySet<string> = new Set();

interface Words {
  /** Unknown words, each where it stands. */
  found: Found[];
  /** Runs of letters longer than any word. */
  overlong: { word: string; start: number }[];
  /** Words read, and the texts they were read in (for looksForeign). */
  count: number;
  texts: string[];
}

/**
 * Every unknown word of the document's prose: text nodes (headings in Title Case), image alt text,
 * the text of HTML blocks, the frontmatter's prose values. Collected first, since whether a word is
 * a name depends on all its uses in the document. Code, inline code, definitions and frontmatter
 * hold no text nodes.
 */
function collectWords(tree: Root, index: TreeIndex, source: string, speller: Speller, judge: Judge, frontmatterKeys: readonly string[]): Words {
  const words: Words = { found: [], overlong: [], count: 0, texts: [] };
  const check = (text: string, at: number, titleCase = false, link?: string, spans: readonly number[] = wordSpans(text), afterWord?: () => boolean, pieceOfWord?: Run['pieceOfWord']) =>
    readText(words, speller, judge, { text, at, titleCase, link, spans, afterWord, pieceOfWord });
  const inMarkedWord = (start: number, end: number) => splitByMarks(source, start, end) || escapedEnding(source, start, end);
  const { inHeading, links } = textContexts(index);
  for (const at of index.of('text')) {
    const link = links[at];
    // A link to a heading of the page (a table of contents) repeats the heading's Title Case.
    const titleCase = inHeading[at] === 1 || link?.startsWith('#') === true;
    // Without its #fragment: an anchor is a heading's slug, and may carry the heading's typo.
    const target = link?.split('#')[0];
    // A link's text is judged as a link's (namesSite in name-places.ts, a slip of the document's words reported).
    const afterWord = link === undefined ? (runAt: number) => () => followsWord(index, at, source, runAt) : undefined;
    for (const run of textRunsAt(index, at, source)) check(run.text, run.at, titleCase, target, undefined, afterWord?.(run.at), inMarkedWord);
  }
  for (const at of index.of('image')) {
    const image = index.nodes[at] as Image;
    const start = image.position?.start.offset;
    if (image.alt && start !== undefined) {
      const altAt = source.indexOf(image.alt, start);
      if (altAt >= 0 && altAt < (image.position?.end.offset ?? 0)) check(image.alt, altAt);
    }
  }
  // HTML blocks (a post pasted from an applicant-tracking system's HTML, a table written in HTML):
  // the text between their tags.
  for (const at of index.of('html')) for (const run of htmlRunsAt(index, at, source)) check(run.text, run.at);
  // A frontmatter value is Title Case where it is a title (`Senior Engineer`); a sentence in a list
  // (a ladder's competencies) names as prose does (`Coaches peers at Exco level`).
  for (const run of frontmatterProse(tree, source, frontmatterKeys)) {
    const spans = wordSpans(run.text);
    check(run.text, run.at, titleCased(run.text, spans), undefined, spans);
  }
  return words;
}

/**
 * Whether the two capitalised words at `i` are listed with a full name, by `and` or a comma, after
 * or before them (`Lann Martin and Calvin Prewitt, Co-chairs`): a given name the dictionaries hold
 * only as a name and a capitalised word. Names listed together are names alike, though `Martin`
 * is a bird too.
 */
function besideFullName(text: string, spans: readonly number[], i: number, speller: Speller): boolean {
  const count = spans.length / 3;
  const word = (k: number) => text.slice(spans[3 * k]!, spans[3 * k + 1]!);
  const gap = (k: number) => text.slice(spans[3 * k + 1]!, spans[3 * k + 3]!);
  const fullName = (k: number) => k >= 0 && k + 1 < count && speller.isName(word(k)) && /^\p{Lu}\p{Ll}/u.test(word(k + 1)) && gap(k) === ' ';
  const joins = (k: number) => gap(k) === ', ' || (gap(k) === ' ' && word(k + 1) === 'and' && k + 2 < count && gap(k + 1) === ' ');
  const after = (k: number) => (gap(k) === ', ' ? k + 1 : k + 2);
  if (i + 2 < count && joins(i + 1) && fullName(after(i + 1))) return true;
  // Before: `Calvin Prewitt and Lann Martin`, `Ana Lima, Lann Martin`.
  return (i >= 3 && gap(i - 1) === ', ' && fullName(i - 2)) || (i >= 4 && word(i - 1) === 'and' && gap(i - 1) === ' ' && gap(i - 2) === ' ' && fullName(i - 3));
}

/**
 * Whether the word at `i` stands in a person's name by its marks: a middle initial between it and
 * a capitalised word (`James W. Schuetz`: a capital and its full stop), or a title of address
 * before it (`Dr. Shamsi`, `Ms Loera`).
 */
function namedByInitialOrTitle(text: string, spans: readonly number[], i: number): boolean {
  const count = spans.length / 3;
  const word = (k: number) => text.slice(spans[3 * k]!, spans[3 * k + 1]!);
  const gap = (k: number) => text.slice(spans[3 * k + 1]!, spans[3 * k + 3]!);
  const initialThen = (k: number) => /^\p{Lu}$/u.test(word(k)) && gap(k) === '. ' && /^\p{Lu}\p{Ll}/u.test(word(k + 1));
  if (i >= 1 && titlesOfAddress.has(word(i - 1)) && (gap(i - 1) === ' ' || gap(i - 1) === '. ')) return true;
  return (i + 2 < count && gap(i) === ' ' && initialThen(i + 1)) || (i >= 2 && gap(i - 2) === ' ' && /^\p{Lu}\p{Ll}/u.test(word(i - 2)) && initialThen(i - 1));
}

/**
 * Whether the word at `i` is a reference's author: followed by a comma and an initial with its full
 * stop (`Skelton, M.`), or by `et al.` (`Brodeau et al. 2024`).
 */
function citedAuthor(text: string, spans: readonly number[], i: number): boolean {
  const k = 3 * (i + 1);
  if (k >= spans.length) return false;
  const word = (n: number) => text.slice(spans[n]!, spans[n + 1]!);
  if (text.slice(spans[k - 2]!, spans[k]!) === ' ' && word(k) === 'et' && k + 3 < spans.length && text.slice(spans[k + 1]!, spans[k + 3]!) === ' ' && word(k + 3) === 'al' && text[spans[k + 4]!] === '.') return true;
  if (text.slice(spans[k - 2]!, spans[k]!) !== ', ' || spans[k + 1]! - spans[k]! !== 1) return false;
  return /^\p{Lu}$/u.test(text[spans[k]!]!) && text[spans[k + 1]!] === '.';
}

/**
 * Whether the word at `i` is a given name or a surname on either side of a nickname in quotes or
 * brackets (`Kristen "Kit" Lewers`, `Elycia (Ely) Wallis`): a person's name, as a nickname only
 * stands between the two.
 */
function besideNickname(text: string, spans: readonly number[], i: number): boolean {
  const count = spans.length / 3;
  const word = (k: number) => text.slice(spans[3 * k]!, spans[3 * k + 1]!);
  const gap = (k: number) => text.slice(spans[3 * k + 1]!, spans[3 * k + 3]!);
  const nickname = (k: number) => {
    if (k < 1 || k + 1 >= count || !/^\p{Lu}\p{Ll}/u.test(word(k - 1)) || !/^\p{Lu}\p{Ll}/u.test(word(k + 1)) || !/^\p{Lu}\p{Ll}*$/u.test(word(k))) return false;
    const [open, close] = [gap(k - 1), gap(k)];
    return (open === ' (' && close === ') ') || (open === ' "' && close === '" ') || (open === ' “' && close === '” ');
  };
  return nickname(i + 1) || nickname(i - 1);
}

const titlesOfAddress: ReadonlySet<string> = new Set(addressTitles);

/** Whether every word of four letters or more starts with a capital: a title, where no capital marks a name. */
function titleCased(text: string, spans: readonly number[]): boolean {
  for (let k = 0; k < spans.length; k += 3) if (spans[k + 1]! - spans[k]! >= 4 && !/^\p{Lu}/u.test(text[spans[k]!]!)) return false;
  return true;
}

/** The k-th word of a text's spans (tokenise.ts) as a token. */
function tokenAt(text: string, spans: readonly number[], k: number): Token {
  return { word: text.slice(spans[3 * k], spans[3 * k + 1]), index: spans[3 * k]!, midSentence: spans[3 * k + 2] === 1 };
}

interface Run {
  text: string;
  at: number;
  /** In a heading or a frontmatter value every word may be capitalised (Title Case): no names there. */
  titleCase: boolean;
  link: string | undefined;
  /** Its words (tokenise.ts: wordSpans). */
  spans: readonly number[];
  /** Whether the prose before the run, outside it, ends in a word (followsWord): asked of a capitalised unknown word that starts it. */
  afterWord?: (() => boolean) | undefined;
  /** Whether an unknown word (its offsets in the source) is a piece of one that emphasis marks split (splitByMarks). */
  pieceOfWord?: ((start: number, end: number) => boolean) | undefined;
}

/**
 * How words are judged: `parts`, a word's unknown parts; `known`, words already judged to have
 * none, asked by their span of the text (no string made: the common words of prose, most of a
 * document's words, are found there).
 */
interface Judge {
  parts: (word: string) => readonly Part[];
  known?: SpanSet;
}

/**
 * Each word judged once for the documents a configuration lints: they write most words many
 * times, and one another's common words. Where a document holds invisible characters its words
 * are judged without them, so by a map of its own.
 */
const judgements = new WeakMap<TypoOptions, Judge>();
const judgedCap = 20_000;

function sharedJudgement(options: TypoOptions, ok: (word: string) => boolean): Judge {
  let judge = judgements.get(options);
  if (!judge) judgements.set(options, (judge = { parts: boundedMemo((word) => unknownParts(word, ok), judgedCap), known: new SpanSet() }));
  return judge;
}

function judgedOnce(ok: (word: string) => boolean): Judge {
  const judged = new Map<string, readonly Part[]>();
  return {
    parts: (word) => {
      let parts = judged.get(word);
      if (parts === undefined) judged.set(word, (parts = unknownParts(word, ok)));
      return parts;
    },
  };
}

/** The least unknown words in lower case that make a run of text one in a language rolelint does not know, where they are half its words. */
const foreignWords = 4;

/** Adds the unknown words of one run of text to `words`. */
function readText(words: Words, speller: Speller, { parts: partsOf, known }: Judge, { text, at, titleCase, link, spans, afterWord, pieceOfWord }: Run): void {
  const count = spans.length / 3;
  words.count += count;
  words.texts.push(text);
  // Most text has no unknown word: then nothing more is built.
  let unknown: (readonly Part[] | undefined)[] | undefined;
  let unknownLower = 0;
  let judgedLower = 0;
  for (let i = 0; i < count; i++) {
    const start = spans[3 * i]!;
    const end = spans[3 * i + 1]!;
    // A word of one or two letters passes (knownWord): a quarter of all words, never looked up.
    if (end - start < 3) continue;
    // Names and brands (`Fivetran`, `Hightouch`) are capitalised in any language; the words of a sentence are not.
    const lower = !isUpperCode(text.charCodeAt(start));
    if (lower) judgedLower++;
    if (known?.has(text, start, end)) continue;
    const word = text.slice(start, end);
    if (word.length > maxWordLength && word.split('-').some((part) => part.length > maxWordLength)) {
      // Letters run on past any word (pasted data, a key held down): one finding, never a lookup.
      words.overlong.push({ word, start: at + start });
      continue;
    }
    const parts = partsOf(word);
    if (parts.length > 0) {
      (unknown ??= [])[i] = parts;
      if (lower) unknownLower++;
    } else known?.add(word);
  }
  // A title or paragraph in another language (a German title over an English post): a quarter of
  // its words or more unknown, and more small words of another language than of English; or, in a
  // language whose small words rolelint does not know (Indonesian, Swahili), three in five of its
  // words in lower case of three letters or more unknown, `foreignWords` or more: slips are far
  // fewer in English, and unknown terms (`tinybird and lakefs syncs`) fewer than its small words.
  const otherLanguage =
    unknown !== undefined &&
    ((unknownLower >= foreignWords && 5 * unknownLower >= 3 * judgedLower) || (4 * unknown.reduce((n) => n + 1, 0) >= count && inOtherLanguage(wordsOfSpans(text, spans))));
  unknown?.forEach((parts, i) => {
    if (!parts) return;
    const token = tokenAt(text, spans, i);
    // A word that starts its run (`**Vite**` in `of **React**, **Vite**`) stands mid-sentence where
    // the prose before the run's markup does.
    if (i === 0 && !token.midSentence && afterWord !== undefined && text.trimStart().length === text.length - token.index) token.midSentence = afterWord();
    // A bracket opened after a word (`policy rules (Rego)`, `tools of your choosing (Invision,
    // Framer…)`, `a ticketing system (Chatwoot is a plus)`, `**marketing tools** (Sina, …)`) stands
    // inside the sentence: the word that opens it is mid-sentence, as a name would be.
    if (!token.midSentence && text[token.index - 1] === '(') {
      const before = text.slice(0, token.index - 1);
      if (/\p{L}[ \t]$/u.test(before.slice(-2)) || (before.trim() === '' && before !== '' && afterWord?.() === true)) token.midSentence = true;
    }
    const fullName = inFullName(text, spans, i, token, titleCase, unknown![i + 1] !== undefined, speller);
    // `our motto is "Erleuchtet"`, `the font “Vegur”`: a word quoted alone is mentioned, not used (a
    // name, a foreign word, a coinage under discussion).
    const quoted = opensQuote.has(text[token.index - 1] ?? '') && closesQuote.has(text[token.index + token.word.length] ?? '');
    if (quoted || notation(text, token.index, token.word.length, speller) || pieceOfWord?.(at + token.index, at + token.index + token.word.length) || syllableOfKnown(text, token.index, token.word.length, speller)) return;
    for (const part of parts) {
      words.found.push({ word: part.word, start: at + token.index + part.index, midSentence: !titleCase && token.midSentence && part.index === 0, fullName, link, ...(otherLanguage ? { otherLanguage } : {}) });
    }
  });
}

/**
 * Whether the unknown word at `i` (`token`) stands in a person's full name. `nextUnknown`: whether
 * the word after it is unknown too.
 */
function inFullName(text: string, spans: readonly number[], i: number, token: Token, titleCase: boolean, nextUnknown: boolean, speller: Speller): boolean {
  const count = spans.length / 3;
  const capitalised = /^\p{Lu}\p{Ll}/u.test(token.word);
  // A heading of two words, a given name the dictionaries hold only as a name and a capitalised
  // word (`#### Stephen Allott` over a team member's role): a person's name, Title Case or not.
  if (titleCase) return (count === 2 && i === 1 && capitalised && speller.isName(tokenAt(text, spans, 0).word)) || (i === 1 && endsName.test(text.slice(token.index + token.word.length)) && listedSurname(text, spans, i, token, speller));
  if (!capitalised) return false;
  if (listedSurname(text, spans, i, token, speller)) return true;
  // A common word with two letters swapped or one typed twice starts no name (`Susbtantial European Timezone`).
  if (token.word.length >= minTypedTwiceName && typedTwice(token.word.toLowerCase(), speller)) return false;
  // `James W. Schuetz`, `Rhianna C. Rogers`, `Dr. Shamsi`: a capitalised word beside a middle
  // initial, or after a title of address; not a listed misspelling (`the Commitee A. Smith`).
  if (namedByInitialOrTitle(text, spans, i) && !listedSlip(token.word, speller)) return true;
  // A reference's author, surname first and an initial after a comma (`Skelton, M., & Pais, M. (2019)`).
  if (citedAuthor(text, spans, i)) return true;
  if (besideNickname(text, spans, i)) return true;
  // `Sascha Grunert`, `Paco Xu`, `Jintao Zhang`: two capitalised words, the second unknown, short
  // or a surname the dictionaries list as a proper noun, make a full name.
  const next = i + 1 < count ? tokenAt(text, spans, i + 1) : undefined;
  return (
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next.word) &&
    // One space, or a line break where the text wraps between the two.
    /^(?: |[ \t]*\r?\n[ \t]*)$/.test(text.slice(token.index + token.word.length, next.index)) &&
    // ... or a double-barrelled surname (`Nwankwo-Brightwater`), a name with an inner capital
    // (`Stichting NixOS`), or one in its own language's letters (`Annelli Sandbæk`).
    (next.word.length <= 3 || speller.isName(next.word) || (nextUnknown && !listedSlip(next.word, speller)) || foreignCapitalised.test(next.word) || /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(next.word) || /\p{Ll}\p{Lu}/u.test(next.word) || besideFullName(text, spans, i, speller))
  );
}

/**
 * `Mark Brough`, `Kaitlin Devine`: a capitalised word after another, one space between, that the
 * dictionaries list as a surname (a proper noun, not a word of English): the two make a full name.
 * A surname that is a listed misspelling too (`Devine` of divine) only where the two stand apart
 * as a name does, opening the text and ending it or a clause (`* Kaitlin Devine, Sunlight
 * Foundation`), not inside a sentence (`We Will Recieve`).
 */
function listedSurname(text: string, spans: readonly number[], i: number, token: Token, speller: Speller): boolean {
  if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(token.word)) return false;
  const before = tokenAt(text, spans, i - 1);
  if (!/^\p{Lu}\p{Ll}/u.test(before.word) || text.slice(before.index + before.word.length, token.index) !== ' ' || !speller.isName(token.word)) return false;
  return !listedSlip(token.word, speller) || (i === 1 && text.slice(0, before.index).trim() === '' && endsName.test(text.slice(token.index + token.word.length)));
}

/** What ends a name that opens a heading: the heading's end, a comma, a bracket or a dash (`### Mark Brough, Publish What You Fund`). */
const endsName = /^(?:$|,|\s+[(\-–—|])/u;

/** A word long enough to be a slip of a word rather than a name, that the common misspellings list (`Commitee`, `Exectutive`). */
const listedSlip = (word: string, speller: Speller) => word.length >= minSlipNameLength && speller.listed(word);

/** The words of a run's spans, lower case. */
function* wordsOfSpans(text: string, spans: readonly number[]): Generator<string> {
  for (let k = 0; k < spans.length; k += 3) yield text.slice(spans[k], spans[k + 1]).toLowerCase();
}

/**
 * Whether the word from `start` to `end` of the source is a word's other ending in escaped
 * brackets right after it (`hero\(ine\)`, as converters write brackets): no word of its own, as
 * `hero(ine)` is not.
 */
function escapedEnding(source: string, start: number, end: number): boolean {
  return source.slice(start - 2, start) === '\\(' && source.slice(end, end + 2) === '\\)' && letter.test(source[start - 3] ?? '');
}

/**
 * Whether the word from `start` to `end` of the source is glued by emphasis marks to a letter
 * before or after it (`**F****luency**`, `**Respon**sibilities`), or by a link's opening bracket
 * to the letter before (`I[nteract professionally](…)`): the reader sees one word, of which this
 * is a piece, and the piece alone is no misspelling.
 */
function splitByMarks(source: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (isEmphasisMark(source.charCodeAt(before)) || source.charCodeAt(before) === 0x5b)) before--;
  if (before < start - 1 && before >= 0 && letter.test(source[before]!)) return true;
  let after = end;
  while (after < source.length && isEmphasisMark(source.charCodeAt(after))) after++;
  return after > end && after < source.length && letter.test(source[after]!);
}

/** A middle dot or a hyphenation point between letters: a dictionary's syllables (`mu·ti·nies`). */
const syllableDot = /[·‧]/u;
const syllabified = /[\p{L}·‧]+/uy;

/** Whether the word at `at` is a syllable of a word written with its syllables apart (`mu·ti·nies`), a known word joined. */
function syllableOfKnown(text: string, at: number, length: number, speller: Speller): boolean {
  if (!syllableDot.test(text[at - 1] ?? '') && !syllableDot.test(text[at + length] ?? '')) return false;
  let start = at;
  while (start > 0 && /[\p{L}·‧]/u.test(text[start - 1]!)) start--;
  syllabified.lastIndex = start;
  const whole = syllabified.exec(text)![0];
  return speller.isKnown(whole.replace(/[·‧]/gu, ''));
}

/** `*`, `_` and `~`. */
const isEmphasisMark = (code: number) => code === 0x2a || code === 0x5f || code === 0x7e;
const letter = /\p{L}/u;

/** The longest word cut short before a number (`ver. 0.1`), and the full stop and number after it. */
const maxNumberAbbreviation = 4;
const abbreviationBeforeNumber = /^\.[ \t]?\d/;

/**
 * A token that is no word of the prose but a notation around one: a file's extension after a dot
 * that starts it (`.toml for the Cargo files`, `.pyc`), a dotfile in a path (`~/.vimrc`), a family of systems after a wildcard
 * (`*nux`), a handle after a tilde that starts it
 * (SourceHut's `~sircmpwn`, Urbit's `~riprud-tidmel`, a home folder's `~alice`), an ending in
 * brackets right after a word (`strategy(ies)`, `contribute(s)`), a prefix in brackets right
 * before one (`(mis)conduct`, `(re)write`), an abbreviation in brackets after the words it
 * stands for (`system capabilities (syscaps)`), a directive's or placeholder's name in braces
 * or after a colon fence (`:::{toctree}`, `{company}`, `:::tip`), and a short word cut short by a
 * full stop before a number (`ver. 0.1`).
 */
function notation(text: string, at: number, length: number, speller: Speller): boolean {
  const before = text[at - 1];
  if ((before === '.' || before === '~') && (at < 2 || /[\s(`'"“‘*]/u.test(text[at - 2]!))) return before === '.' || !approximates(text.slice(at, at + length), speller);
  // A dotfile in a path (`~/.vimrc`).
  if (before === '.' && text[at - 2] === '/') return true;
  // A word in braces (`{toctree}` of MyST's `:::{toctree}`, a template's `{company}`) or after a
  // colon fence (Docusaurus's `:::note`): a directive's or a placeholder's name.
  if ((before === '{' && text[at + length] === '}') || (before === ':' && text.slice(Math.max(0, at - 3), at) === ':::')) return true;
  // `*nux`, `*BSD`: a family of systems by a wildcard.
  if (before === '*' && (at < 2 || /[\s(]/u.test(text[at - 2]!)) && wildcardWords.has(text.slice(at, at + length).toLowerCase())) return true;
  // `ver. 0.1`, `nr. 3`: a short word cut short by a full stop before a number.
  if (length <= maxNumberAbbreviation && abbreviationBeforeNumber.test(text.slice(at + length, at + length + 3)) && !isUpperCode(text.charCodeAt(at))) return true;
  if (before !== '(') return false;
  // An abbreviation of a question or a call keeps its mark (`“What Did You Get Done This Week?” (wdygdtw?)`).
  if (text[at + length] !== ')') return /^[?!]\)/.test(text.slice(at + length, at + length + 2)) && abbreviatesWordsBefore(text.slice(at, at + length), text.slice(Math.max(0, at - 200), at - 1));
  return (at >= 2 && /\p{L}/u.test(text[at - 2]!)) || /\p{L}/u.test(text[at + length + 1] ?? '') || abbreviatesWordsBefore(text.slice(at, at + length), text.slice(Math.max(0, at - 200), at - 1));
}

/**
 * Whether a word after a tilde is one slip from a word in use (`~quartely`): the tilde says
 * "about", as before a number, and the word is prose. A handle is no such slip, nor a name (`~alice`).
 */
function approximates(word: string, speller: Speller): boolean {
  if (!/^\p{Ll}+$/u.test(word) || speller.isName(word[0]!.toUpperCase() + word.slice(1))) return false;
  const best = speller.suggest(word, 1)[0];
  return best !== undefined && !best.includes(' ') && withinOneEdit(word, best) && speller.frequency(best) > 0;
}

/** Quotation marks around a word mentioned (straight single quotes are apostrophes as often). */
const opensQuote: ReadonlySet<string> = new Set(['"', '“', '‘', '„', '«']);
const closesQuote: ReadonlySet<string> = new Set(['"', '”', '’', '“', '»']);

/** The unknown words that nothing in the document explains: not names, terms, listed words or halves of a word broken across lines. */
function unexplained(found: Found[], ok: (word: string) => boolean, context: ReadContext): Found[] {
  const { index, source, directives } = context;
  const names = namesIn(found);
  // Read only when a capitalised word needs it: most documents have no unknown word at all.
  const identifiers = lazily(() => identifiersIn(index, source));
  const terms = lazily(() => termsIn(index, source));
  const slip = lazily(() => slipReader(context));
  const misspeltName = misspeltNameReader(found, context);
  const named = lazily(() => namedOrTerms(found, context, slip()));
  const nameLists = lazily(() => nameListSpans(index, (w) => context.speller.frequency(w) >= commonWordCount));
  const inNameList = (start: number) => nameLists().some(([from, to]) => start >= from && start < to);
  const unknown: Found[] = [];
  for (const entry of found.sort((a, b) => a.start - b.start)) {
    const { word, fullName, link } = entry;
    // A word hyphenated across a line break (`manage-` / `ment`, from a PDF) is one word: known whole, neither
    // half is reported; else each half is, but neither is fixed (`ment` is no slip for `meant` there).
    const halves = acrossLines(source, entry.start, word);
    if (halves !== undefined) {
      if (ok(halves)) continue;
      entry.broken = true;
    }
    const always = reportedAnyway(entry, source, context.speller);
    if (always) {
      unknown.push(always);
      continue;
    }
    if (fullName || (names.has(word) && (!misspeltName(word) || amongUnknownNames(source, entry.start, found))) || besideForeignName(source, entry.start, word)) continue;
    // `hasn&#8217;t`: a contraction whose apostrophe the source writes as a character reference,
    // which ends the run (prose.ts), is the contraction.
    if (source.charCodeAt(entry.start + word.length) === 0x26 && ok(contractionAt(source, entry.start, word))) continue;
    // Words the document lists for cspell, and where it switches cspell off: it has said so already.
    if (directives().words.has(word.toLowerCase()) || directives().off(entry.start)) continue;
    // `krel` beside `` `krel` ``, `[lsif](https://github.com/lsif)`, `sig-contribex` beside
    // sig-contribex-leads@kubernetes.io: the document writes it as code, as the address it links
    // to, or in an address of its own, so it is a term, not a slip.
    const lower = word.toLowerCase();
    if ((link !== undefined && segments(link).has(lower)) || terms().has(lower)) continue;
    // `Otta` beside app.otta.com, `Sascha` beside @saschagrunert: the document names it in an address.
    if (/^\p{Lu}/u.test(word) && word.length >= 4 && identifiers().text.includes(lower)) continue;
    // `whenisgood` beside [WhenIsGood](http://whenisgood.net/): the name of a site the document
    // links to, in any case (a host is a name chosen, not a slug that may carry the prose's typo);
    // `code intellify` beside github.com/sourcegraph/codeintellify: a name written apart.
    // Only where the source writes it (lower case, as addresses are) somewhere else: most words are not, and the addresses are then never read.
    if (writtenElsewhere(source, lower, entry.start) && (identifiers().hosts.has(lower) || identifiers().segments.has(`${wordBefore(source, entry.start)}${lower}`))) continue;
    // `Pro Publica` beside `ProPublica`: a name the document also writes closed up.
    if (/^\p{Lu}/u.test(word) && closedUpElsewhere(source, entry.start, word)) continue;
    // A tag written as text (`<img src=x>` the parser kept as text) is no prose; a word before a company's legal form is its name (`pixiv Inc.`).
    if (source[entry.start - 1] === '<' || source.slice(entry.start - 2, entry.start) === '</' || companyFormAfter.test(source.slice(entry.start + word.length, entry.start + word.length + 16))) continue;
    if (termByForm(source, entry.start, word, context.speller) || writtenOnPurpose(entry, source, context.purposes)) continue;
    if (named()(word)) continue;
    // `- Koin` among `- Kotlin`, `- GraphQL`, `- MotionLayout`: a name in a list of names, unless a
    // listed misspelling, a common word typed twice or a slip of a word the document writes.
    if (inNameList(entry.start) && !context.speller.listed(word) && !typedTwice(lower, context.speller) && !slip()(word)) continue;
    if (isCompound(withoutInvisible(word), context.speller)) continue;
    // `arewemeetingyet`: words closed up as an address writes a site's name.
    if (isRunOfWords(word, context.speller)) continue;
    unknown.push(entry);
  }
  return unknown;
}

/** What a document writes on purpose that no dictionary holds (writtenOnPurpose). */
interface Purposes {
  /** Its words written with an accent, in plain letters and lower case (`pokénav` → `pokenav`). */
  accentFree: ReadonlySet<string>;
  /** Its unknown words given a playful `z` for a plural, where it writes three or more (`powerz`, `Twitterz`, `Emailz`). */
  playfulZ: ReadonlySet<string>;
}

/** A word given a `z` for its plural, a known word before it (`powerz`, `Emailz`; not `blitz`). */
const playfulPlural = /^(\p{L}{3,}[^sz])z$/u;
/** The fewest distinct such words that make them the document's style, not slips of `s` (a neighbouring key). */
const minPlayfulWords = 3;
/** A word with a letter carrying an accent. */
const accentedWord = /\p{L}*[À-ÖØ-öø-ɏ]\p{L}*/gu;

function purposesOf(found: readonly Found[], source: string, speller: Speller): Purposes {
  const accentFree = new Set<string>();
  if (accentedLetter.test(source)) for (const m of matchesOf(accentedWord, source)) accentFree.add(withoutAccents(m[0]));
  const playful = new Set(found.filter((f) => playfulPlural.test(f.word) && speller.isKnown(f.word.slice(0, -1))).map((f) => f.word));
  return { accentFree, playfulZ: playful.size >= minPlayfulWords ? playful : noWords };
}

/** A hidden element inside an address, against the bots that harvest them (`<span style="display:none">x</span>`), and the `@` after it. */
const hiddenInAddress = /^(?:<([a-z]+)\b[^>]*display\s*:\s*none[^>]*>[^<]{0,40}<\/\1>)+@[\p{L}\p{N}-]+\./iu;

/**
 * Whether an unknown word is written so on purpose, as its document shows: a name it writes with an
 * accent elsewhere, typed without it (`pokenav` beside `Pokénav`); one of three words or more
 * given a playful `z` for their plural (`powerz`, `Twitterz`, `Emailz`); the name of an address
 * with a hidden word inside it against bots (`gha<span style="display:none">x</span>@example.org`).
 */
function writtenOnPurpose({ word, start }: Found, source: string, purposes: () => Purposes): boolean {
  if (source.charCodeAt(start + word.length) === 0x3c && hiddenInAddress.test(source.slice(start + word.length, start + word.length + 200))) return true;
  return purposes().playfulZ.has(word) || (!accentedLetter.test(word) && purposes().accentFree.has(word.toLowerCase()));
}

/**
 * An unknown word reported whatever else would explain it, with what to offer: an acronym's letters
 * out of order (`LGTBQ`), and a name run on into a word by a missed space (`Open Sourceecosystem`
 * beside `Open Source`), however the word reads. Undefined for the others.
 */
function reportedAnyway(entry: Found, source: string, speller: Speller): Found | undefined {
  if (acronymReordered(entry.word) !== undefined) return entry;
  const apart = runOnFromName(source, entry.start, entry.word, speller);
  return apart === undefined ? undefined : { ...entry, apart };
}

/**
 * Three capitalised names or more listed by commas and `and`, `or` or `&`, each of up to three
 * words (`Amberscript, Dealroom.co, Contexta and Taxi2Airport`; `JetBrains, Automattic, Sovereign
 * Tech Agency, Laravel`).
 */
const listedNames = /\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}(?:(?:,[ \t]+|,?[ \t]+(?:and|or|&)[ \t]+)\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}){2,}/gu;
const listedName = /\p{Lu}[\p{L}\p{N}.&'’-]*/gu;
/** A name no word is: with a digit, a dot or a capital inside (`Taxi2Airport`, `Dealroom.co`, `LinkedIn`). */
const nameShaped = /.(?:[\p{N}\p{Lu}]|\.\p{L})/u;

/**
 * Whether the capitalised word at `start` is listed among names with two others the dictionaries
 * lack or no word is shaped as (`companies such as Amberscript, Dealroom.co, Contexta and Taxi2Airport`): a name among
 * names, even where cspell lists it as a misspelling; a slip seldom stands among unknown words
 * (`Kubernets, Terraform and Ansible` is reported: the others are known).
 */
function amongUnknownNames(source: string, start: number, found: readonly Found[]): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', start);
  const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
  for (const run of matchesOf(listedNames, line)) {
    const from = lineStart + run.index;
    if (start < from || start >= from + run[0].length) continue;
    // Only for a listed misspelling capitalised mid-sentence: few words of a run.
    const unknownStarts = new Set(found.map((f) => f.start));
    let others = 0;
    for (const item of matchesOf(listedName, run[0])) if (from + item.index !== start && (unknownStarts.has(from + item.index) || nameShaped.test(item[0]))) others++;
    return others >= 2;
  }
  return false;
}

/** A company's legal form right after a word (typo.data.ts). */
const companyFormAfter = new RegExp(`^[ \\t]+(?:${companyForms.map((f) => f.replace('.', '\\.')).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** A word's letters from `at` in the source, as far as they run. */
const lettersFrom = /\p{L}+/uy;
const capitalisedWord = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a capitalised word read as a name is a slip of a word the document writes elsewhere
 * (`the TAC Vice Chairpeson` beside `Chairperson`, `Blamelss` beside `Blameless`): a dictionary
 * word written capitalised too, of the same first three letters, with a letter dropped, two
 * swapped or one typed inside it (a name made by adding to a word, `Moderna` beside `Modern`, is none), not its singular
 * (`Robert` beside `Roberts`).
 * Found by searching the source for those letters, not by comparing every word the document has.
 */
function slipOfWritten(word: string, source: string, speller: Speller): boolean {
  // Capitalised as the word it slipped from is written (`Wellcome` beside `welcome` is a name; `CITISEN` an acronym).
  if (!capitalisedWord.test(word)) return false;
  // Found by its first letters or, where the slip is among them past the first (`Cmmunity` beside `Community`), by its last.
  return writtenNear(word, source, speller, word.slice(0, 3), 0) || writtenNear(word, source, speller, word.slice(-4), word.length - 4);
}

/**
 * Whether `word` is `other` with one letter typed inside it (`Renvenue` of `Revenue`): neither the
 * first nor the last (a name made by adding to a word, `Moderna` of `Modern`), nor a letter doubled
 * (`Wellcome` of `Welcome`, a name's way of standing apart).
 */
function strayLetterIn(word: string, other: string): boolean {
  let i = 0;
  while (i < other.length && word[i] === other[i]) i++;
  return i > 0 && i < other.length && word.slice(i + 1) === other.slice(i) && word[i] !== word[i - 1] && word[i] !== word[i + 1];
}

/** Whether the document writes a known word one slip from `word` where `piece` stands `offset` letters into it. */
function writtenNear(word: string, source: string, speller: Speller, piece: string, offset: number): boolean {
  for (let at = source.indexOf(piece); at >= 0; at = source.indexOf(piece, at + 1)) {
    // The word around the piece: from its first letter, as the piece's place in it allows (a letter
    // more or less before it); the first letters start the word.
    const back = offset === 0 ? 0 : offset + 1;
    let from = at;
    while (from > 0 && from > at - back && /\p{L}/u.test(source[from - 1]!)) from--;
    if (from > 0 && /\p{L}/u.test(source[from - 1]!)) continue;
    lettersFrom.lastIndex = from;
    const other = lettersFrom.exec(source)?.[0] ?? '';
    // Of the same length, a letter longer, or a letter shorter where a letter is typed inside it.
    if (other.length !== word.length && other.length !== word.length + 1 && !(other.length === word.length - 1 && strayLetterIn(word, other))) continue;
    // Capitalised as the word is, with its first letter (names are made by changing it: `Gource` of
    // `Source`); found by the first letters, it is so.
    if (other === word || other === `${word}s` || other[0] !== word[0]) continue;
    if (speller.isKnown(other.toLowerCase()) && withinOneEdit(word, other)) return true;
  }
  return false;
}

/**
 * A word whose form shows it is no slip: one without a vowel (`mgmt`, `pkgs`, `mgr`), an
 * abbreviation, as no slip drops every vowel; a JavaScript library's name with its `js` closed up
 * (`reactjs`, `NodeJS`), as no English word ends; one in italics glossed in brackets, unless a
 * listed misspelling; a word with its `g` dropped and marked (`friggin'`), `them` shortened onto
 * it (`love'em`), or two words joined by `'n'` (`back'n'forth`).
 */
function termByForm(source: string, start: number, word: string, speller: Speller): boolean {
  return abbreviation.test(word) || libraryName.test(word) || (glossedTerm(source, start, word) && !speller.listed(word)) || droppedG(source, start, word, speller) || themShortened(word, speller) || joinedByN(word, speller);
}

/** `back'n'forth`, `rock’n’roll`: two known words joined by `'n'`, `and` said short. */
function joinedByN(word: string, speller: Speller): boolean {
  const m = /^(\p{L}{2,})['’]n['’](\p{L}{2,})$/u.exec(word);
  return m !== null && speller.isKnown(m[1]!.toLowerCase()) && speller.isKnown(m[2]!.toLowerCase());
}

/** `love'em`, `get 'em`: a known word with `them` shortened onto it. */
function themShortened(word: string, speller: Speller): boolean {
  const m = /^(\p{L}+)['’]em$/u.exec(word);
  return m !== null && speller.isKnown(m[1]!.toLowerCase());
}

/** A word of speech with its `g` dropped and marked so (`friggin'`, `rockin'`): the word with it is known. */
function droppedG(source: string, start: number, word: string, speller: Speller): boolean {
  const after = source[start + word.length];
  return (after === "'" || after === '’') && word.endsWith('in') && speller.isKnown(`${word}g`.toLowerCase());
}

/**
 * A word set in italics alone and glossed in brackets right after it (`*kaupapa* (principles and
 * ideas…)`): a term of another language, written as style guides ask one to be.
 */
function glossedTerm(source: string, start: number, word: string): boolean {
  const mark = source[start - 1];
  const end = start + word.length;
  if ((mark !== '*' && mark !== '_') || source[end] !== mark || source[start - 2] === mark) return false;
  return /^[ \t]?\(/.test(source.slice(end + 1, end + 3));
}

/** An apostrophe written as a character reference, then the letters after it (`&#8217;t`). */
const referencedApostrophe = /^&(?:#8217|#x2019|#39|#x27|rsquo|apos);(\p{L}{1,3})(?!\p{L})/iu;

/** The word at `start` with the apostrophe the reference after it stands for and the letters after that (`hasn't`), or the word. */
function contractionAt(source: string, start: number, word: string): string {
  const m = referencedApostrophe.exec(source.slice(start + word.length, start + word.length + 14));
  return m ? `${word}'${m[1]}` : word;
}

/** The shortest capitalised word mid-sentence that a listed misspelling makes a misspelling, not a name. */
const minSlipNameLength = 6;
/** A possessive `'s` (or `’s`) right after a word. */
const possessive = /^['’]s(?![\p{L}\p{N}])/u;

/**
 * Whether an unknown word is a slip by the document's own words: a listed misspelling, or one slip
 * from the best suggestion where the document itself uses that word (`Indepnedent` in a column that
 * says `Independent`). Remembered by word.
 */
function slipReader({ speller, used }: ReadContext): (word: string) => boolean {
  // The document's words by length, for the first test.
  const byLength = lazily(() => wordsByLength(used()));
  const answers = new Map<string, boolean>();
  const read = (word: string) => {
    if (speller.listed(word)) return true;
    // A word of three letters is one slip from dozens (`sev` of `High-sev` from `see`, `set`, `sew`):
    // a word the document uses so near says nothing of it.
    if (word.length <= shortSlip) return false;
    // Only where some other word the document uses is one slip away can the best suggestion be
    // one: most names and terms have none, and are never scanned for suggestions (a scan of the
    // dictionary costs more than the rest of the rule on a document).
    if (!nearOther(word.toLowerCase(), byLength())) return false;
    const best = speller.suggest(word, 1)[0];
    // `Dániel` beside `daniel@…`: a name written with its accents, not a slip from the word without them.
    if (best !== undefined && withoutAccents(word) === best.toLowerCase()) return false;
    // A word of two letters is no word a name slips from: short names are one letter from many
    // (`Afi` beside `AI`, `Ona` beside `on`); nor is a word of grammar (`Andi` beside `and`, `Thea` beside `the`).
    return best !== undefined && best.length >= 3 && !grammar.has(best.toLowerCase()) && !best.includes(' ') && withinOneEdit(word, best) && used().has(best.toLowerCase()) && !letterBefore(word.toLowerCase(), best.toLowerCase());
  };
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) answers.set(word, (answer = read(word)));
    return answer;
  };
}

/** The shortest word a letter before it makes a name of (`kgateway`, `ejournal`). */
const minPrefixedWord = 6;

/**
 * Whether `lower` is `word` with one other letter before it (`kgateway` of `gateway`): a name made
 * as projects and products make theirs, not a slip (a letter typed in more before a word is rare,
 * and one typed twice, `ggateway`, is still one).
 */
function letterBefore(lower: string, word: string): boolean {
  return word.length >= minPrefixedWord && lower.length === word.length + 1 && lower.endsWith(word) && lower[0] !== lower[1];
}

/** The longest word that being one slip from a word the document uses does not make a slip. */
const shortSlip = 3;

/** Endings of the forms English makes of one word (`scopulate`, `scopulating`, `scopulation`, `scopulated`). */
const formEnding = /(?:ations?|ating|ated|ates?|ators?|ions?|ing|ed|es|ers?|e|s)$/;
/** The shortest stem whose forms are read as one word's: shorter ones are many words' (`stat`, `cod`). */
const minStem = 6;
/** A word without its ending, where the stem left is long enough to name one word. */
function stemOf(lower: string): string | undefined {
  const stem = lower.replace(formEnding, '');
  return stem.length >= minStem ? stem : undefined;
}

/**
 * Uses of one unknown word (in any case, its plural with it) that make it a term of the document: a writer who types a
 * word the same way twice meant it, unless it is a listed misspelling (`publically` x3) or one slip
 * from a word the document spells right elsewhere.
 */
const termUses = 2;

/**
 * A capitalised word mid-sentence names something, unless, of six letters or more, it is a listed
 * misspelling (`the Steering Commitee`), a slip of a word the document writes (`Vice Chairpeson`),
 * of a project's term (`Kuberwarden`) or of a month or a day (`Janauary 6`), or, of ten or more, a
 * common word with a letter typed twice or two swapped (`Freedom & Responsibiility`; not `the
 * Wellcome Trust`): shorter names are
 * listed slips of many words (`Canva`). Never a word all in capitals (`BICIKL, SYNTHESYS and
 * DiSSCo`: an acronym or a project's name, as a heading in capitals starts its sentence), one the
 * document writes as an owner (`Automattic's engineers`), nor its own name. (Comparing with every
 * word the document uses cost typo a tenth of its time; searching the source for the word's first
 * letters costs a few searches a word.)
 */
function misspeltNameReader(found: readonly Found[], context: ReadContext): (word: string) => boolean {
  const { source, speller } = context;
  const owners = lazily(() => new Set(found.filter((f) => possessive.test(source.slice(f.start + f.word.length, f.start + f.word.length + 3))).map((f) => f.word)));
  const slipped = (word: string) =>
    speller.listed(word) ||
    slipOfWritten(word, source, speller) ||
    termSlipped(word, context.vocabulary) !== undefined ||
    (word.length >= minTypedTwiceName && typedTwice(word.toLowerCase(), speller)) ||
    firstLetterTwice(word.toLowerCase(), speller) ||
    calendarWords.some((day) => withinOneEdit(word, day));
  return (word) => word.length >= minSlipNameLength && !inCapitals.test(word) && slipped(word) && !owners().has(word) && !context.places().own.has(word.toLowerCase());
}

/**
 * Whether an unknown word is one the document's structure explains: names where it names people,
 * organisations or projects (a people table or list, a profile link, before a verb of saying; then
 * every capitalised use of the same name), its own names (the repository's, its path's, the
 * repositories it links to), terms it uses more than once (termUses), or in two forms of one stem
 * (`Scopulating` in a title, `scopulation` in the text), and terms of the project (the
 * vocabulary: used in several of its documents, in different sentences). Never a listed
 * misspelling, nor one slip from a word the document itself uses (`Indepnedent` in a column that
 * says `Independent`). Judged for a word when asked: one other reading explains most unknown
 * words first, and this one may scan the dictionary for suggestions.
 */
function namedOrTerms(found: readonly Found[], { speller, places, vocabulary, source }: ReadContext, slip: (word: string) => boolean): (word: string) => boolean {
  const counts = new Map<string, number>();
  // The forms of each stem the document writes (`scopulating`, `scopulation`): a coinage used in two forms is a term.
  const forms = new Map<string, Set<string>>();
  // Where each word, as written, stands.
  const starts = new Map<string, number[]>();
  for (const { word, start } of found) {
    const key = singularKey(word.toLowerCase());
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const stem = stemOf(word.toLowerCase());
    if (stem) (forms.get(stem) ?? forms.set(stem, new Set()).get(stem)!).add(word.toLowerCase());
    const at = starts.get(word);
    if (at) at.push(start);
    else starts.set(word, [start]);
  }
  // The organisation's or project's own name (no common word: `monzo`, not `rust`) starts words of
  // its own making: `Monzonauts`, as a company names its staff.
  // The document's name places, read only for a word its uses and the vocabulary do not explain.
  const ownNames = lazily(() => [...places().own].filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w) && (!speller.isKnown(w) || speller.isName(w[0]!.toUpperCase() + w.slice(1)))));
  const ownMade = (lower: string) => ownNames().some((name) => lower.length > name.length + 1 && lower.startsWith(name));
  // The own name written with a hyphen (`tractus-x` of the repository `eclipse-tractusx`): its parts joined.
  const placed = (lower: string, start: number) => places().own.has(lower) || ownMade(lower) || places().named(start) || places().own.has(hyphenatedAt(source, start));
  const answers = new Map<string, boolean>();
  return (word) => {
    let named = answers.get(word);
    if (named === undefined) {
      const lower = word.toLowerCase();
      // ... or a term of the project: used the same way in several of its documents, in different sentences.
      const stem = stemOf(lower);
      const byPlace = () => (starts.get(word) ?? []).some((start) => placed(lower, start));
      // (Never a word of grammar run into another, `atleast`: a missed space, however often copied.)
      const byUses = ((counts.get(singularKey(lower)) ?? 0) >= termUses || (stem !== undefined && forms.get(stem)!.size >= termUses) || vocabulary.has(lower)) && !grammarJoined(lower, speller, commonWordCount);
      // A term by its uses alone is no term where it is a dictionary word with a letter doubled in
      // or two swapped (`Vancancies` in a heading and its text), or, written in lower case, with one
      // left out (`craftmanship` three times): the writer's slip, made each time.
      const explained = (byUses && !typedTwice(lower, speller) && !(starts.has(lower) && letterDropped(lower, speller))) || byPlace();
      // An account name is made from a name (`wlynch` of `Billy Lynch`): one slip from its line's words by its making.
      // The repository's own name is meant however close it is to a word (`ALife` of `alife-web`, one letter from `Life`),
      // and so is a name an address written out holds (`Surae Noether`, `surae at get monero dot org`, beside `sure`).
      const meant = () => (starts.get(word) ?? []).some((start) => places().account(start)) || (lower.length >= 4 && (places().repository.has(lower) || places().addressed.has(lower)));
      answers.set(word, (named = explained && (!slip(word) || meant())));
    }
    return named;
  };
}

/** The hyphenated word the part at `start` stands in, its parts joined, lower case (`tractus-x` → `tractusx`); empty where it has no hyphen. */
function hyphenatedAt(source: string, start: number): string {
  let from = start;
  while (from > 0 && (isWordLetter(source, from - 1) || (source[from - 1] === '-' && from > 1 && isWordLetter(source, from - 2)))) from--;
  let to = start;
  while (to < source.length && (isWordLetter(source, to) || (source[to] === '-' && isWordLetter(source, to + 1)))) to++;
  const word = source.slice(from, to);
  return word.includes('-') ? word.replace(/-/g, '').toLowerCase() : '';
}
const isWordLetter = (source: string, at: number) => /[\p{L}\p{N}]/u.test(source[at] ?? '');

/** A word and its plural counted as one term's uses (`Podling`, `podlings`): the word without a plural `s`. */
const singularKey = (lower: string) => (lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower);

/** The shortest term a slip of a dictionary word is looked for in. */
const minTypedTwice = 8;
/** The shortest name read as such a slip: names are made so (`Wellcome`), long words seldom. */
const minTypedTwiceName = 10;
/** How common (SUBTLEX-US count) a word must be for a term one letter from it to be its slip: `reland` is no slip of `eland`. */
const minSlipFrequency = 10;

/** The shortest term of the project whose slip (one edit) is read as one. */
const minTermForSlip = 8;

/**
 * The term of the project's vocabulary (lower case) a capitalised word is one slip from, where it
 * is a name of eight letters or more the word is not (`Kuberwarden` of `kubewarden`): a project's
 * own name mistyped once, which no dictionary knows to suggest.
 */
function termSlipped(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (word.length < minTermForSlip || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (vocabulary.has(lower)) return undefined;
  const byLength = termsByLength(vocabulary);
  for (let length = lower.length - 1; length <= lower.length + 1; length++) {
    for (const term of byLength[length] ?? []) {
      if (term[0] === lower[0] && term !== `${lower}s` && lower !== `${term}s` && withinOneEdit(lower, term)) return term;
    }
  }
  return undefined;
}

const termLengths = new WeakMap<ReadonlySet<string>, string[][]>();

/** The vocabulary's terms of `minTermForSlip` letters or more, by length (made once a vocabulary). */
function termsByLength(vocabulary: ReadonlySet<string>): string[][] {
  let grouped = termLengths.get(vocabulary);
  if (!grouped) termLengths.set(vocabulary, (grouped = wordsByLength([...vocabulary].filter((t) => t.length >= minTermForSlip))));
  return grouped;
}

/**
 * Whether a word is a common word with one letter typed in more (`vancancies`) or two letters
 * swapped (`mangaer`): a slip, however often the writer makes it. Only these two, each a few
 * look-ups (no dictionary scan): a coined term is seldom a common word plus one letter.
 */
function typedTwice(lower: string, speller: Speller): boolean {
  if (lower.length < minTypedTwice || !/^\p{Ll}+$/u.test(lower)) return false;
  const common = (word: string) => speller.frequency(word) >= minSlipFrequency && speller.isKnown(word);
  for (let i = 0; i < lower.length; i++) {
    if (!(i === 0 && letterBefore(lower, lower.slice(1))) && common(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i + 1 < lower.length && lower[i] !== lower[i + 1] && common(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  return false;
}

/**
 * Whether a word of eight letters or more is a common word with one letter left out inside it
 * (`craftmanship`, `kubernets`): a writer who drops it drops it each time, so its uses make no term.
 */
function letterDropped(lower: string, speller: Speller): boolean {
  if (lower.length < minTypedTwice || !/^[a-z]+$/.test(lower)) return false;
  // Inside the word: a word of another language is often an English one without its last letter (`institut`).
  for (let i = 1; i < lower.length; i++) {
    for (let c = 0x61; c <= 0x7a; c++) {
      const word = lower.slice(0, i) + String.fromCharCode(c) + lower.slice(i);
      if (speller.frequency(word) >= minSlipFrequency && speller.isKnown(word)) return true;
    }
  }
  return false;
}

/**
 * Whether a word is a common word of five letters or more with its first letter typed twice
 * (`Rremote`, `Ssenior`): names seldom start so (`Aaron`, `Lloyd`, `Eerie` are no common word and
 * a letter), and the shortest common words after one are left (`Aalto`).
 */
function firstLetterTwice(lower: string, speller: Speller): boolean {
  const rest = lower.slice(1);
  return rest.length >= 5 && lower[0] === lower[1] && speller.frequency(rest) >= minSlipFrequency && speller.isKnown(rest);
}

/** Letters that carry no accent but are written for a plain one (or two) in English text (`Sørensen` is `Sorensen`). */
// Keys quoted: the bundles are rewritten to ASCII (scripts/ascii-only.js), which escapes strings, not names.
const plainLetters: Readonly<Record<string, string>> = { 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th' };
const plainLetter = /[øØæÆœŒßłŁđĐðÐþÞ]/g;
/** A word in its plain letters: without accents, `ø` as `o` (`Kántor` -> `Kantor`, `Sørensen` -> `Sorensen`). */
const inPlainLetters = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(plainLetter, (c) => plainLetters[c]!);
/** A word in lower case without its accents (`Kántor` -> `kantor`). */
const withoutAccents = (word: string) => inPlainLetters(word).toLowerCase();
/** A capitalised word with a Latin letter carrying an accent (`É`, `é`, `ü`, `ñ`), which no slip of an English word adds. */
const foreignCapitalised = /^(?=\p{Lu})[^]*[À-ÖØ-öø-ɏ]/u;
/** IPA letters and combining marks: the letters of an orthography English does not use (Indigenous languages' names, transcriptions). */
const otherOrthography = /[\u0250-\u02af\u0300-\u036f]/u;
/** An elided article before a capitalised word (`d'Histoire`, `l’Université`, `D'Angelo`): a name in its own language. */
const elidedName = /^[dDlL]['’]\p{Lu}\p{Ll}/u;

/**
 * Whether a word in lower case stands beside a capitalised word in another language's letters, a
 * space or a line break between: a word of the same name or phrase, in its own language
 * (`Université catholique de Louvain`, `für digitale Souveränität`).
 */
function besideForeignName(source: string, start: number, word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return inForeignName(source, start, word);
  const before = wordEndingAt.exec(source.slice(Math.max(0, start - 60), start))?.[1];
  const after = wordStartingAt.exec(source.slice(start + word.length, start + word.length + 60))?.[1];
  // ... or, itself written with an accent, beside any capitalised word (`Bundesverband für`).
  const accented = accentedLetter.test(word);
  const name = accented ? startsCapital : foreignCapitalised;
  return (before !== undefined && name.test(before)) || (after !== undefined && name.test(after)) || (accented && inQuotedPhrase(source, start, word));
}

/** The most words of a phrase quoted whole that is mentioned, not used (`a "salaire brut chargé"`). */
const quotedPhraseWords = 5;
const phraseQuotes = /["“”]/g;

/**
 * Whether the word stands in a short phrase quoted whole on its line (`a "salaire brut chargé"
 * (total cost)`): with a word written with an accent, a phrase of another language mentioned.
 */
function inQuotedPhrase(source: string, start: number, word: string): boolean {
  const lineFrom = source.lastIndexOf('\n', start) + 1;
  const newline = source.indexOf('\n', start);
  const line = source.slice(lineFrom, newline < 0 ? source.length : newline);
  const at = start - lineFrom;
  const quotes = [...matchesOf(phraseQuotes, line)].map((m) => m.index);
  // Quotes pair up from the line's start: the word is inside a pair when an odd number stand before it.
  const open = quotes.filter((q) => q < at);
  const close = quotes.find((q) => q >= at + word.length);
  if (open.length % 2 === 0 || close === undefined) return false;
  return line.slice(open.at(-1)! + 1, close).trim().split(/\s+/).length <= quotedPhraseWords;
}
/**
 * Whether a capitalised word stands in a name whose other capitalised words, on the same line and
 * past its small words, hold one in another language's letters (`Centro Nacional de
 * Supercomputación`, `Escuela Técnica Superior`): a word of that name, in its own language.
 */
function inForeignName(source: string, start: number, word: string): boolean {
  const lineFrom = source.lastIndexOf('\n', start) + 1;
  const newline = source.indexOf('\n', start);
  const lineTo = newline < 0 ? source.length : newline;
  const end = start + word.length;
  // Each side's words outward from the word, to a mark that ends the name (`Center - Centro`, `Supercomputación (BSC)`).
  const before = source.slice(Math.max(lineFrom, start - 80), start).split(' ').reverse().slice(1);
  const after = source.slice(end, Math.min(lineTo, end + 80)).split(' ').slice(1);
  return [before, after].some((side) => {
    for (const w of side.slice(0, nameReach)) {
      // A small word with an accent between the name's capitalised words (`Institut für Maschinelle Sprachverarbeitung`): the name's own language.
      if (accentedSmallWord.test(w)) return capitalisedWord.test((side[side.indexOf(w) + 1] ?? '').replace(/[,.;:)\]]+$/, ''));
      if (particles.has(w)) continue;
      if (!capitalisedWord.test(w)) return false;
      if (foreignCapitalised.test(w)) return true;
    }
    return false;
  });
}

/** A word of grammar of another language written with an accent (`für`, `à`, `één`): in lower case, four letters at most. */
const accentedSmallWord = /^(?=\p{Ll}{1,4}$)\p{L}*[À-ÖØ-öø-ɏ]/u;
/** How many words either side a name is read to. */
const nameReach = 4;
const particles: ReadonlySet<string> = new Set(nameParticles);
const accentedLetter = /[À-ÖØ-öø-ɏ]/u;
const startsCapital = /^\p{Lu}/u;
const wordEndingAt = /(\p{L}+)(?: |[ \t]*\r?\n[ \t]*)$/u;
const wordStartingAt = /^(?: |[ \t]*\r?\n[ \t]*)(\p{L}+)/u;

/** Words grouped by length. */
function wordsByLength(words: Iterable<string>): string[][] {
  const grouped: string[][] = [];
  for (const word of words) (grouped[word.length] ??= []).push(word);
  return grouped;
}

/** Whether a word other than `lower` is within one slip of it (as withinOneEdit judges), among words grouped by length. */
function nearOther(lower: string, byLength: readonly (readonly string[] | undefined)[]): boolean {
  for (let length = Math.max(1, lower.length - oneEditLengthChange); length <= lower.length + oneEditLengthChange; length++) {
    for (const other of byLength[length] ?? []) if (other !== lower && typingCost(lower, other, oneEditCost) <= oneEditCost) return true;
  }
  return false;
}

function reportOverlong(file: VFile, overlong: Words['overlong'], { source, directives }: ReadContext): void {
  const place = location(source);
  for (const { word, start } of overlong) {
    if (directives().off(start)) continue;
    const from = place.toPoint(start);
    const to = place.toPoint(start + word.length);
    if (!from || !to) continue;
    const shown = `${word.slice(0, 20)}…`;
    const message = file.message(
      say('overlong', { shown, length: word.length.toLocaleString('en-US') }),
      { place: { start: from, end: to } },
    );
    message.actual = word;
  }
}

function reportForeign(file: VFile, unknown: readonly Found[], wordCount: number): void {
  const examples = [...new Set(unknown.map((u) => u.word))].slice(0, 3).map((w) => `\`${w}\``).join(', ');
  // Advice, not a finding: the document is not checked, and says nothing wrong of itself.
  asInfo(file.message(say('foreign', { unknown: unknown.length, words: wordCount, examples }), { place: { line: 1, column: 1 } }));
}

/**
 * Each unknown word's finding, with its suggestions; fixed only where a listed misspelling has one
 * correction and the project does not write the word as a term of its own (`mirrord`, a product
 * cspell lists as a slip of mirrored, across three of its pages): reported still, but never
 * rewritten unasked for what may be a name.
 */
function reportUnknown(file: VFile, unknown: readonly Found[], speller: Speller, allowAcronyms: boolean, vocabulary: ReadonlySet<string>): void {
  const place = location(String(file.value ?? ''));
  for (const { word, start, broken, apart: runOn } of unknown) {
    const from = place.toPoint(start);
    const to = place.toPoint(start + word.length);
    if (!from || !to) continue;
    // Judged as shown: an invisible character inside is invisible-character's to report.
    const shown = withoutInvisible(word);
    // A slip of a term the project writes (`Kuberwarden` where its documents write `Kubewarden`) is offered that term first.
    const term = termSlipped(shown, vocabulary);
    const reordered = acronymReordered(shown);
    // Two words of grammar closed up (`byThe`) are offered apart first.
    const apart = grammarRunIn(shown) || sentenceRunIn(shown, speller) ? shown.replace(/(\p{Ll})(\p{Lu})/u, '$1 $2') : undefined;
    const suggestions = [...new Set([...(runOn ? [runOn] : []), ...(apart ? [apart] : []), ...(reordered ? [reordered] : []), ...(term ? [term] : []), ...speller.suggest(shown, 3)])].slice(0, 3).map((s) => matchCase(s, shown));
    // A capitalised word with no word of the dictionaries in reach is a name (`Konflux`,
    // `Arkonaplatz`, `Horchert`), not a slip: a slip leaves the word it was meant to be near.
    if (suggestions.length === 0 && /^\p{Lu}\p{Ll}/u.test(shown) && !speller.listed(shown)) continue;
    // Longer capitals (INFOSEC, a job-series code) are codes unless a word is one edit away (MANAGMENT).
    if (allowAcronyms && longCapitals.test(shown) && !reordered && !(suggestions[0] && withinOneEdit(shown, suggestions[0]))) continue;
    // Misspelt for certain when listed, an acronym's letters out of order, or one slip from the suggestion; a farther guess is offered as one.
    const sure = suggestions[0] !== undefined && (speller.listed(shown) || reordered !== undefined || withinOneEdit(shown, suggestions[0]));
    const message = file.message(describe(shown, suggestions[0], sure), { place: { start: from, end: to } });
    message.actual = word;
    message.expected = suggestions;
    const correction = speller.correction(shown);
    if (correction && !broken && !vocabulary.has(shown.toLowerCase())) offerFix(message, file, start, start + word.length, word, matchCase(correction, shown));
  }
}

/**
 * Whether a document's unknown words make it another language: at least 8 of them and a quarter
 * of its words, and hardly any of its words English small words. Over the 268 corpus documents at
 * most 4.4% of the words are ever reported (a Japanese page with few English words); a German job
 * post has 43%. So may an English post dense with jargon (`dbt`, `dagster`, `flink`), but its
 * `the`, `and`, `with` still make a fifth of its words or more, as they make 2.6-29% (median 20%)
 * of the English corpus documents and seeds of 30 words or more, and none of the German, French
 * and Spanish posts we wrote.
 */
function looksForeign(unknown: readonly Found[], wordCount: number, texts: readonly string[]): boolean {
  if (unknown.length < 8 || unknown.length < 0.25 * wordCount) return false;
  let english = 0;
  for (const text of texts) for (const { word } of tokenise(text)) if (englishSmallWords.has(word.toLowerCase())) english++;
  return english < 0.05 * wordCount;
}

/** Words frequent in English prose and rare in other languages' (`a`, `in`, `on`, `to`, `will` are French, German, Polish words too). */
const englishSmallWords = new Set(['the', 'and', 'of', 'with', 'for', 'you', 'your', 'our', 'are', 'this', 'that', 'from', 'their', 'they', 'have', 'has', 'who']);

// By the configured list: the same for every document a configuration lints.
const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The words accepted besides the dictionaries, lower case, each `-ize` form with its British `-ise`
 * one (`productionize`, `productionise`), as the dictionaries hold both of their own words. Words
 * are single tokens: `Acme Cloud` in `words` means both of its words.
 */
function allowedSet(words: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(words);
  if (!set) allowedSets.set(words, (set = new Set([...allowedWords, ...words].flatMap((w) => w.toLowerCase().split(/\s+/)).flatMap(withBritishForm))));
  return set;
}

const withBritishForm = (word: string) => (izeEnding.test(word) ? [word, word.replace(izeEnding, 'is')] : [word]);

interface Found {
  word: string;
  start: number;
  midSentence: boolean;
  /** The first of two capitalised words that together look like a person's name. */
  fullName: boolean;
  /** The target of the link whose text the word is in. */
  link: string | undefined;
  /** Half of a word hyphenated across a line break: reported, never fixed. */
  broken?: boolean;
  /** In a title or paragraph of another language: counted towards a document that is not English, never reported alone. */
  otherLanguage?: boolean;
  /** A name run on into a word by a missed space, written apart (`Source ecosystem`): offered first. */
  apart?: string;
}

const brokenBefore = /(\p{L}+)-[ \t]*(?:\r\n|\r|\n)[ \t>]*$/u;
const brokenAfter = /^-[ \t]*(?:\r\n|\r|\n)[ \t>]*(\p{L}+)/u;

/** The whole word when the one at `start` is half of a word hyphenated across a line break (in a quote or a list item too), else undefined. */
function acrossLines(source: string, start: number, word: string): string | undefined {
  const end = start + word.length;
  // Each pattern only where the characters beside the word allow it: most words start no line and
  // end in no hyphen.
  const before = startsLine(source, start) ? brokenBefore.exec(source.slice(Math.max(0, start - 80), start)) : null;
  const after = source.charCodeAt(end) === 0x2d ? brokenAfter.exec(source.slice(end, end + 80)) : null;
  return before || after ? `${before?.[1] ?? ''}${word}${after?.[1] ?? ''}` : undefined;
}

/** Whether only spaces, tabs and `>` stand between a line break and `start`. */
function startsLine(source: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i--;
  return source[i] === '\n' || source[i] === '\r';
}

/**
 * Where each text node stands, by node position: inside a heading or not (1 or 0), and the URL of
 * the innermost link it is the text of, a reference link's (`[lsif][1]`) included. Read by the
 * headings' and links' spans of the index: a walk up the tree from every text node read the type
 * of each of its ancestors.
 */
function textContexts(index: TreeIndex): { inHeading: Uint8Array; links: (string | undefined)[] } {
  const inHeading = new Uint8Array(index.nodes.length);
  for (const h of index.of('heading')) for (const at of index.within(h, 'text')) inHeading[at] = 1;
  const links: (string | undefined)[] = [];
  const references = index.of('linkReference');
  const definitions = references.length > 0 ? definitionsOf(index) : undefined;
  // In document order, so an inner link's text is given its own URL after an outer one's.
  for (const l of [...index.of('link'), ...references].sort((a, b) => a - b)) {
    const node = index.nodes[l] as Link | LinkReference;
    const url = node.type === 'link' ? node.url : definitions!.get(node.identifier);
    for (const at of index.within(l, 'text')) links[at] = url;
  }
  return { inHeading, links };
}

/** Blocks whose text a sentence starts: what is before a run inside one is the same sentence's. */
const sentenceBlocks: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);
/** Markup between two runs of one sentence (emphasis, strong, strikethrough, a link's bracket, code's backtick), and white space. */
const runMarkup = /[*_~[`\s]/;

/**
 * Whether the run of the text node at `at` that starts at `runAt` follows a word of the same
 * sentence in its block (`of **React**, **Vite**`, ``after `make` Daily``), read in the source across
 * the markup between them: not at the block's start, after a line break, a sentence's mark (as
 * tokenise reads one) or a tag's `>`.
 */
function followsWord(index: TreeIndex, at: number, source: string, runAt: number): boolean {
  let block = index.parent(at);
  while (block > 0 && !sentenceBlocks.has(index.nodes[block]!.type)) block = index.parent(block);
  const from = block > 0 ? index.nodes[block]!.position?.start.offset : undefined;
  if (from === undefined) return false;
  for (let i = runAt - 1; i >= from; i--) {
    const c = source[i]!;
    if (c === '\n' || c === '\r') return false;
    if (runMarkup.test(c)) continue;
    return c !== '>' && !breaksSentenceBefore(c);
  }
  return false;
}

/** The words of an identifier or an address, lower case: `sig-contribex-leads@kubernetes.io` gives sig, contribex, leads, kubernetes, io. */
function segments(text: string): Set<string> {
  const lower = text.toLowerCase();
  // Most addresses are ASCII, split without a Unicode class (the same pieces: the letters are a-z once lower case).
  return new Set(lower.split(nonAscii.test(lower) ? notLetterOrDigit : notAsciiLetterOrDigit));
}

const nonAscii = /[^\x00-\x7f]/;
const notLetterOrDigit = /[^\p{L}\p{N}]+/u;
const notAsciiLetterOrDigit = /[^a-z0-9]+/;

/**
 * Words the document writes as inline code or in its e-mail addresses, `@handles` (`@org/team`)
 * and `#channels`, lower case. Link targets elsewhere in the document do not count: a URL slug
 * may carry the same typo as the prose (`/managment`).
 */
function termsIn(index: TreeIndex, source: string): ReadonlySet<string> {
  const found: string[] = [];
  for (const at of index.of('inlineCode')) found.push((index.nodes[at] as { value: string }).value);
  for (const m of matchesOf(addresses, source)) found.push(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  return segments(found.join(' '));
}

/**
 * E-mail addresses (1: the local part, 2: the domain), `@handles` and `@org/team`s (2), outside a
 * URL's path, and `#channels` (3) standing as words: not a link's `(#anchor)` nor a heading's
 * `{#id}`, slugs of headings, which may carry a typo. Each alternative starts at its `@` or `#`
 * and looks behind from there: a pattern that starts with the local part's letters is tried at
 * every letter of the document (100 times slower over the corpus).
 */
const addresses = /@(?<=(?<![\p{L}\p{N}._%+\/:-])([\p{L}\p{N}._%+-]*)@)([\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_-]+)?)|#(?<=(?:^|[\s(])(?<!\]\()#)(\p{L}[\p{L}\p{N}_-]*)/gu;

/** Bare @handles and addresses in the text; template tags; the host names of addresses. */
const handlesAndAddresses = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_-]+|\b(?:https?:\/\/|www\.)[^\s#]+/gu;
const templateTag = /\{%[^%\n]*%\}/g;
const hostName = /(?:\/\/|\bwww\.)([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gmu;

/**
 * Link targets, URLs, @handles and template tags of the document: where names are spelt out. Without #fragments: `[Key Responsibilites](#key-responsibilites)` spells the heading's typo.
 */
function identifiersIn(index: TreeIndex, source: string): Identifiers {
  const found: string[] = [];
  for (const type of ['link', 'image', 'definition'] as const) for (const at of index.of(type)) found.push((index.nodes[at] as { url: string }).url.split('#')[0]!);
  // Bare addresses from the text: the engine's parser makes no links of them (src/parse/gfm.ts).
  for (const m of matchesOf(handlesAndAddresses, source)) found.push(m[0]);
  // A link whose target is a template tag (`[Invision instructions]({% page "/tools/invision/" %})`):
  // CommonMark makes no link of it, yet the tag holds the path it links to.
  if (source.includes('{%')) for (const m of matchesOf(templateTag, source)) found.push(m[0].split('#')[0]!);
  const text = found.join('\n').toLowerCase();
  const hosts = new Set<string>();
  for (const m of matchesOf(hostName, text)) for (const label of m[1]!.split('.')) hosts.add(label);
  return { text, hosts, segments: segments(text) };
}

interface Identifiers {
  /** Link targets, URLs, @handles and template-tag paths, lower case, one per line. */
  text: string;
  /** The labels of the hosts they name (`whenisgood`, `net`). */
  hosts: ReadonlySet<string>;
  /** Their words (`codeintellify`, `sourcegraph`). */
  segments: ReadonlySet<string>;
}

/** Whether `lower` stands in the source elsewhere than at `start`. */
function writtenElsewhere(source: string, lower: string, start: number): boolean {
  const first = source.indexOf(lower);
  return first !== -1 && (first !== start || source.indexOf(lower, start + 1) !== -1);
}

/** Whether the document writes the capitalised word before `start` and `word` as one word too (`Pro Publica`, `ProPublica`). */
function closedUpElsewhere(source: string, start: number, word: string): boolean {
  const before = /(\p{Lu}\p{L}*) $/u.exec(source.slice(Math.max(0, start - 40), start))?.[1];
  return before !== undefined && new RegExp(`(?<![\\p{L}])${before}${word}(?![\\p{L}])`, 'iu').test(source);
}

/** The fewest letters of the word a name runs on into, without its space. */
const minRunOnLetters = 4;

/**
 * The capitalised word at `start` written apart, where it is a name the document writes, after the same word,
 * run on into a word by a missed space (`the Magento Open Sourceecosystem` where the
 * document writes `Magento Open Source`): a name of two words closed up (`Sourcegraph`) follows
 * no word that the document writes before its first part alone.
 */
function runOnFromName(source: string, start: number, word: string, speller: Speller): string | undefined {
  const before = /(\p{Lu}\p{L}*) $/u.exec(source.slice(Math.max(0, start - 40), start))?.[1];
  if (before === undefined) return undefined;
  for (let split = 3; split <= word.length - minRunOnLetters; split++) {
    const rest = word.slice(split);
    if (!/^\p{Ll}+$/u.test(rest) || !speller.isKnown(rest)) continue;
    const phrase = `${before} ${word.slice(0, split)}`;
    for (let at = source.indexOf(phrase); at >= 0; at = source.indexOf(phrase, at + 1)) {
      if (at !== start - before.length - 1 && (at === 0 || !letter.test(source[at - 1]!)) && !letter.test(source[at + phrase.length] ?? '')) return `${word.slice(0, split)} ${rest}`;
    }
  }
  return undefined;
}

/** The word just before `start` on its line, lower case, when one space parts them; else ''. */
function wordBefore(source: string, start: number): string {
  return /(\p{L}+) $/u.exec(source.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase() ?? '';
}

/**
 * Unknown words that are names: every use in the document starts with a capital, and at least one
 * stands mid-sentence (Monzo, Socialbakers, USAJOBS). A capitalised typo at the start of a heading
 * or a sentence is still reported.
 */
function namesIn(found: readonly Found[]): Set<string> {
  const uses = new Map<string, { capitalised: boolean; midSentence: boolean }>();
  for (const { word, midSentence } of found) {
    const key = word.toLowerCase();
    const use = uses.get(key) ?? { capitalised: true, midSentence: false };
    use.capitalised &&= /^\p{Lu}/u.test(word);
    use.midSentence ||= midSentence;
    uses.set(key, use);
  }
  const names = new Set<string>();
  for (const { word } of found) {
    const use = uses.get(word.toLowerCase())!;
    if (use.capitalised && use.midSentence) names.add(word);
  }
  return names;
}

const abbreviation = /^[b-df-hj-np-tv-xz]{3,5}$/i;
const libraryName = /^\p{L}[\p{L}\p{N}]{1,20}js$/iu;
const acronym = /^[A-Z]{2,5}s?$/;
/** A word all in capitals. */
const inCapitals = /^\p{Lu}+$/u;
const acronymThenWord = /^\p{Lu}{1,5}(\p{Lu}\p{Ll}{2,})$/u;

function acronymAndWord(word: string, speller: Speller): boolean {
  const m = acronymThenWord.exec(word);
  if (m === null) return false;
  // One capital before the word (`GDrive`, `JFrog`) names as several do, unless it is a word of its
  // own run in (`ANew`, `IThink`) or the word's own capital typed twice (`TThe`).
  const before = word.length - m[1]!.length;
  return (before > 1 || !/^[AI]/.test(word) && word[0] !== word[1]) && speller.isKnown(m[1]!);
}
const longCapitals = /^[A-Z]{6,}s?$/;

type Part = { word: string; index: number };
const noParts: readonly Part[] = [];

/** Whether a word passes as spelt: known, allowed, short, an acronym, or a name's inner capital. */
/** Each ordered acronym by its letters sorted. */
const acronymsByLetters = new Map(orderedAcronyms.map((a) => [[...a].sort().join(''), a]));

/** The acronym a word in capitals is with its letters out of order (`LGTBQ` → `LGBTQ`), if any. */
function acronymReordered(w: string): string | undefined {
  if (!/^[A-Z0-9]{4,10}$/.test(w)) return undefined;
  const listed = acronymsByLetters.get([...w].sort().join(''));
  return listed !== undefined && listed !== w ? listed : undefined;
}

function knownWord(speller: Speller, allowed: ReadonlySet<string>, allowAcronyms: boolean, invisibles: boolean): (w: string) => boolean {
  // The speller (a cached lookup) first: most words are known.
  return (written) => {
    // A zero-width space inside a word is no misspelling (invisible-character reports it).
    const w = invisibles ? withoutInvisible(written) : written;
    return w.length < 3 ||
    speller.isKnown(w.includes('’') || w.includes('‘') ? w.replace(/[‘’]/g, "'") : w) ||
    allowed.has(w.toLowerCase()) ||
    (allowAcronyms && acronym.test(w) && acronymReordered(w) === undefined) ||
    // An inner capital (GraphQL, iPhone, DevOps) marks a name or a product, not prose; not two
    // words of grammar run together (`byThe Linux Foundation`).
    (/\p{Ll}\p{Lu}/u.test(w) && !grammarRunIn(w) && !sentenceRunIn(w, speller)) ||
    // So do capitals run into a capitalised word (`USAGov`, `TTSJobs`, `GDrive`): a programme's or a product's name.
    acronymAndWord(w, speller) ||
    // A capitalised word with an accent: a name in its own language's letters (`Sørensen`, `Nuñez`)
    // or a word of another language (`Sorbonne Université`, `Muséum National`), as no slip of an
    // English word adds an accent.
    foreignCapitalised.test(w) ||
    // Letters of another orthography (`hən̓q̓əmin̓əm̓`: IPA's `ə`, combining marks), which no slip of an English word types.
    otherOrthography.test(w) ||
    elidedName.test(w) ||
    pluralOfKnown(w, speller) ||
    derivedWord(w, speller) ||
    britishOfKnown(w, speller);
  };
}

/** Short words of grammar that run into the next word by a missed space as the longer ones do (compound.ts's `grammar`). */
const shortGrammar: ReadonlySet<string> = new Set(['by', 'to', 'in', 'on', 'is', 'as', 'an', 'or', 'if', 'of']);
/** Two words of grammar, the second capitalised, closed up (`byThe`, `ofThe`, `andOur`): no product writes its name so. */
/** Words that open a sentence, which a missed full stop and space run into the word before (`the workAlso, the more I learn`). */
const sentenceOpeners: ReadonlySet<string> = new Set(['also', 'the', 'this', 'that', 'these', 'those', 'there', 'then', 'our', 'your', 'their', 'they', 'you', 'and', 'but', 'however', 'when', 'while', 'what', 'which']);

/** A known word of three letters or more run into a capitalised word that opens a sentence (`workAlso`): a missed full stop and space, no product's name. */
function sentenceRunIn(w: string, speller: Speller): boolean {
  const m = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(w);
  return m !== null && sentenceOpeners.has(m[2]!.toLowerCase()) && speller.isKnown(m[1]!);
}

function grammarRunIn(w: string): boolean {
  const m = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(w);
  const isGrammar = (part: string) => grammar.has(part) || shortGrammar.has(part);
  return m !== null && isGrammar(m[1]!) && isGrammar(m[2]!.toLowerCase());
}

/** A known word in capitals or a contraction with a plural `s` (`DON'Ts`, `don’ts`, `KPIs`): dos and don'ts, as English writes them. */
function pluralOfKnown(w: string, speller: Speller): boolean {
  return (/\p{Lu}s$/u.test(w) || /['’]ts$/iu.test(w)) && speller.isKnown(w.slice(0, -1).replace(/[‘’]/g, "'"));
}

/** An agent noun's `-ship` (`committership` of `committer`) and an `-able` word's `-ability` (`diagnosability` of `diagnosable`). */
const agentShip = /^(\p{L}{4,}(?:er|or|ist|ant|ent|ee))ship$/iu;
const ability = /^(\p{L}{3,}[ai])bility$/iu;
/**
 * A common word made a doctrine or a prejudice (`Levelism` of level, as ageism of age); a stem the
 * dictionaries hold only as a name (`citic`, a company) makes none: `citicism` is criticism's slip.
 */
const ism = /^(\p{L}{4,})isms?$/iu;
/**
 * A verb's -able adjective with its final e dropped (`pastable` of paste), as usable of use; not
 * after a c or a g, whose e stays (`manageable`, `noticeable`: `managable` is the slip).
 */
const eDroppedAble = /^(\p{L}{3,}[^aeiouycg])able$/iu;

/**
 * A word English makes of a known one by a suffix that makes no misspelling of it: the dictionaries
 * hold `membership` and `observability`, not every such word a community coins (`reviewership`,
 * `debuggability`'s kin). Never a listed misspelling, and a misspelt stem (`responsable`) is no stem.
 */
function derivedWord(w: string, speller: Speller): boolean {
  const stem = derivedFrom(w);
  if (stem === undefined || !speller.isKnown(stem) || speller.listed(w)) return false;
  return !ism.test(w) || speller.frequency(stem.toLowerCase()) > 0;
}

/** The word a derived word is regularly made from (derivedWord), if it has such an ending. */
function derivedFrom(w: string): string | undefined {
  const ship = agentShip.exec(w)?.[1];
  if (ship !== undefined) return ship;
  const able = ability.exec(w)?.[1];
  if (able !== undefined) return `${able}ble`;
  const doctrine = ism.exec(w)?.[1];
  if (doctrine !== undefined) return doctrine;
  const dropped = eDroppedAble.exec(w)?.[1];
  return dropped === undefined ? undefined : `${dropped}e`;
}

/** The `is` of a British -ise ending after a stem of five letters or more (`parameterisations`; not `capsise`). */
const iseEnding = /(?<=\p{L}{5})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)/u;

/**
 * A British -ise form of a known -ize word (`parameterisations` of `parameterization`), where the
 * dictionaries accept British spellings (`organisation`: `en` and `en-GB`, not `en-US`): they list
 * the common ones, not every rare word's. Never a listed misspelling.
 */
function britishOfKnown(w: string, speller: Speller): boolean {
  if (!iseEnding.test(w) || !speller.isKnown('organisation') || speller.listed(w)) return false;
  // Or of its singular: the dictionaries hold `parameterization`, not every plural.
  const american = w.replace(iseEnding, 'iz');
  return speller.isKnown(american) || (/[^s]s$/.test(american) && speller.isKnown(american.slice(0, -1)));
}

/** The parts of a word that are not known: the word itself, or for hyphenated words the unknown parts. */
function unknownParts(word: string, ok: (w: string) => boolean): readonly Part[] {
  if (ok(word)) return noParts;
  if (!word.includes('-')) return [{ word, index: 0 }];
  if (ok(word.replace(/-/g, '')) || acronymsJoined(word, ok)) return noParts;
  // The -s form of a hyphenated word whose parts are known (`ad-hocs`), as that of a long known word is (isCompound).
  if (/-\p{L}{2,}[^s]s$/u.test(word) && unknownParts(word.slice(0, -1), ok).length === 0) return noParts;
  const parts: Part[] = [];
  let index = 0;
  const split = word.split('-');
  split.forEach((part, i) => {
    // A prefix before a hyphen (`mis-hires`, `pre-screen`, `tri-folds`) is no word of its own.
    if (!ok(part) && !(i < split.length - 1 && (prefixes.includes(part.toLowerCase()) || hyphenPrefixes.includes(part.toLowerCase())))) parts.push({ word: part, index });
    index += part.length + 1;
  });
  return parts;
}

/**
 * Capitals joined by hyphens, one of them an acronym that is no word (`CNRS-LOCEAN`, `UMR-IGE`): the
 * name of an organisation and its part, each piece a name. Not where every piece is a word in
 * capitals (`FULL-TIEM` is a heading's slip).
 */
function acronymsJoined(word: string, ok: (w: string) => boolean): boolean {
  const split = word.split('-');
  return split.every((part) => /^\p{Lu}{2,}$/u.test(part)) && split.some((part) => ok(part) && !ok(part.toLowerCase()));
}

/**
 * What a finding says. "Misspelt" only where that is near certain (`sure`: a listed misspelling, or
 * one slip from the suggestion); a farther guess (`Packwerk`: `Packer`?) is offered as one, since
 * such words are more often names and terms. Two words run together are the likelier reading, not
 * a certain one: a lower-case name of a service or tool (`gitserver`) is written so too.
 */
function describe(word: string, best: string | undefined, sure: boolean): string {
  if (best === undefined) return say('unknown', { word });
  return say(best.includes(' ') ? 'unknownSpaced' : sure ? 'misspelt' : 'unknownGuess', { word, best });
}

/** A suggestion written the way the word was: `Infrastucture` -> `Infrastructure`, `MANAGMENT` -> `MANAGEMENT`. */
function matchCase(suggestion: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return suggestion.toUpperCase();
  if (word[0] === word[0]!.toUpperCase()) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}
