/**
 * Matching the headings people write against named sections and their aliases: "Key
 * Responsibilities:", "What You’ll Do", "Requirments" and "Responsibilities of a CTO" all name a
 * section; "Strategic Leadership" does not name "Leadership" (it is a topic inside another section).
 */
import { editDistance, typoBudget } from './distance.js';
import { words } from './normalise.js';

export interface SectionSpec {
  name: string;
  aliases: readonly string[];
}

export interface SectionMatch {
  section: string;
  /** The alias (or the name) that the heading matched. */
  alias: string;
  /** `typo` when the heading matched only within a small edit distance. */
  via: 'exact' | 'typo';
}

/** Words that qualify a section heading without changing which section it is. */
const fillers = new Set([
  'a', 'an', 'the', 'our', 'and', 'key', 'main', 'core', 'primary', 'principal', 'major',
  'essential', 'general', 'job', 'role', 'position',
]);

/** A trailing phrase like "of a CTO" or "for this role" that names the job, not the section. */
const qualifier = /^(.+?) (?:of|for|in|at|as|within|on) .+$/;
/** Japanese names the owner first: 「インシデントリードの責任」 is "the incident lead's responsibilities". */
const ownerFirst = /^\S+の(\S+)$/u;

/**
 * A section number before a title, as formal job descriptions and word-processor pastes number
 * them: `1.`, `2)`, `1.2`, `3 -`, `III.`, `B)`, `(c)`, `Section 2:`, `Part 1 –`. A Roman
 * numeral or a letter needs its `.` or `)`, so `I am` and `A team` keep their first word.
 */
const enumerator = /^\s*(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*[.):]?(?:\s+[-–—:])?|[ivx]+[.)]|[a-z][.)]|\([a-z\d]+\))\s+(?=\S)/i;

/** A title without its section number (`2) Requirements` -> `Requirements`). */
export function withoutEnumerator(text: string): string {
  return text.replace(enumerator, '');
}

/** What may follow the `if` that ends a heading written as a condition (`… if you have`). */
const conditionTail = new Set(['you', "you're", "you've", 'have', 'are']);

/**
 * The comparable key of a heading or alias: normalised words without a section number, filler
 * words or a closing condition (`You'll be a great fit if you have` is `You'll be a great fit`).
 */
export function sectionKey(text: string): string {
  const kept = words(withoutEnumerator(text)).filter((w) => !fillers.has(w));
  const condition = kept.lastIndexOf('if');
  if (condition > 0 && kept.slice(condition + 1).every((w) => conditionTail.has(w))) kept.length = condition;
  return kept.join(' ');
}

interface Entry {
  key: string;
  words: string[];
  alias: string;
  section: string;
}

/**
 * Total edits between two headings of the same words, each word within its own typo budget and
 * keeping its first letter (a typo rarely hits it: "Readership" is not "Leadership"); undefined
 * when they are different words. Word by word, so "What you'll be" never reads as "What you'll do".
 */
function typoDistance(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length !== b.length) return undefined;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x[0] !== y[0]) return undefined;
    const budget = typoBudget(y.length);
    const d = editDistance(x, y, budget);
    if (d > budget) return undefined;
    total += d;
  }
  return total <= 2 ? total : undefined;
}

export interface SectionMatcher {
  match(heading: string): SectionMatch | undefined;
  /**
   * Every section a heading names: the one it names whole, else those its parts name when it
   * joins several (`Responsibilities & Requirements`, `Leadership and Collaboration`).
   */
  sectionsNamed(heading: string): readonly SectionMatch[];
}

/** Where a heading joins the names of several sections: `&`, `and`, `/`, `+`, a comma. */
const joins = /\s*(?:&|\+|\/|,|\band\b)\s*/i;
const none: readonly SectionMatch[] = [];

const matchers = new WeakMap<readonly SectionSpec[], SectionMatcher>();

/** A matcher over these sections, built once per list (lists are the configuration's own). */
export function createSectionMatcher(specs: readonly SectionSpec[]): SectionMatcher {
  let matcher = matchers.get(specs);
  if (!matcher) matchers.set(specs, (matcher = buildSectionMatcher(specs)));
  return matcher;
}

function buildSectionMatcher(specs: readonly SectionSpec[]): SectionMatcher {
  const exact = new Map<string, Entry>();
  // By number of words: a typo keeps a heading's words (typoDistance), so only aliases of as many are compared.
  const byLength = new Map<number, Entry[]>();
  for (const spec of specs) {
    for (const alias of [spec.name, ...spec.aliases]) {
      const key = sectionKey(alias);
      if (key === '' || exact.has(key)) continue;
      const entry = { key, words: key.split(' '), alias, section: spec.name };
      exact.set(key, entry);
      (byLength.get(entry.words.length) ?? byLength.set(entry.words.length, []).get(entry.words.length)!).push(entry);
    }
  }

  function lookup(key: string): SectionMatch | undefined {
    if (key === '') return undefined;
    const hit = exact.get(key);
    if (hit) return { section: hit.section, alias: hit.alias, via: 'exact' };
    const keyWords = key.split(' ');
    let best: { entry: Entry; distance: number } | undefined;
    for (const entry of byLength.get(keyWords.length) ?? []) {
      const distance = typoDistance(keyWords, entry.words);
      if (distance !== undefined && (!best || distance < best.distance)) best = { entry, distance };
    }
    return best && { section: best.entry.section, alias: best.entry.alias, via: 'typo' };
  }

  // Headings repeat across a run's documents ("Overview", "Responsibilities"), and two rules ask
  // about each heading: a heading that names no section is compared with every alias for a typo.
  const memo = new Map<string, SectionMatch | undefined>();
  const match = (heading: string): SectionMatch | undefined => {
    if (memo.has(heading)) return memo.get(heading);
    const key = sectionKey(heading);
    const q = qualifier.exec(key) ?? ownerFirst.exec(key);
    const found = lookup(key) ?? (q ? lookup(q[1]!) : undefined);
    if (memo.size >= memoLimit) memo.clear();
    memo.set(heading, found);
    return found;
  };
  return {
    match,
    sectionsNamed(heading) {
      const whole = match(heading);
      if (whole) return [whole];
      if (!joins.test(heading)) return none;
      const found: SectionMatch[] = [];
      for (const part of heading.split(joins)) {
        const m = part.trim() === '' ? undefined : match(part);
        if (m && !found.some((f) => f.section === m.section)) found.push(m);
      }
      return found;
    },
  };
}

/** Headings a matcher remembers before it starts afresh: a bound on memory over a long run. */
const memoLimit = 20_000;
