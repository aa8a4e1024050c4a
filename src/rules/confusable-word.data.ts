/**
 * Real-word errors role documents make: each word spelt right, the wrong word for its place. Each
 * entry is a pattern with the context that tells the two words apart, the word meant, and why, as
 * Vale's substitution rules are data. Precision before recall: a pattern is only as wide as the
 * context that makes it certain, and every one was run over the 389 corpus documents, where a
 * pattern that fired on correct text was narrowed or dropped (see the rule's page).
 *
 * `pattern` is matched case-insensitively on a line of prose, whole words; `wrong` is the group
 * (by name) that is the wrong word, `right` what replaces it (in the wrong word's capitals, with
 * its endings where `stem` says how long its stem is); `fix` marks the entries
 * whose context makes the correction certain enough for `--fix`. Patterns are ASCII and take no
 * `u` flag: with it a case-insensitive pattern folds case by Unicode's rules at every character it
 * tries, which cost twice as much over the corpus's prose and, for these words, changes nothing but
 * whether the long s (ſ) and the Kelvin sign (K) stand for `s` and `k`.
 */
export interface Confusable {
  id: string;
  pattern: RegExp;
  right: string;
  /** Where the wrong word has endings (`compliments`, `mangers`): the length of its stem, whose endings the right word keeps. */
  stem?: number;
  why: string;
  fix: boolean;
}

const roles = '(?:engineers?|designers?|product managers?|program managers?|architects?|scientists?|researchers?|consultants?|analysts?|developers?|writers?|investigators?|software|data|security|product|design|platform|staff)';
const chiefs = '(?:operating|executive|technology|technical|financial|information|marketing|product|people|revenue|security|data|customer|commercial|digital|legal|diversity)';

