/**
 * `confusable-word`: a real word in the place of another (`Principle Engineer`, `never loose
 * data`, `review there code`, `affect change`, `Chief Operating Office`, `Setup the channels`,
 * `a engineer`), which no spelling checker sees: each word is spelt right. Only where the context
 * leaves no doubt (confusable-word.data.ts), in English documents (document/language.ts), in the
 * prose the other word rules read (not code, URLs or HTML tags); `--fix` where the entry says the
 * correction is certain.
 */
import { location } from 'vfile-location';
import { defineRule, offerFix } from './define.js';
import { consonantSoundVowels, confusables, silentH, vowelSoundLetters, vowelSoundPrefixes, type Confusable } from './confusable-word.data.js';
import { documentLanguage, inOtherLanguage, otherLanguageAt } from '../document/language.js';
import { frontmatterProse, htmlRunsAt, proseFrontmatterKeys, textRunsAt } from '../document/prose.js';
import { treeIndex } from '../document/tree-index.js';
import { matchesOf } from '../core/matches.js';

export interface ConfusableWordOptions {
  /** Entries (by id) not to report: a house style that writes `setup` as a verb, say. */
  allow: readonly string[];
}

/** A word some entry's pattern needs: a run without any is not matched against every entry. */
const triggers = /\b(?:principle|principals|loose|their|there|they're|compliment\w*|affect|setup|lead|stationary|office|mangers?|then|it's|weather|advice|word(?=-class))\b/gi;
const article = /\ban?\b/i;

export const confusableWord = defineRule<ConfusableWordOptions>(
  {
    id: 'confusable-word',
    description: 'Flag a real word in the place of another (`Principle Engineer`, `never loose data`, `a engineer`) where the context leaves no doubt',
    defaultLevel: 'warning',
    defaults: { allow: [] },
    tags: ['wording', 'spelling'], fixable: true,
    messages: {
      confused: '`{{wrong}}` where `{{right}}` is meant: {{why}}',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', enum: [...confusables.map((c) => c.id), 'a-an'] }, description: 'Entries not to report, by id' },
      },
    },
  },
  (tree, file, options, say) => {
    const source = String(file.value ?? '');
    const language = documentLanguage(tree, source, file).language;
    if (language !== undefined && language !== 'en') return;
    const allowed = new Set(options.allow);
    const entries = confusables.filter((c) => !allowed.has(c.id));
    let place: ReturnType<typeof location> | undefined;
    const report = (start: number, wrong: string, right: string, why: string, fix: boolean) => {
      place ??= location(source);
      const from = place.toPoint(start);
      const to = place.toPoint(start + wrong.length);
      if (!from || !to) return;
      const replacement = matchCase(right, wrong);
      const message = file.message(say('confused', { wrong, right: replacement, why }), { place: { start: from, end: to } });
      message.actual = wrong;
      message.expected = [replacement];
      if (fix) offerFix(message, file, start, start + wrong.length, wrong, replacement);
    };
    let otherLanguage: ((offset: number) => boolean) | undefined;
    const read = (text: string, at: number) => {
      // The entries whose wrong word the run holds, found in one pass; only those are tried in full.
      const present = text.match(triggers);
      const found =
        present === null
          ? []
          : entriesFor(present, entries).flatMap((entry) =>
              matches(entry, text).map((m) => ({ ...m, right: entry.stem === undefined ? entry.right : entry.right + m.wrong.slice(entry.stem), why: entry.why, fix: entry.fix })),
            );
      if (!allowed.has('a-an') && article.test(text)) found.push(...articles(text).map((m) => ({ ...m, fix: false })));
      if (found.length === 0) return;
      // A section of another language (a German post's part above its English version) is no English to correct.
      otherLanguage ??= otherLanguageAt(tree, source);
      // In the order they stand, as a reader meets them.
      for (const f of found.sort((a, b) => a.index - b.index)) if (!otherLanguage(at + f.index)) report(at + f.index, f.wrong, f.right, f.why, f.fix);
    };
    const index = treeIndex(tree);
    for (const at of index.of('text')) for (const run of textRunsAt(index, at, source)) read(run.text, run.at);
    for (const at of index.of('html')) for (const run of htmlRunsAt(index, at, source)) read(run.text, run.at);
    for (const run of frontmatterProse(tree, source, proseFrontmatterKeys)) read(run.text, run.at);
  },
);

/**
 * Each entry's wrong word alone (its pattern's `wrong` group), tested on the trigger words a run
 * holds: most runs that hold some entry's word hold none of the others', and a pattern with its
 * context costs far more tried at every place of a run than a word looked up in a few.
 */
const wrongGroup = /\(\?<wrong>((?:[^()]|\([^()]*\))+)\)/;
const wrongWord = new Map<Confusable, RegExp>(confusables.map((entry) => [entry, new RegExp(`^(?:${wrongGroup.exec(entry.pattern.source)![1]})$`, 'iu')]));

/**
 * Each entry's pattern as it is matched: its wrong word first, the context before it looked behind
 * for (`(?<wrong>then)(?<=\b(?:more|less) (?:then))\b`). Tried at every place of a run, a pattern
 * that starts with its context tries each of the context's words there; one that starts with the
 * word stops at once where the word does not stand (2.3 times faster over the corpus's runs that
 * hold a trigger word, the same matches).
 */
