/**
 * The language a document is written in, and what says so: its frontmatter (`lang`, `language`,
 * `locale`), a language code in its file name (`job.de.md`), a language folder of its path inside
 * the project (`fr/`, `content/de/`, `es-MX/`), or its text (the small words of each language
 * counted: `the`/`and` against `le`/`et`, `der`/`und`, `el`/`y`; Japanese, Chinese and Korean by their scripts). Rules
 * that read English (typo, repeated-word, confusable-word) leave other languages alone.
 */
import type { Root } from 'mdast';
import { distinctiveLetters, otherLanguages, smallWords } from './language.data.js';
import { frontmatterBlock, frontmatterFields } from './frontmatter-block.js';
import { outline, outlineWords } from './outline.js';
import { projectSegments, type Located } from './place.js';
import { timedReading } from './reading-times.js';
import { quickWords } from '../text/normalise.js';

export interface DocumentLanguage {
  /** An ISO 639-1 code (`en`, `fr`), or undefined where nothing tells. */
  language: string | undefined;
  by: 'frontmatter' | 'name' | 'folder' | 'text' | 'none';
  reason: string;
}

const primary = (tag: string | undefined) => tag?.trim().toLowerCase().split(/[-_]/)[0];
const known = (code: string | undefined) => code === 'en' || (code !== undefined && otherLanguages.has(code));
/** Share of a language's small words among a document's words below which its text says nothing. */
const minShare = 0.04;
/** In a text under 30 words, how many small words of one language, and what share of its words, tell its language. */
const shortTextWords = 5;
const shortTextShare = 0.2;
const byTree = new WeakMap<Root, DocumentLanguage>();
/** Scripts of one language each, after Japanese's kana: its code, its letters, what they are called. */
const scripts: readonly (readonly [string, RegExp, string])[] = [
  ['zh', /[\u4e00-\u9fff]/g, 'Chinese characters'],
  ['ko', /[\uac00-\ud7af]/g, 'Hangul syllables'],
];
const longestSmallWord = Math.max(...[...smallWords.keys()].map((w) => w.length));

export function documentLanguage(tree: Root, source: string, file: Located): DocumentLanguage {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = timedReading(tree, 'language', () => readLanguage(tree, source, file))));
  return found;
}

function readLanguage(tree: Root, source: string, file: Located): DocumentLanguage {
  const { data } = frontmatterFields(tree);
  const key = (['lang', 'language', 'locale'] as const).find((k) => typeof data[k] === 'string' && known(primary(data[k] as string)));
  if (key) return { language: primary(data[key] as string), by: 'frontmatter', reason: `frontmatter \`${key}: ${String(data[key])}\`` };
  const name = /\.([a-z]{2}(?:[-_][a-z]{2})?)\.(?:md|markdown|mdx)$/i.exec(file.path ?? '')?.[1];
  if (known(primary(name))) return { language: primary(name), by: 'name', reason: `its name (\`.${name}.\`)` };
  const folder = projectSegments(file).slice(0, -1).find((s) => /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(s) && otherLanguages.has(primary(s)!));
  if (folder) return { language: primary(folder), by: 'folder', reason: `its folder \`${folder}/\`` };
  return fromText(tree, source);
}