export const confusables: readonly Confusable[] = [
  {
    id: 'principle-principal',
    pattern: new RegExp(`\\b(?<wrong>principle) ${roles}\\b`, 'gi'),
    right: 'principal',
    why: 'a principal engineer (or designer, scientist) holds a rank; a principle is a rule',
    fix: true,
  },
  {
    id: 'principals-principles',
    pattern: /\b(?:guiding|core|design|engineering|key|our|these|leadership|agile) (?<wrong>principals)\b/gi,
    right: 'principles',
    why: 'principles are rules or beliefs; principals are heads or ranks',
    fix: true,
  },
  {
    id: 'loose-lose',
    pattern: /\b(?:to|never|not|don't|won't|will|can|could|may|might|would|should|we|you|they) (?<wrong>loose) (?:the|your|our|their|any|data|track|sight|focus|money|customers|trust|time|context|work|progress|momentum)\b/gi,
    right: 'lose',
    why: 'to lose something is to no longer have it; loose means not tight',
    fix: true,
  },
  {
    id: 'their-there-is',
    pattern: /(?:^|[.!?]\s+|\b(?:if|when|where|because|while|and|but|so) )(?<wrong>their) (?:is|are|was|were|will be|has been|have been)\b/gi,
    right: 'there',
    why: '"there is/are" says something exists; "their" means belonging to them',
    fix: true,
  },
  {
    id: 'there-their-own',
    pattern: /\b(?:review|improve|own|lead|grow|manage|support|share|do|run|build|with|in|on|of|to|for) (?<wrong>there) (?:own|code|team|teams|work|job|jobs|manager|managers|career|careers|goals|skills|role|roles|ideas|feedback|projects?|reports?|colleagues|peers|growth)\b/gi,
    right: 'their',
    why: '"their" means belonging to them; "there" is a place',
    fix: true,
  },
  {
    id: 'theyre-their',
    pattern: /\b(?<wrong>they're) (?:own|team|teams|work|manager|career|goals|skills|role|code)\b/gi,
    right: 'their',
    why: '"their" means belonging to them; "they\'re" is "they are"',
    fix: true,
  },
  {
    id: 'compliment-complement',
    pattern: /\b(?:skills|stack|tools|team|teams|role|roles|work|experience|expertise|product|products|offering|services|strengths|background|that|which|will|to) (?<wrong>compliments?|complimented|complimenting) (?:our|the|your|their|its|each other|one another|existing|other|this)\b/gi,
    right: 'complement',
    stem: 10,
    why: 'to complement is to complete or go well with; to compliment is to praise',
    fix: false,
  },
  {
    id: 'complimentary-complementary',
    pattern: /\b(?<wrong>complimentary) (?:skills|skill sets?|tools|expertise|perspectives|strengths|roles|teams|experience|backgrounds)\b/gi,
    right: 'complementary',
    why: 'complementary skills complete each other; complimentary means praising or free',
    fix: true,
  },
  {
    id: 'affect-change',
    pattern: /\b(?<wrong>affect) (?:positive |meaningful |lasting |real |organi[sz]ational |cultural )?change\b/gi,
    right: 'effect',
    why: 'to effect change is to bring it about; to affect is to influence',
    fix: true,
  },
  {
    id: 'an-affect-on',
    pattern: /\b(?:an|the|positive|negative|lasting|significant|big|huge|real|direct|measurable) (?<wrong>affect) (?:on|of)\b/gi,
    right: 'effect',
    why: 'an effect (noun) is a result; to affect (verb) is to influence',
    fix: true,
  },
  {
    id: 'setup-verb',
    pattern: /\b(?:to|will|can|must|should|please|and|you|we|they|then|help) (?<wrong>setup) (?:the|a|an|your|our|their|new|and|regular|weekly|monthly|1:1s|one-on-ones|meetings|channels|alerts|dashboards|processes|systems)\b/gi,
    right: 'set up',
    why: '"set up" is the verb; "setup" is the noun (the setup)',
    fix: true,
  },
  {
    id: 'setup-imperative',
    pattern: /^(?<wrong>Setup) (?:the|a|an|your|our|new|regular|weekly|monthly|meetings|channels|alerts|dashboards|processes|systems)\b/g,
    right: 'Set up',
    why: '"set up" is the verb; "setup" is the noun (the setup)',
    fix: true,
  },
  {
    id: 'lead-led',
    // After a past auxiliary, before what is led; or passive after any (`The design group is lead by Khai`).
    pattern: /\b(?:has|have|had|having|was|were|been|is|are|be|being|gets|got) (?<wrong>lead) (?:by|(?<=\b(?:has|have|had|having|was|were|been) lead )(?:the|a|an|teams|projects|initiatives|efforts|multiple|several|many|our|their|his|her|cross-functional|large|complex|major|successful))\b/gi,
    right: 'led',
    why: '"led" is the past of "lead"',
    fix: false,
  },
  {
    id: 'office-stationary',
    pattern: /\b(?:office|paper|desk) (?<wrong>stationary)\b/gi,
    right: 'stationery',
    why: 'stationery is paper and pens; stationary means not moving',
    fix: true,
  },
  {
    id: 'stationary-supplies',
    pattern: /\b(?<wrong>stationary) (?:supplies|budget|items|shop|order)\b/gi,
    right: 'stationery',
    why: 'stationery is paper and pens; stationary means not moving',
    fix: true,
  },
  {
    id: 'chief-office',
    pattern: new RegExp(`\\bchief ${chiefs} (?<wrong>office)\\b(?! (?:of|for|is|was|in))`, 'gi'),
    right: 'officer',
    why: 'a chief ... officer is the person; the office is where, or what, they run',
    fix: true,
  },
  {
    id: 'manger-manager',
    pattern: /\b(?:engineering|product|project|program|hiring|general|account|office|marketing|sales|people|operations|community|release|line|senior|delivery) (?<wrong>mangers?)\b/gi,
    right: 'manager',
    stem: 6,
    why: 'a manger is a feeding trough',
    fix: true,
  },
  {
    id: 'then-than',
    pattern: /\b(?:more|less|fewer|better|worse|rather|other|greater|larger|smaller|higher|lower|faster|slower|earlier|later|longer|shorter)(?: \w+ly)? (?<wrong>then)\b/gi,
    right: 'than',
    why: '"than" compares; "then" is about time',
    fix: false,
  },
  {
    id: 'its-own',
    pattern: /\b(?<wrong>it's) own\b/gi,
    right: 'its',
    why: '"its" means belonging to it; "it\'s" is "it is"',
    fix: true,
  },
  {
    id: 'weather-whether',
    pattern: /\b(?<wrong>weather) or not\b/gi,
    right: 'whether',
    why: '"whether" introduces a choice; weather is rain and sun',
    fix: true,
  },
  {
    id: 'advice-verb',
    // `on` not after `and`: `provide leadership and advice on design` joins two nouns.
    pattern: /\b(?:to|will|can|we|they|you|I|please|and) (?<wrong>advice) (?:the|(?<!\band advice )on|our|your|their|teams|leadership|management|clients|customers|them|us|you)\b/gi,
    right: 'advise',
    why: '"advise" is the verb; "advice" the noun',
    fix: false,
  },
  {
    id: 'word-class-world-class',
    // Hyphenated, an adjective (`strive to be word-class`, `a word-class team`); a part of speech, `word class`, is a noun and takes no hyphen.
    pattern: /\b(?<wrong>word)-class\b/gi,
    right: 'world',
    why: 'world-class means among the best in the world; a word class is a part of speech',
    fix: true,
  },
];

/**
 * Words that start with a vowel letter but a consonant sound (`a university`, `a one-off`) and
 * words that start with a silent h (`an hour`): the article before them goes by sound. Prefixes,
 * lower case.
 */
export const consonantSoundVowels: readonly string[] = ['uni', 'unanim', 'unary', 'use', 'usu', 'uti', 'ubi', 'uri', 'ure', 'eu', 'ewe', 'one', 'once', 'uk', 'us-', 'ufo', 'ukr', 'uga', 'uru', 'usa'];
/**
 * Words that start as a word of `consonantSoundVowels` does but with a vowel sound: the prefix
 * `un-` before an `i` (`an uninitiated member`, `an unimportant detail`, `an unidentified bug`),
 * `onerous` (not `one`). Prefixes, lower case.
 */
export const vowelSoundPrefixes: readonly string[] = ['unin', 'unim', 'unide', 'oner'];
export const silentH: readonly string[] = ['hour', 'honest', 'honor', 'honour', 'heir', 'herb'];
/**
 * Letters whose names start with a vowel sound (`an n-tier app`, `an x-axis`, `an f-string`; `a
 * t-shirt`, `a u-turn`): a word of one letter and a hyphen is read by its letter's name.
 */
export const vowelSoundLetters = 'aefhilmnorsx';
