/**
 * A project's vocabulary: the words it uses consistently, in several of its documents and in
 * different sentences (`rustc`, `contribex`, `kubecon` across a repository's pages). A word written
 * the same way by several pages is a term of the project, not a slip. One sentence copied into many
 * documents (a template paragraph, with its `autoomatic`) is one use, not many: sentences are told
 * apart by their text. Read from the documents' raw text, without parsing: a term written in code
 * or a link elsewhere is the project's all the same. The owners and names of the repositories its
 * documents link to are its terms too, as the document that links one reads them (name-places.ts).
 */
import { matchesOf } from '../core/matches.js';
import { isLetterCode as isLetter, isWhiteSpace } from './char-codes.js';
import { repositoryAddresses } from './repository-address.js';
import { SpanSet } from './span-set.js';

/** Documents, and different sentences, a word must be used in to be a term of the project. */
export const termDocuments = 3;

interface Uses {
  /** Documents it was seen in, counted once each (the last one's index, to tell a new one). */
  documents: number;
  lastDocument: number;
  /** Hashes of the different sentences it was seen in, up to `termDocuments`. */
  sentences: number[];
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const fnvPrime = 0x01000193;
/** How many terms are found by their span: past it, by their string (a project of 1,000 documents has about 5,500). */
export const termSpanCap = 16_384;

/**
 * The words (lower case) each used in at least `min` of the texts and in at least `min` different
 * sentences. A word is a run of three letters or more (the parts of a hyphenated word apart, as typo
 * reads them); a sentence ends at `.`, `!` or `?` before a space, or at a line break, and is told by
 * a hash of its words (spacing and marks aside, so copies hash alike). One pass over each text, no
 * regular expression a character; a word's uses stop being counted once it is a term, and a term
 * met again is found by its span of the text (most words of a project's documents are its common
 * words, terms after three documents), with no string made for it.
 */
export function projectVocabulary(texts: Iterable<string>, min = termDocuments, spanCap = termSpanCap): Set<string> {
  const terms = new Set<string>();
  const termSpans = new SpanSet(spanCap);
  const uses = new Map<string, Uses>();
  let document = 0;
  const sentence: string[] = [];
  const record = (hash: number) => {
    for (const word of sentence) {
      if (terms.has(word)) continue;
      let use = uses.get(word);
      if (!use) uses.set(word, (use = { documents: 0, lastDocument: 0, sentences: [] }));
      if (use.lastDocument !== document) [use.documents, use.lastDocument] = [use.documents + 1, document];
      if (!use.sentences.includes(hash)) use.sentences.push(hash);
      if (use.documents >= min && use.sentences.length >= min) {
        terms.add(word);
        termSpans.add(word);
        uses.delete(word);
      }
    }
    sentence.length = 0;
  };
  for (const original of texts) {
    document++;
    const text = original.toLowerCase();
    // The projects the repository links to (`github.com/buildpacks/imgutil`): names wherever written.
    if (text.includes('://')) for (const m of matchesOf(repositoryAddresses, text)) for (const part of `${m[1]} ${m[2]}`.split(/[^a-z]+/)) if (part.length >= 3) terms.add(part);
    let hash = 0x811c9dc5;
    let wordStart = -1;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 10;
      const letter = isLetter(code);
      if (letter || isDigit(code)) {
        if (letter && wordStart < 0) wordStart = i;
        hash = Math.imul(hash ^ code, fnvPrime);
        inWord = true;
        continue;
      }
      if (wordStart >= 0 && i - wordStart >= 3 && !isDigit(text.charCodeAt(i - 1)) && !termSpans.has(text, wordStart, i)) sentence.push(text.slice(wordStart, i));
      wordStart = -1;
      // One mark between words, however many spaces and marks stand there.
      if (inWord) hash = Math.imul(hash ^ 32, fnvPrime);
      inWord = false;
      const end = code === 10 || code === 13 || ((code === 46 || code === 33 || code === 63) && (i + 1 >= text.length || isWhiteSpace(text.charCodeAt(i + 1))));
      if (end) {
        if (sentence.length > 0) record(hash >>> 0);
        hash = 0x811c9dc5;
      }
    }
  }
  return terms;
}
