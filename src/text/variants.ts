/**
 * Folds British and American spellings of a word to one form, so "organisation" and
 * "organization" compare equal. Used only to compare two texts, never shown: folding a word that
 * has no variant ("promise" -> "promize") is harmless, since both sides fold the same way.
 */

const irregular: Record<string, string> = {
  judgement: 'judgment',
  judgements: 'judgments',
  programme: 'program',
  programmes: 'programs',
  enrol: 'enroll',
  enrols: 'enrolls',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  skilful: 'skillful',
  grey: 'gray',
  cheque: 'check',
  cheques: 'checks',
  aluminium: 'aluminum',
  mould: 'mold',
  plough: 'plow',
  ageing: 'aging',
  acknowledgement: 'acknowledgment',
  acknowledgements: 'acknowledgments',
};

const doubledL = /^(travel|model|label|cancel|signal|level|fuel|channel|counsel|equal|total|marshal|tunnel|dial)l(ed|ing|er|ers)$/;

/** The `iz` of an -ize ending (`categorize`, `categorizations`), which British spelling may write `is`. */
export const izeEnding = /iz(?=(?:e|es|ed|ing|ation|ations|er|ers)$)/;

const folds = new Map<string, string>();

export function foldSpelling(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    folded = fold(word);
    // Role documents reuse a small vocabulary; the bound only guards against pathological input.
    if (folds.size < 50_000) folds.set(word, folded);
  }
  return folded;
}

function fold(word: string): string {
  const possessive = /^(.+)('s|s')$/.exec(word);
  if (possessive) return fold(possessive[1]!) + possessive[2]!;
  // Own keys only: a word such as `constructor` must not find Object's.
  const known = Object.hasOwn(irregular, word) ? irregular[word] : undefined;
  if (known) return known;
  if (word.length < 5) return word;
  return word
    .replace(doubledL, '$1$2')
    .replace(/(?<=[a-z]{2})is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1')
    .replace(/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/(?<=[a-z]{2})our(s|ed|ing|ful|al|ally|ite|ites|able|ably|less)?$/, 'or$1')
    .replace(/(?<=[a-z]{3})tre(s)?$/, 'ter$1')
    .replace(/(?<=[a-z]{3})ence(s)?$/, 'ense$1')
    .replace(/(?<=[a-z]{3})ogue(s)?$/, 'og$1');
}
