/**
 * Words a language writes twice in a row on purpose, by ISO 639-1 code: French reflexive verbs
 * (`nous nous voyons`, `vous vous inscrivez`), German articles before a relative pronoun (`die
 * Tools, die die Vernetzung fördern`), Spanish `que que` is a slip but `la la` and `le le` are not
 * words one writes. English keeps the rule's `allow` option (had, that, in, …). A language not
 * listed here is not read.
 */
export const doubledOnPurpose: Readonly<Record<string, readonly string[]>> = {
  en: [],
  fr: ['nous', 'vous', 'se', 'le', 'la', 'les', 'en'],
  de: ['die', 'der', 'das', 'den', 'dem', 'des', 'sie'],
  es: ['se', 'lo'],
};

/**
 * English words written twice where the second starts a phrase of its own, by the word: the first
 * ends what comes before (`present at`, `work on`, `complete this`), the second opens the phrase
 * (`at least one lab meeting`, `on call`, `this week`). The words after the second, lower case.
 */
export const doubledBeforePhrase: Readonly<Record<string, readonly string[]>> = {
  at: ['least', 'most', 'best', 'worst', 'first', 'once', 'all', 'times', 'random'],
  on: ['time', 'board', 'call', 'site', 'average'],
  by: ['far', 'hand', 'default'],
  to: ['date'],
  this: ['week', 'month', 'year', 'quarter', 'sprint', 'morning', 'afternoon', 'evening', 'weekend', 'semester', 'term', 'summer', 'spring', 'autumn', 'fall', 'winter'],
};

/**
 * English words written twice where the first ends a phrasal verb and the second starts a phrase
 * of its own, by the word: the verbs before the first, lower case (`must be abided by by all`,
 * `stood by by the team`).
 */
export const doubledAfterVerb: Readonly<Record<string, readonly string[]>> = {
  by: ['abide', 'abides', 'abided', 'abiding', 'abode', 'stand', 'stands', 'stood', 'standing', 'live', 'lives', 'lived', 'swear', 'swears', 'swore', 'sworn', 'go', 'goes', 'went', 'gone', 'pass', 'passes', 'passed', 'come', 'comes', 'came', 'drop', 'drops', 'dropped', 'stop', 'stops', 'stopped'],
};
