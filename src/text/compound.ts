/**
 * Whether an unknown word reads as a closed compound of two known words (`healthchecks`,
 * `weeknote`, `shelfware`), a known word with a common prefix (`retagged`, `reland`,
 * `intransparent`; `ejournal`, electronic), the -ee noun of a verb (`reportee`), the -ization noun of a word
 * (`monitorization`), the -s form of a longer word listed without it (`screencasts`) or a word
 * written with only some of its accents (`resumé`): real words the dictionaries lack, accepted by typo, never suggested. Not a
 * compound: two words run together where one is a small word of grammar (`scopesand`, `aswell`),
 * a word the dictionaries write with a hyphen (`righthand`, `indepth`: `right-hand`, `in-depth`),
 * a tripled letter (`asssets`), one slip from a word (`whitspace`) or a listed misspelling.
 */
import { withinOneEdit } from './typing-cost.js';
import { izeEnding } from './variants.js';

/**
 * Prefixes English writes before a word, closed up (`retagged`) or with a hyphen (`mis-hires`),
 * those of the sciences and technology (`biomathematicians`, `microfrontends`, `geodata`,
 * `mechanosensing`, `rheomicroscopy`), and the
 * `lib` C libraries are named with (`libfoobar`, `libcurl`).
 */
export const prefixes: readonly string[] = [
  're', 'un', 'co', 'de', 'mis', 'non', 'pre', 'sub', 'over', 'under', 'inter', 'multi', 'cross', 'self',
  'bio', 'micro', 'macro', 'meta', 'neuro', 'geo', 'eco', 'cyber', 'semi', 'nano',
  'mechano', 'rheo', 'thermo', 'cardio', 'electro', 'opto', 'immuno', 'chemo', 'hydro', 'photo', 'psycho', 'socio', 'lib',
];
/**
 * Endings of inflection the dictionaries also list as words (`ing`, `er`, as abbreviations): a
 * word split before one (`developer ing` of `developering`) is one word inflected wrongly, not two.
 */
const inflections: ReadonlySet<string> = new Set(['ing', 'ed', 'er', 'ers', 'es']);
/** Words of grammar that run into a neighbour by a missed space, not into a compound. */
export const grammar: ReadonlySet<string> = new Set(
  'and the of for with you your our own my are this that from their they have has who will was were not but nor yet all any can its his her him she them than then there these those what when where which while why how into onto upon about also just some each such only very well much more most been being had did does done may might must shall should would could before because between during against among without at'.split(' '),
);

/** The most plain twins of an accented letter tried (2^n variants). */
const maxPlainTwins = 3;
/** The shortest word whose -s form is read as a word: shorter ones are words of grammar or slips (`thes`, `theres`). */
const minBaseForS = 6;
/** Words with no plural: an `s` after one is a possessive's, its apostrophe left out (`everyones schedule`, `yesterdays news`). */
const withoutPlural: ReadonlySet<string> = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'no-one', 'yesterday', 'tomorrow', 'tonight']);

export interface CompoundReader {
  isKnown(word: string): boolean;
  listed(word: string): boolean;
  suggest(word: string, max?: number): string[];
  frequency(word: string): number;
  isName(word: string): boolean;
}

/**
 * How much more often the word after a prefix must be used than the word one slip away for the
 * prefixed reading to win: `re` + `share` (SUBTLEX count 3,545) over `reshape` (11), `re` +
 * `tagged` (96) over `restaged` (2); not `de` + `poly` (19) over `deploy` (135).
 */
const prefixOverSlip = 20;
/** The least use of that word: a rare word after a prefix is as likely a fragment of a slip. */
const minPrefixedCount = 50;

/**
 * The negative prefixes of one letter apart or a sound alike that English puts before a word: a
 * word takes one of them, and another in its place is a slip (`non-`, which makes words of its own,
 * `intransparent` beside `nontransparent`, is no such twin).
 */
const negativePrefixes: readonly string[] = ['un', 'in', 'im', 'il', 'ir'];

/** The word with its negative prefix swapped for the one the dictionaries know it with (`unsufficiently` → `insufficiently`), if any. */
export function otherNegativePrefix(word: string, speller: Pick<CompoundReader, 'isKnown'>): string | undefined {
  const prefix = negativePrefixes.find((p) => word.startsWith(p) && word.length - p.length >= 5);
  if (prefix === undefined) return undefined;
  const stem = word.slice(prefix.length);
  for (const other of negativePrefixes) if (other !== prefix && speller.isKnown(other + stem)) return other + stem;
  return undefined;
}

/**
 * Whether a word in lower case reads as a known word and a word of grammar run together, a missed
 * space (`scopesand`, `atleast`); where `minCount` is given, the known word used at least that
 * often (SUBTLEX-US count: `least`, not `rel` of `reland`).
 */
