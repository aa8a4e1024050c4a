/**
 * The ISO 639-1 codes of languages other than English that a document may declare. A list, not a
 * pattern: `language: Go` in a job post's frontmatter names a programming language, and
 * `v2.io.md` is no translation.
 */
export const otherLanguages: ReadonlySet<string> = new Set(
  'af ar az be bg bn bs ca cs cy da de el es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko lt lv mk ml mn mr ms my nb ne nl nn no pa pl pt ro ru si sk sl sq sr sv sw ta te th tl tr uk ur uz vi zh zu'.split(' '),
);

/**
 * Small words frequent in one language's prose and rare in the others' (`a`, `in`, `la` are
 * left out: several languages write them; `kan`, `vi`, `er`, `en`, `et` too), by the language they
 * show. A document's text is in the language whose small words it holds most of. A key naming two
 * languages lists words they share (Norwegian and Danish write most small words alike): each counts
 * for both, and the words of one alone tell them apart.
 */
const lists: Readonly<Record<string, string>> = {
  en: 'the and of with for you your our are this that from their they have has who will is be we',
  fr: 'le les des et est vous nous une pour dans du avec sur qui au aux pas ou sont être votre notre',
  de: 'der die das und ist sie wir mit für ein eine zu den dem nicht auf auch von sind ihr bei oder werden',
  es: 'el los las y es que una para con por del se al sus nuestro nuestra como más tu o son',
  'es fr': 'un',
  // The most frequent words of Romance prose, each shared by several languages: a post of noun
  // phrases (`Gestão de Times de Engenharia`) holds few other small words, and these tell it is
  // in one of them; that language's own words tell which.
  'es fr nl pt': 'de',
  'it pt': 'e da',
  nl: 'het een en van je jij wij zijn voor met niet ook bij naar wordt',
  pt: 'os as um uma para com não são você nosso nossa pelo pela ao das dos em mais também está estão seu sua seus suas muito nas isso essa esse',
  it: 'il gli che è per con non sono una della delle nostro nostra noi nel nella alla sul sulla dei degli siamo anche questo questa',
  'no da': 'og ikke det som på til jeg også skal vil har dette disse hvordan hvorfor hvis hvor hvem være jer',
  no: 'å av hva mye noe ble blir deg opp etter ikkje kva',
  da: 'af hvad meget noget blev bliver mig ud',
  sv: 'och inte att vad mycket något jag hur varför detta dessa ska måste kunna vara är för också av blir efter',
  pl: 'nie się że jest jak dla przez są lub oraz także który która które jego jej może być ich czy też tym',
  // Finnish, which writes `ä` and `ö` as German does (not `on`, `se`: English and Spanish write them).
  fi: 'ja että tai kun mutta myös ovat oli jos niin kuin joka jotka tämä sekä mukaan olla ole ei hän sen',
  // Indonesian and Malay, which write their small words alike; not `yang`, `dan`, `ada`, `di`, `ke`,
  // which English text writes as names (`Jerry Yang`, `Dan`, `the ADA`) or Italian too.
  'id ms': 'untuk dengan dari ini itu akan tidak juga atau kita kami kamu pada dalam bisa sebagai oleh harus sudah agar jika karena lebih',
};

/** Each small word and the languages it shows (several for a word languages share: Norwegian and Danish, French and Spanish `un`, Romance `de`). */
export const smallWords: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  const seen = new Set<string>();
  for (const [key, words] of Object.entries(lists)) {
    const languages = key.split(' ');
    for (const word of words.split(' ')) {
      // A word two lists share shows neither.
      if (seen.has(word)) map.delete(word);
      else map.set(word, languages);
      seen.add(word);
    }
  }
  return map;
})();

/**
 * Letters one language writes and English, and the other languages known here, hardly do, by that
 * language; and letters that, found with them, show another language writing them too (Swedish,
 * Finnish and Turkish write `ä`, `ö`, `ü` with `å`, `ş`, `ı`; Spanish `ñ` is also Galician's,
 * read as Spanish all the same). A text of noun phrases holds few small words (`Protokolle binnen
 * 72h`, `Klare Beschlüsse`): its letters tell it is not English.
 */
export const distinctiveLetters: Readonly<Record<string, { letters: string; unless: string }>> = {
  de: { letters: 'äöüß', unless: 'åøæőűşğıõ' },
  es: { letters: 'ñ¿¡', unless: 'ãõ' },
  pt: { letters: 'ãõ', unless: 'ñ' },
  pl: { letters: 'ąęłśźżćń', unless: '' },
};
