/**
 * Words a language writes twice in a row on purpose, by ISO 639-1 code: French reflexive verbs
 * (`nous nous voyons`, `vous vous inscrivez`), German articles before a relative pronoun (`die
 * Tools, die die Vernetzung fördern`), Spanish `que que` is a slip but `la la` and `le le` are not
 * words one writes. English keeps the rule's `allow` option (had, that, in, …). A language not
 * listed here is not read.
 */
export const doubledOnPurpose: Readonly<Record<string, readonly string[]>> = {
  en: [],
  fr: ['nous', 'vous', 'se', 'le', 'la', 'les'],
  de: ['die', 'der', 'das', 'den', 'dem', 'des', 'sie'],
  es: ['se', 'lo'],
};
