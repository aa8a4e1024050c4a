/**
 * The ISO 639-1 codes of languages other than English that a document may declare. A list, not a
 * pattern: `language: Go` in a job post's frontmatter names a programming language, and
 * `v2.io.md` is no translation.
 */
export const otherLanguages: ReadonlySet<string> = new Set(
  'af ar az be bg bn bs ca cs cy da de el es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko lt lv mk ml mn mr ms my nb ne nl nn no pa pl pt ro ru si sk sl sq sr sv sw ta te th tl tr uk ur uz vi zh zu'.split(' '),
);

/**
 * Small words frequent in one language's prose and rare in the others' (`a`, `in`, `de`, `la` are
 * left out: several languages write them), by the language they show. A document's text is in the
 * language whose small words it holds most of.
 */
const lists: Readonly<Record<string, string>> = {
  en: 'the and of with for you your our are this that from their they have has who will is be we',
  fr: 'le les des et est vous nous une pour dans du avec sur qui au aux pas ou sont être votre notre',
  de: 'der die das und ist sie wir mit für ein eine zu den dem nicht auf auch von sind ihr bei oder werden',
  es: 'el los las y es que un una para con por del se al sus nuestro nuestra como más tu o son',
  nl: 'het een en van je jij wij zijn voor met niet ook bij naar wordt',
  pt: 'os as um uma para com não são você nosso nossa pelo pela ao das em mais também está estão seu sua seus suas muito nas isso essa esse',
  it: 'il gli che è per con non sono una della delle nostro nostra',
};

export const smallWords: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const seen = new Set<string>();
  for (const [language, words] of Object.entries(lists)) {
    for (const word of words.split(' ')) {
      // A word two languages share shows neither.
      if (seen.has(word)) map.delete(word);
      else map.set(word, language);
      seen.add(word);
    }
  }
  return map;
})();
