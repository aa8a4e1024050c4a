/**
 * `fair-wording`: wording in a role document that turns candidates away for who they are rather
 * than what the job needs: gendered titles and nouns (`salesman`), the candidate called `he`,
 * age-coded asks (`young and energetic`, a ceiling on experience), `native speaker`, `Canadian
 * experience`, physical asks not tied to the job (as a question), slurs used as adjectives,
 * hype titles (`rockstar`), asking for pay history; and, in a job post, the balance of
 * gender-coded words as one measure, with a finding only when the post is strongly coded.
 * Whole words and phrases from fair-wording.data.ts; never in code, links (their text names the
 * page they lead to), quotes, block quotes or names.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { asInfo, asWarning, defineRule, reportMeasure, type Say } from './define.js';
import { deniableClasses, fairEntries, manualWork, servesPeople, feminineCoded, masculineCoded, strongCoding, type FairEntry } from './fair-wording.data.js';
import { roleTitle } from '../document/section-needs.js';
import { decideKind, type DocumentKind } from '../document/document-kind.js';
import { documentLanguage } from '../document/language.js';
import { frontmatterProse, htmlRunsAt, proseFrontmatterKeys, textRunsAt } from '../document/prose.js';
import { treeIndex } from '../document/tree-index.js';
import { matchesOf } from '../core/matches.js';

export interface FairWordingOptions {
  /** Entries (by id) not to report, and `gender-coding` for the strongly-coded finding. */
  allow: readonly string[];
}

const roleKinds: ReadonlySet<DocumentKind | undefined> = new Set(['job-post', 'ladder-level', 'role-page']);

/** How sure an inferred kind must be for a job ad's error to fail a check. */
const sureJobPost = 0.9;