export function grammarJoined(word: string, speller: Pick<CompoundReader, 'isKnown' | 'frequency'>, minCount = 0): boolean {
  const known = (part: string) => speller.isKnown(part) && (minCount === 0 || speller.frequency(part) >= minCount);
  for (let i = 2; i <= word.length - 2; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if ((grammar.has(left) && known(right)) || (grammar.has(right) && known(left))) return true;
  }
  return false;
}

/** How often (SUBTLEX-US count) a word is used to be a common one: the known word of a term read as a missed space (`least` of `atleast`), each word of a run of words. */
export const commonWordCount = 100;

export function isCompound(written: string, speller: CompoundReader): boolean {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(written) || written.length < 6 || /(\p{L})\1\1/u.test(written)) return false;
  const word = written.toLowerCase();
  if (speller.listed(word)) return false;
  // Read as a word and a word of grammar (`scopes and`), it is a missed space, whatever else it reads as.
  if (grammarJoined(word, speller)) return false;
  // `reportee`, `reportees`: the -ee noun of a verb whose -er noun is known (reporter), as
  // employee beside employer.
  const ee = /^(\p{Ll}{4,})ees?$/u.exec(word);
  if (ee && speller.isKnown(ee[1]!) && speller.isKnown(`${ee[1]}er`)) return true;
  // `screencasts`, `standups`: the plural or third person of a known word of six letters or more
  // that the dictionaries list without its -s. Misspelt plurals (`informations`) are listed.
  const base = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : '';
  if (base.length >= minBaseForS && !grammar.has(base) && !withoutPlural.has(base) && speller.isKnown(base) && !speller.isName(base[0]!.toUpperCase() + base.slice(1))) return true;
  if (partlyAccented(word, speller)) return true;
  // `ejournal`, `elearning`, `eresources`: electronic, as in ebook and email, closed up before a known word.
  // Not `eexperience`: an `e` typed twice.
  if (/^e\p{Ll}{5,}$/u.test(word) && word[1] !== 'e' && !grammar.has(word.slice(1)) && speller.isKnown(word.slice(1)) && !speller.isName(word[1]!.toUpperCase() + word.slice(2))) return true;
  // `unsufficiently` for `insufficiently`: the negative prefix the word takes swapped for another, a slip, not a new word.
  if (otherNegativePrefix(word, speller) !== undefined) return false;
  const suggestions = speller.suggest(word, 3);
  if (prefixedOverSlip(word, suggestions, speller)) return true;
  // The dictionaries write it with a hyphen (then the closed form is the slip), or a word is one
  // slip away (`whitspace`, `upsteams`: a compound by chance, a slip by likelihood).
  // The British -ise form of an -ize word (`miscategorised` for `miscategorized`) is no slip: -ize
  // is good in US and Oxford spelling alike (not the other way: `organisation` is a slip in US spelling).
  if (suggestions.some((s) => s.replace(/-/g, '') === word || (!s.includes(' ') && withinOneEdit(word, s) && !isBritishForm(s, word)))) return false;
  // `monitorization`, `cruftification`: a known word made a noun of a process, as organization is.
  const derived = /^(\p{Ll}{4,}?)(?:i[sz]ations?|ifications?)$/u.exec(word);
  if (derived && speller.isKnown(derived[1]!) && !speller.isName(derived[1]![0]!.toUpperCase() + derived[1]!.slice(1))) return true;
  const adjective = adjectiveOfAdverb(word);
  if (adjective !== undefined && speller.isKnown(adjective)) return true;
  // `preparational`: the -al adjective of a known -ion noun (preparation), as operational of operation.
  const ofNoun = /^(\p{Ll}{4,}ion)al(?:ly)?$/u.exec(word);
  if (ofNoun && speller.isKnown(ofNoun[1]!)) return true;
  for (let i = 2; i <= word.length - 3; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    // Two words the speller itself offers apart (`health checks`), or a prefix and a word (`re` + `tagged`).
    if (!inflections.has(right) && suggestions.includes(`${left} ${right}`)) return true;
    if (prefixes.includes(left) && right.length >= 4 && speller.isKnown(right)) return true;
  }
  return false;
}

/**
 * The adjective a `-ly` adverb is regularly made from, where it ends as adjectives do
 * (`distributedly` of distributed, `disciplinarily` of disciplinary, `organisationally`,
 * `holistically`, `configurably`): the dictionaries leave rare adverbs out. Not a noun's (`accidently`
 * of accident is a slip for accidentally), nor a short word's.
 */