function fromText(tree: Root, source: string): DocumentLanguage {
  const { text, words } = outlineWords(tree, source);
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  if (kana > 50 && kana > text.length * 0.05) return { language: 'ja', by: 'text', reason: `its text (${kana} kana)` };
  // Chinese by its characters without kana, Korean by its syllables.
  for (const [language, script, name] of scripts) {
    const count = (text.match(script) ?? []).length;
    if (count > 50 && count > text.length * 0.05) return { language, by: 'text', reason: `its text (${count} ${name})` };
  }
  const counts = new Map<string, number>();
  for (const word of words) {
    // Most words are longer than any small word: not looked up (a look-up hashes the word).
    if (word.length > longestSmallWord) continue;
    for (const language of smallWords.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, count] = ranked[0] ?? ['', 0];
  // A short text tells only where its small words are many and of one language (`Die richtige
  // Stelle ist für dich noch nicht dabei?`): a few words say little either way.
  const decisive = count >= shortTextWords && count >= shortTextShare * words.length && (ranked[1]?.[1] ?? 0) * 4 <= count;
  if (words.length < 30 && !decisive) return fromLetters(words) ?? { language: undefined, by: 'none', reason: 'too little text to tell' };
  if (!best || count < minShare * words.length) return fromLetters(words) ?? { language: undefined, by: 'none', reason: 'its words are of no language it knows' };
  return { language: best, by: 'text', reason: `its text (${count} of its ${words.length} words are ${best} small words)` };
}

/** Words with a language's own letters (distinctiveLetters) and what share of a text's words they must be. */
const letterWords = 3;
const letterShare = 0.1;

/** The language whose own letters the text's words are written in, where its small words are too few to tell (a text of noun phrases). */
function fromLetters(words: readonly string[]): DocumentLanguage | undefined {
  for (const [language, { letters, unless }] of Object.entries(distinctiveLetters)) {
    let count = 0;
    for (const word of words) {
      if ([...unless].some((c) => word.includes(c))) return undefined;
      if ([...letters].some((c) => word.includes(c))) count++;
    }
    if (count >= letterWords && count >= letterShare * words.length) {
      return { language, by: 'text', reason: `its text (${count} of its ${words.length} words are written with ${language} letters, ${[...letters].join(' ')})` };
    }
  }
  return undefined;
}

/**
 * Whether a run of words (lower case) of a document read as English is in another language: it
 * holds more small words of other languages than of English (`Junior Researcher/Journalist für
 * OpenBudgets.EU gesucht`, a German title over an English post; `Wir bieten dir ein
 * interessantes Praktikum`), `least` of them or more.
 */
export function inOtherLanguage(words: Iterable<string>, least = 1): boolean {
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (word.length > longestSmallWord) continue;
    const languages = smallWords.get(word);
    if (languages === undefined) continue;
    if (languages.includes('en')) english++;
    else other++;
  }
  return other > english && other >= least;
}

/** Web and e-mail addresses, whose parts are no words of the text's language. */
const addresses = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g;
/** What an address holds: most texts hold none, and `addresses` tries `\S+@` from every character. */
const mayHoldAddress = /@|:\/\/|www\./i;

/** The least words a section must hold for its small words to tell its language. */
const sectionWords = 20;
const sectionsByTree = new WeakMap<Root, (offset: number) => boolean>();

/**
 * Whether the part of a document read as English at an offset is in another language, by the
 * section it stands in (from one heading to the next; the frontmatter and the text before the
 * first heading make the first): `sectionWords` words or more (a shorter one read with the sections
 * after it), with more small words of other languages than of English. A post written twice, in German then in English, has its German
 * headings (`Deine Aufgaben`) and short German lines read with the German text around them.
 */
export function otherLanguageAt(tree: Root, source: string): (offset: number) => boolean {
  let found = sectionsByTree.get(tree);
  if (found) return found;
  const frontmatterEnd = frontmatterBlock(tree)?.position?.end.offset ?? 0;
  const starts: number[] = [0];
  for (const node of tree.children) if (node.type === 'heading' && node.position) starts.push(node.position.start.offset!);
  // Each section read when a word in it is first asked about (most documents ask of few): its
  // paragraphs' and list items' prose, not the addresses of its links (`github.com`: `com` is Portuguese).
  const doc = outline(tree, source);
  const other: (boolean | undefined)[] = [];
  found = (offset) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    let answer = other[i];
    if (answer === undefined) {
      const from = Math.max(starts[i]!, frontmatterEnd);
      // A section too short to tell (`## Dein Profil` over `### Voraussetzungen`) is read with the
      // sections after it, as a heading over subsections is of their language.
      const words: string[] = [];
      for (let k = i; k < starts.length && words.length < sectionWords; k++) {
        const [at, to] = [k === i ? from : starts[k]!, starts[k + 1] ?? source.length];
        const inside = (offset: number) => offset >= at && offset < to;
        const texts = [...doc.paragraphs.filter((p) => inside(p.offset)).map((p) => p.text), ...doc.lists.filter((l) => inside(l.offset)).flatMap((l) => l.items)];
        for (const text of texts) words.push(...quickWords(mayHoldAddress.test(text) ? text.replace(addresses, ' ') : text));
      }
      other[i] = answer = words.length >= sectionWords && inOtherLanguage(words);
    }
    return answer;
  };
  sectionsByTree.set(tree, found);
  return found;
}