export const fairWording = defineRule<FairWordingOptions>(
  {
    id: 'fair-wording',
    description: 'Flag wording that turns candidates away for who they are (`salesman`, a candidate called `he`, `young and energetic`, `native speaker`, `rockstar`), and a job post whose gender-coded words are strongly one-sided',
    // Entries cap their findings: only the unambiguous ones with a clear fix reach `error`.
    defaultLevel: 'error',
    defaults: { allow: [] },
    tags: ['wording', 'inclusion'],
    needs: ['kind'],
    messages: {
      wording: '`{{hit}}`: {{why}}; {{instead}}.',
      question: 'Does the job need `{{hit}}`? {{why}}; {{instead}}.',
      stronglyCoded:
        'This job post is strongly {{side}}-coded: {{count}} {{side}}-coded words ({{words}}) to {{otherCount}} {{other}}-coded (Gaucher, Friesen and Kay 2011); one-sided wording makes a job less appealing to candidates of the other gender, so drop the words that add nothing or describe the job with {{other}}-coded words too.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', enum: [...fairEntries.map((e) => e.id), 'gender-coding'] }, description: 'Entries not to report, by id (`gender-coding`: the strongly-coded finding; the measure is still reported)' },
      },
    },
  },
  (tree, file, options, say) => {
    const source = String(file.value ?? '');
    const language = documentLanguage(tree, source, file).language;
    if (language !== undefined && language !== 'en') return;
    const decision = file.data.kind ?? decideKind(tree, source, file, undefined);
    if (!roleKinds.has(decision.kind ?? decision.guess)) return;
    const jobPost = decision.kind === 'job-post';
    // What is wrong only in a job ad (an age limit, a candidate called `he`) fails a check only where
    // the document is surely one: set so, or inferred nine times in ten or more; else it is a warning.
    const surelyJobPost = jobPost && (decision.by !== 'inferred' || (decision.confidence ?? 0) >= sureJobPost);
    const allowed = new Set(options.allow);
    // A job of manual work (its title says so) asks lifting and standing of its own tasks.
    const manualJob = manualWork.test(roleTitle(tree));
    const entries = fairEntries.filter((e) => !allowed.has(e.id) && (jobPost || !e.jobPostOnly) && !(manualJob && e.notOfManualWork));
    const outsideLists = entries.filter((e) => !e.listItemOnly);
    const coded = jobPost ? { masculine: new Map<string, number>(), feminine: new Map<string, number>() } : undefined;
    let place: ReturnType<typeof location> | undefined;
    const report = (at: number, hit: string, entry: FairEntry) => {
      place ??= location(source);
      const from = place.toPoint(at);
      const to = place.toPoint(at + hit.length);
      if (!from || !to) return;
      const instead = entry.advice ?? `write ${entry.instead.map((w) => `\`${w}\``).join(' or ')} instead`;
      const text = entry.question ? say('question', { hit, why: capitalise(entry.why), instead }) : say('wording', { hit, why: entry.why, instead });
      const message = file.message(text, { place: { start: from, end: to } });
      message.actual = hit;
      if (entry.instead.length > 0) message.expected = [...entry.instead];
      if (entry.level === 'warning' || (entry.jobPostOnly && !surelyJobPost)) asWarning(message);
      if (entry.level === 'info') asInfo(message);
    };
    const read = (text: string, at: number, heading: boolean, listItem = false, before = '') => {
      const quoted = quotedSpans(text);
      for (const f of findAll(listItem ? entries : outsideLists, text, quoted, heading, before)) report(at + f.index, f.hit, f.entry);
      if (coded) countCoded(text, quoted, coded);
    };
    const index = treeIndex(tree);
    for (const at of index.of('text')) {
      // Someone else's words (a block quote) are not the writer's to change, nor a link's text:
      // it names the page it leads to (`[Chairman of the Board](…)`, `[guru guide](…)`).
      if (index.inside(at, 'blockquote') || index.inside(at, 'link') || index.inside(at, 'linkReference')) continue;
      const heading = index.inside(at, 'heading');
      const listItem = index.inside(at, 'listItem');
      // The block's source before the node (its other runs, links' text among them): a name there is who `he` is.
      let block = index.parent(at);
      while (inline.has(index.nodes[block]?.type ?? '')) block = index.parent(block);
      const blockStart = index.nodes[block]?.position?.start.offset;
      for (const run of textRunsAt(index, at, source)) read(run.text, run.at, heading, listItem, blockStart === undefined ? '' : source.slice(blockStart, run.at));
    }
    for (const at of index.of('html')) for (const run of htmlRunsAt(index, at, source)) read(run.text, run.at, false);
    for (const run of frontmatterProse(tree, source, proseFrontmatterKeys)) read(run.text, run.at, true);
    if (coded) measureCoding(tree, file, coded, !allowed.has('gender-coding') && say);
  },
);

/** Nodes inside a block's text: the block a text node stands in is above them. */
const inline: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

interface Found {
  index: number;
  hit: string;
  entry: FairEntry;
}

/** Each entry's matches in a run (`before` it, its block's source), in the order they stand, none inside a quote or a name, none overlapping an earlier one. */
function findAll(entries: readonly FairEntry[], text: string, quoted: readonly [number, number][], heading: boolean, before: string): Found[] {
  const found: Found[] = [];
  // Entries share triggers (every gendered noun one): each is tested once a run.
  const passed = new Map<RegExp, boolean>();
  for (const entry of entries) {
    let pass = passed.get(entry.trigger);
    if (pass === undefined) passed.set(entry.trigger, (pass = entry.trigger.test(text)));
    if (!pass) continue;
    entry.pattern.lastIndex = 0;
    for (const m of matchesOf(entry.pattern, text)) {
      const hit = m.groups?.hit ?? m[0];
      const index = m.index + (m.groups?.hit === undefined ? 0 : m[0].lastIndexOf(hit));
      if (quoted.some(([from, to]) => index >= from && index < to)) continue;
      // An inner capital (`PostMan`, `FireMan Studio`) marks a product's or a company's name, in a title too.
      if ((!heading && isName(text, index, hit)) || innerCapital.test(hit) || workTitle(text)) continue;
      // `he` after a person named earlier in its item or paragraph (`Meet your manager, Sam. He
      // will…`) is that person.
      if (entry.notAfterName && afterName(before + text.slice(0, index))) continue;
      // `Experience working with youth, specifically ages 10 to 18`: the ages of those the job serves, not the candidate's.
      if (entry.notOfServed && servesPeople.test(text.slice(Math.max(0, index - 80), index))) continue;
      if (negated(text, index) || (deniableClasses.has(entry.class) && deniedAfter(text.slice(index + hit.length)))) continue;
      found.push({ index, hit, entry });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((f, i) => !found.slice(0, i).some((g) => f.index < g.index + g.hit.length));
}

/**
 * Whether a run is the title of a work, written in Title Case: five words of
 * four letters or more, every one capitalised (a reading list's `The Pragmatic Programmer: From
 * Journeyman to Master`), where a job's title (`Journeyman Electrician`) is two or three. What a
 * book is called is its name, not the writer's wording.
 */
function workTitle(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= workTitleWords && words.every((w) => /^\p{Lu}/u.test(w));
}
const workTitleWords = 5;
/** A lower-case letter before a capital inside a word: a name written as its owner writes it (`PostMan`, `GitHub`). */
const innerCapital = /\p{Ll}\p{Lu}/u;

const quotation = /"[^"\n]*"|“[^”\n]*”/g;

/** Spans between double quotes (straight or curly): someone else's words, or a name quoted. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of matchesOf(quotation, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * A capitalised word in running text, not where a sentence starts, is a name (`at Postman`,
 * `Chairman Mao`, `the Rockstar Games team`, `the Postman app`): a title in running text is
 * lower-case, or follows `a`/`an` (`a Rockstar Developer`), or is an office after `the` that ends
 * its clause or is followed by `of` (`report to the Chairman.`, `the Chairman of the Board`).
 * Headings are title case and are not read so.
 */