export function wordFirst(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  const wrong = wrongGroup.exec(source)!;
  const before = source.slice(0, wrong.index);
  return before === '' ? pattern : new RegExp(`${wrong[0]}(?<=${before}(?:${wrong[1]}))${source.slice(wrong.index + wrong[0].length)}`, flags);
}
const matched = new Map<Confusable, RegExp>(confusables.map((entry) => [entry, wordFirst(entry.pattern)]));

/** By trigger word in lower case: the entries whose wrong word it is (a few dozen words in all). */
const byTrigger = new Map<string, readonly Confusable[]>();

/** The entries, in their order, whose wrong word is one of the trigger words a run holds. */
function entriesFor(present: readonly string[], entries: readonly Confusable[]): Confusable[] {
  const wanted = new Set<Confusable>();
  for (const word of present) {
    const lower = word.toLowerCase();
    let found = byTrigger.get(lower);
    if (!found) byTrigger.set(lower, (found = confusables.filter((entry) => wrongWord.get(entry)!.test(lower))));
    for (const entry of found) wanted.add(entry);
  }
  return entries.filter((entry) => wanted.has(entry));
}

/** Where an entry's wrong word stands in a text. */
function matches(entry: Confusable, text: string): { index: number; wrong: string }[] {
  const found: { index: number; wrong: string }[] = [];
  // The match starts with the wrong word (wordFirst).
  for (const m of matchesOf(matched.get(entry)!, text)) found.push({ index: m.index, wrong: m.groups!.wrong! });
  return found;
}

/** Words an article never stands before: `option a or b`, `Plan a and b` use `a` as a name. */
const notAfterArticle = new Set(['or', 'and', 'as', 'at', 'in', 'on', 'of', 'is', 'if', 'it', 'to', 'up', 'an', 'are', 'was', 'etc', 'is', 'into', 'onto', 'unless', 'until', 'upon', 'each', 'either', 'every', 'other', 'only', 'all', 'any', 'also', 'after', 'about', 'above', 'under', 'over', 'out', 'off', 'by', 'be', 'b']);

/** What may stand before an article: white space, an opening bracket or quote (else `x-a` or `don't a`). */
const articlePlace = /[\s("“]/;
/** A capitalised word and one space just before: what a letter is named by (`Series `, `Plan `). */
const labelBefore = /\p{Lu}\p{L}* $/u;

/** `a` before a vowel sound and `an` before a consonant sound: `a engineer`, `an developer`. */
function articles(text: string): { index: number; wrong: string; right: string; why: string }[] {
  const found: { index: number; wrong: string; right: string; why: string }[] = [];
  // The article after a word or the start, before a lower-case word (a name, an acronym, a
  // number or a letter in a list such as `a) Scope` is not judged).
  // Found from the word boundary and the place checked after: a pattern that starts by looking
  // behind is tried at every character of every run.
  // `a` only before a vowel or an `h` (a silent one makes a vowel sound): most articles are `a`
  // before a consonant, and are never matched.
  // `an` before a capitalised word whose first letter is named, and read, with a consonant sound
  // (`an Project Manager`); one whose letter's name starts with a vowel may be read as letters.
  const pattern = /\b(?:(a|A) (?=[aeiouh])|(an|An) )([a-z][a-z-]*|[BCDGJKPQTVWZ][a-z]{2,}(?![A-Za-z-]))\b/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > 0 && !articlePlace.test(text[m.index - 1]!)) {
      // Not an article's place: the next try starts within it, as the look-behind would have.
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const article = (m[1] ?? m[2])!;
    const next = m[3]!;
    // A word without a vowel (`ssh`, `npm`) is read as its letters: `an ssh key`.
    if (next.length < 2 || notAfterArticle.has(next) || !/[aeiouy]/.test(next)) continue;
    // `Series A investors`, `Plan A`, `Type A`: a capital A after a capitalised word is a letter naming something.
    if (article === 'A' && labelBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const vowelSound = /^[A-Z]/.test(next) ? false : next[1] === '-'
      ? vowelSoundLetters.includes(next[0]!)
      : /^[aeiou]/.test(next) ? !consonantSoundVowels.some((p) => next.startsWith(p)) || vowelSoundPrefixes.some((p) => next.startsWith(p)) : silentH.some((p) => next.startsWith(p));
    const isAn = article.toLowerCase() === 'an';
    if (vowelSound === isAn) continue;
    // German's `an` (`Interesse an Daten`, `Anpassung an die Bedürfnisse`), in a sentence of another
    // language: before a word in lower case, two of its small words or more (`as` is Portuguese's too).
    if (inOtherLanguage(sentenceAt(text, m.index).toLowerCase().split(/[^\p{L}]+/u), /^\p{Lu}/u.test(next) ? 1 : 2)) continue;
    const right = matchCase(isAn ? 'a' : 'an', article);
    found.push({ index: m.index, wrong: article, right, why: `\`${right}\` goes before a word that starts with ${vowelSound ? 'a vowel' : 'a consonant'} sound (\`${next}\`)` });
  }
  return found;
}

/** The sentence of a text that holds `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at)) + 1;
  const end = text.slice(at).search(/[.!?](?:\s|$)/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/** The replacement in the wrong word's case: `Principle` -> `Principal`, `PRINCIPLE` -> `PRINCIPAL`. */
function matchCase(right: string, wrong: string): string {
  if (wrong.length > 1 && wrong === wrong.toUpperCase()) return right.toUpperCase();
  return /^\p{Lu}/u.test(wrong) ? right[0]!.toUpperCase() + right.slice(1) : right;
}