function adjectiveOfAdverb(word: string): string | undefined {
  const m = /^(\p{Ll}{4,}(?:ed|ive|ous|ful|al))ly$|^(\p{Ll}{4,}ar)ily$|^(\p{Ll}{4,}ic)ally$|^(\p{Ll}{4,}ab)ly$/u.exec(word);
  if (!m) return undefined;
  return m[1] ?? (m[2] !== undefined ? `${m[2]}y` : m[3] ?? `${m[4]!}le`);
}

/** Words of two letters a name run together from words holds (`arewemeetingyet`, `whenisgood`). */
const twoLetterWords = new Set('we is it to of in on at me my be by do go he if no or so up us an as am'.split(' '));
/** The fewest letters, and words, of a run of words closed up. */
const minRunLetters = 10;
const minRunWords = 3;
/** How common (SUBTLEX-US count) each word of such a run is: a slip splits into rare pieces (`qua` `lit` `if` `actions`), a name into common words. */
const minRunWordCount = commonWordCount;

/**
 * Whether a lower-case word is three words or more closed up (`arewemeetingyet`, `whenisgood`),
 * each a common word, of three letters or more or a small word of two: a site's or an account's name
 * written as its address writes it. A missed space joins two words, not three; a word one slip
 * from a known word or a listed misspelling is no such run.
 */
export function isRunOfWords(word: string, speller: CompoundReader): boolean {
  if (word.length < minRunLetters || !/^\p{Ll}+$/u.test(word) || speller.listed(word)) return false;
  // The fewest known words the first letters split into, end by end (Infinity: none), and whether
  // such a split has common words only: `ownframework` is two (`own framework`), not three (`own
  // frame work`), though `framework` is rarer than `frame`.
  const parts = new Array<number>(word.length + 1).fill(Infinity);
  const common = new Array<boolean>(word.length + 1).fill(false);
  parts[0] = 0;
  common[0] = true;
  for (let end = 2; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start <= end - 2; start++) {
      if (parts[start] === Infinity) continue;
      const piece = word.slice(start, end);
      if (!(piece.length >= 3 || twoLetterWords.has(piece)) || !speller.isKnown(piece)) continue;
      const count = parts[start]! + 1;
      const allCommon = common[start]! && speller.frequency(piece) >= minRunWordCount;
      if (count < parts[end]!) [parts[end], common[end]] = [count, allCommon];
      else if (count === parts[end]) common[end] ||= allCommon;
    }
  }
  if (parts[word.length]! < minRunWords || parts[word.length] === Infinity || !common[word.length]) return false;
  return !speller.suggest(word, 3).some((s) => !s.includes(' ') && withinOneEdit(word, s));
}

/** Whether `other` is `word` with its -ize ending spelt -ise (`categorised`, `categorized`). */
const isBritishForm = (other: string, word: string) => izeEnding.test(word) && other === word.replace(izeEnding, 'is');

/**
 * A known word written with only some of its accents (`resumé` for résumé, `resumés`): the one
 * accented letter the word has, put on its plain twins too, in every combination, gives a known word.
 */
function partlyAccented(word: string, speller: CompoundReader): boolean {
  const accented = [...new Set(word.normalize('NFD').match(/\p{L}\p{M}+/gu) ?? [])];
  if (accented.length !== 1) return false;
  const letter = accented[0]!.normalize('NFC');
  const plain = accented[0]![0]!;
  const at = [...word].flatMap((c, i) => (c === plain ? [i] : []));
  if (at.length === 0 || at.length > maxPlainTwins) return false;
  const chars = [...word];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const variant = chars.map((c, i) => (at.includes(i) && mask & (1 << at.indexOf(i)) ? letter : c)).join('');
    if (speller.isKnown(variant)) return true;
  }
  return false;
}

/**
 * A prefix and a common word (`reshare`, `retagged`) where the word one slip away is far rarer
 * (`reshape`, `restaged`): the writer meant the prefix. Where the slip is the common word
 * (`depoly`: deploy), it is a slip.
 */
function prefixedOverSlip(word: string, suggestions: readonly string[], speller: CompoundReader): boolean {
  const slip = suggestions.find((s) => !s.includes(' ') && withinOneEdit(word, s));
  for (const prefix of prefixes) {
    const rest = word.slice(prefix.length);
    // A proper noun after a prefix (`de` + `Lima`) is no word of the writer's: `delima` is dilemma.
    if (!word.startsWith(prefix) || rest.length < 4 || !speller.isKnown(rest) || speller.isName(rest[0]!.toUpperCase() + rest.slice(1))) continue;
    const count = speller.frequency(rest);
    if (count >= minPrefixedCount && count >= prefixOverSlip * (slip === undefined ? 0 : speller.frequency(slip))) return true;
  }
  return false;
}