const abbreviationBefore = /(?:^|[\s(])(?:e\.\s?g|i\.\s?e|etc|vs|incl|cf|esp|viz|approx)\.\s*$/iu;

function isName(text: string, index: number, hit: string): boolean {
  // A phrase with a lower-case word (`Canadian experience`, `Native English speaker`) is no name.
  if (!/^\p{Lu}/u.test(hit) || /\s\p{Ll}/u.test(hit)) return false;
  const before = text.slice(0, index);
  // After an abbreviation's dot (`e.g. Postman, Charles`) a sentence goes on.
  if (/(?:^|[.!?:•]\s*|^\s*[-*+]\s+|\d[.)]\s+)$/u.test(before) && !abbreviationBefore.test(before)) return false;
  if (/\bthe\s+$/iu.test(before) && /^(?:\s*(?:[.,;:!?)]|$)|\s+of\s)/u.test(text.slice(index + hit.length))) return false;
  return !/\b(?:a|an)\s+$/iu.test(before);
}

/** A negation shortly before, in the same sentence: `we do not ask for your salary history`, `never a rockstar`. */
function negated(text: string, index: number): boolean {
  const before = /[^.!?;]*$/u.exec(text.slice(Math.max(0, index - 48), index))![0];
  return /\b(?:not|never|no|don['’]t|doesn['’]t|won['’]t|without|nor)\b/iu.test(before);
}

/** Said not to count, right after it in the same sentence: `A candidate's previous pay is not a factor`, `salary history won't be asked`. */
function deniedAfter(after: string): boolean {
  return /^\s+(?:\p{L}+\s+)?(?:(?:is|are|was|were|will|would|does|do|did|shall|should|must|can|may)\s+(?:not|never)\b|(?:isn|aren|wasn|weren|won|wouldn|doesn|don|didn|shouldn|can)['’]t\b)/iu.test(after);
}

/**
 * Whether a name (a capitalised word past a sentence's start) stands in the text of a block before
 * a `he`: it then refers to that person; or the block speaks to the reader (`…that recruiter swears
 * you're worth. He would know`): the candidate is `you` there, and `he` someone else.
 */
function afterName(before: string): boolean {
  return /[\p{L},;:]\s+\p{Lu}\p{Ll}/u.test(before) || /\byou(?:r|['’](?:re|ll|ve|d))?\b/iu.test(before);
}

const codedWords = new Map<string, 'masculine' | 'feminine'>([...masculineCoded.map((w) => [w, 'masculine'] as const), ...feminineCoded.map((w) => [w, 'feminine'] as const)]);
/** A coded word that describes the pay or the market, not the person (`competitive salary`), or a passive verb (`will be determined by`). */
const notAboutPerson = /^\s+(?:salary|salaries|pay|compensation|benefits?|package|rates?|wages?|bonus|equity|market|landscape|environment|by|upon|when|during|jointly|through|based|as)\b/iu;
const passiveBefore = /\b(?:be|been|being)\s+$/iu;

/** A word, hyphened words as one (`self-reliant`). */
const hyphenedWord = /\p{L}+(?:-\p{L}+)*/gu;

/** Counts the coded words of a run, word by word (a set lookup, not a pattern per list). */
function countCoded(text: string, quoted: readonly [number, number][], coded: { masculine: Map<string, number>; feminine: Map<string, number> }): void {
  for (const m of matchesOf(hyphenedWord, text)) {
    const word = m[0].toLowerCase();
    const side = codedWords.get(word);
    if (!side) continue;
    if (quoted.some(([from, to]) => m.index >= from && m.index < to)) continue;
    if (notAboutPerson.test(text.slice(m.index + m[0].length)) || passiveBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const counts = coded[side];
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/** The job post's balance of gender-coded words as a measure, and a finding at its title when strongly one-sided. */
function measureCoding(tree: Root, file: VFile, coded: { masculine: Map<string, number>; feminine: Map<string, number> }, say: Say<'stronglyCoded'> | false): void {
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const masculine = sum(coded.masculine);
  const feminine = sum(coded.feminine);
  const value = feminine - masculine;
  const side = value > 0 ? 'feminine' : 'masculine';
  const heavy = value > 0 ? coded.feminine : coded.masculine;
  const strong = Math.abs(value) >= strongCoding.margin && Math.max(masculine, feminine) / (masculine + feminine) >= strongCoding.share && heavy.size >= strongCoding.distinct;
  // A post without coded words has nothing to show: no measure, and its report stays as it was.
  if (masculine + feminine === 0) return;
  const verdict = value === 0 ? 'neutral' : `${strong ? 'strongly ' : ''}${side}-coded`;
  const words = { masculine: [...coded.masculine.keys()], feminine: [...coded.feminine.keys()] };
  reportMeasure(file, { ruleId: 'fair-wording', id: 'gender-coding', label: 'Gender-coded words', value, verdict, counts: { masculine, feminine }, words });
  if (!strong || !say) return;
  const listed = (counts: Map<string, number>) => [...counts].map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(', ');
  const other = side === 'masculine' ? 'feminine' : 'masculine';
  const light = side === 'masculine' ? feminine : masculine;
  const title = tree.children.find((node) => node.type === 'heading') ?? tree.children[0];
  const message = file.message(say('stronglyCoded', { side, count: Math.max(masculine, feminine), words: listed(heavy), otherCount: light, other }), {
    place: title?.position?.start ?? { line: 1, column: 1 },
  });
  message.actual = verdict;
  asWarning(message);
}
