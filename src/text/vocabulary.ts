/**
 * A project's vocabulary: the words it uses consistently, in several of its documents and in
 * different sentences (`rustc`, `contribex`, `kubecon` across a repository's pages). A word written
 * the same way by several pages is a term of the project, not a slip. One sentence copied into many
 * documents (a template paragraph, with its `autoomatic`) is one use, not many: sentences are told
 * apart by their text. Read from the documents' raw text, without parsing: a term written in code
 * or a link elsewhere is the project's all the same.
 */

/** Documents, and different sentences, a word must be used in to be a term of the project. */
export const termDocuments = 3;

/** A sentence: what lies between a sentence's end (`.`, `!`, `?` before a space) and a line break. */
const sentenceBreak = /[.!?]+(?=\s)|\r?\n|\r/;

/** Letters only: a term is a run of letters, as typo reads the parts of a hyphenated word. */
const letterRun = /\p{L}{3,}/gu;

interface Uses {
  /** Documents it was seen in, counted once each (the last one's index, to tell a new one). */
  documents: number;
  lastDocument: number;
  /** Hashes of the different sentences it was seen in, up to `termDocuments`. */
  sentences: number[];
}

/**
 * The words (lower case) each used in at least `min` of the texts and in at least `min` different
 * sentences. Linear in the texts' length; a word's uses stop being counted once it is a term.
 */
export function projectVocabulary(texts: Iterable<string>, min = termDocuments): Set<string> {
  const terms = new Set<string>();
  const uses = new Map<string, Uses>();
  let document = 0;
  for (const text of texts) {
    document++;
    for (const sentence of text.split(sentenceBreak)) {
      const lower = sentence.toLowerCase();
      let hash: number | undefined;
      for (const [word] of lower.matchAll(letterRun)) {
        if (terms.has(word)) continue;
        let use = uses.get(word);
        if (!use) uses.set(word, (use = { documents: 0, lastDocument: 0, sentences: [] }));
        if (use.lastDocument !== document) [use.documents, use.lastDocument] = [use.documents + 1, document];
        hash ??= sentenceHash(lower);
        if (!use.sentences.includes(hash)) use.sentences.push(hash);
        if (use.documents >= min && use.sentences.length >= min) {
          terms.add(word);
          uses.delete(word);
        }
      }
    }
  }
  return terms;
}

/** FNV-1a of the sentence's words (spacing and marks aside): copies of one sentence hash alike. */
function sentenceHash(sentence: string): number {
  let hash = 0x811c9dc5;
  for (const [word] of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 32, 0x01000193);
  }
  return hash >>> 0;
}
