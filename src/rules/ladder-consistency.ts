/**
 * `ladder-consistency`: a career ladder judged as a whole, its levels against each other: a
 * competency that vanishes from one level, a level that copies the one below (or, in a ladder that
 * restates lower levels by design, adds nothing), a competency with one text at every level, gaps
 * and repeats in the numbering, and a title that names another level than the file. Levels are
 * compared by hashed word shingles, each with the level below only: linear in the ladder's size.
 */
import { findLadders, type Competency, type Ladder, type LadderLevel } from '../document/ladder.js';
import { gradeWords, jobWord, minCopyWords, newShare, notApplicable, presentShare, restateShare, termsTitle } from '../document/ladder.data.js';
import { isPlaceholder } from '../document/section-body.js';
import { containedIn, shingles, words } from '../document/ladder-text.js';
import { jobNounOf, levelsDiffer, seniorityWords } from '../document/level-name.js';
import { defineProjectRule, fill, type ProjectReport } from './define.js';

const messages = {
  repeated: '{{level}} is the level of `{{other}}` (line {{line}}) too: a level named twice in one ladder',
  gap: '{{level}} follows {{below}}: the ladder has no level {{missing}}',
  numeral: '{{level}} follows {{below}}: the ladder skips a numeral between them',
  title: 'The title `{{title}}` names another level than the {{from}} ({{level}})',
  nothingNew: '{{level}} adds nothing to {{below}}: the ladder restates each level below, and this level\'s text is all in the one below',
  copy: '{{what}} repeats {{below}}{{how}}: the ladder writes each level anew, this one does not',
  same: '{{what}} is the same at every level, {{first}} to {{last}}: the ladder does not say how it grows',
  missing: '`{{name}}` is in the levels around {{level}} ({{below}}, {{above}}) but not in it',
} as const;

const say = (id: keyof typeof messages, data: Record<string, string | number>) => fill(messages[id], data);

export interface LadderOptions {
  similarity: number;
}

export const ladderConsistency = defineProjectRule<LadderOptions>(
  {
    id: 'ladder-consistency',
    description: 'Check a career ladder as a whole: competencies that vanish from a level, levels that copy the one below, one text at every level, gaps in the numbering, titles naming another level',
    defaultLevel: 'warning',
    defaults: { similarity: 0.85 },
    tags: ['ladder'],
    messages,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        similarity: { type: 'number', minimum: 0.5, maximum: 1, description: "Share (0.5 to 1) of a competency's text found in the level below that makes it a copy" },
      },
    },
  },
  (documents, options, report) => {
    for (const ladder of findLadders(documents)) checkLadder(ladder, options, report);
  },
);

const name = (level: LadderLevel) => `\`${level.name.label}\``;
const isTerms = (c: Competency) => termsTitle.test(c.name);
/** A competency whose text is one line ending in a colon: what follows it says the level, not it. */
const leadsIn = (c: Competency) => !c.text.includes('\n') && /:\s*$/.test(c.text);
/** A competency whose every line says the level has nothing (`N/A`) or is a template's placeholder (`TBD`): no text to compare. */
const unwritten = (c: Competency) => c.text.split('\n').every((line) => notApplicable.test(line.trim()) || isPlaceholder(line));
const at = (report: ProjectReport, path: string, line: number, message: string) => report(path, { line, column: 1, message });

function checkLadder(ladder: Ladder, options: LadderOptions, report: ProjectReport): void {
  numbering(ladder, report);
  titles(ladder, report);
  // A level's text before its first section is compared only where it is all the level says:
  // beside sections it is an introduction or a notice, the same on every page by design.
  // Sections on the job's terms or hiring (pay, perks, applying) are the same at every level by design,
  // as is a section's one line leading into its subsections (`The following skills define…:`).
  // A level that says it has nothing (`N/A`, `TBD`) is not compared: a track's levels below its start are so alike.
  const compared = (level: LadderLevel) => level.competencies.filter((c) => (c.name !== '' || level.competencies.every((other) => other.name === '')) && !isTerms(c) && !leadsIn(c) && !unwritten(c));
  const sets = ladder.levels.map((level) => new Map(compared(level).map((c) => [c, shingles(c.text)] as const)));
  const same = sameEverywhere(ladder, sets, options, report);
  if (restates(sets)) addsNothing(ladder, sets, report);
  else copies(ladder, sets, same, options, report);
  missing(ladder, report);
}

/** Numbered levels one apart: a number skipped or given twice; named levels twice, or their numerals skipped (`Engineer I`, `Engineer III`). */
function numbering({ levels }: Ladder, report: ProjectReport): void {
  for (let i = 1; i < levels.length; i++) {
    const [below, level] = [levels[i - 1]!, levels[i]!];
    const numbered = level.name.number !== undefined && below.name.number !== undefined;
    const sameRank = !numbered && level.name.rank === below.name.rank && level.name.sub !== undefined && below.name.sub !== undefined;
    // Two plain titles of one noun that read differently (`Software Engineer`, `Seasoned Software
    // Engineer`) are two levels the seniority scale does not place: not one named twice.
    const unplaced = level.name.plain !== undefined && below.name.plain !== undefined && level.name.label.toLowerCase() !== below.name.label.toLowerCase();
    // Two roles of one rank (`Principal Engineer`, `Principal Architect`): a ladder's branches, not one level named twice.
    const otherRole = jobWord.test(level.name.label) && jobWord.test(below.name.label) && jobNounOf(level.name.label) !== jobNounOf(below.name.label);
    // Two words of one rank (`Senior Staff`, `Principal`): both levels where a ladder has both.
    const otherWords = !numbered && level.name.number === undefined && seniorityWords(level.name.label) !== seniorityWords(below.name.label);
    if (level.key === below.key && !unplaced && !otherRole && !otherWords) at(report, level.path, level.line, say('repeated', { level: name(level), other: below.path, line: below.line }));
    else if (numbered && level.name.number! - below.name.number! > 1) at(report, level.path, level.line, say('gap', { level: name(level), below: name(below), missing: below.name.number! + 1 }));
    else if (sameRank && level.name.sub! - below.name.sub! > 1) at(report, level.path, level.line, say('numeral', { level: name(level), below: name(below) }));
  }
}

/** A level document whose title names another level than its file name or frontmatter. */
function titles({ levels }: Ladder, report: ProjectReport): void {
  for (const level of levels) {
    if (!level.title || level.from === 'title' || !levelsDiffer(level.title.name, level.name)) continue;
    at(report, level.path, level.title.line, say('title', { title: level.title.text, from: level.from, level: name(level) }));
  }
}

type Sets = Map<Competency, Set<number>>[];

/** Whether most levels restate the level below (`every level includes the previous ones`): then a level is judged by what it adds. */
function restates(sets: Sets): boolean {
  if (sets.length < 3) return false;
  const union = sets.map((m) => new Set([...m.values()].flatMap((s) => [...s])));
  // Pairs of levels that both have text: a level with none (`N/A`) restates nothing, nor is restated.
  const shares = union.slice(1).flatMap((u, i) => (u.size > 0 && union[i]!.size > 0 ? [containedIn(union[i]!, u)] : []));
  return shares.length >= 2 && shares.filter((share) => share >= restateShare).length * 2 > shares.length;
}

function addsNothing(ladder: Ladder, sets: Sets, report: ProjectReport): void {
  const union = sets.map((m) => new Set([...m.values()].flatMap((s) => [...s])));
  for (let i = 1; i < union.length; i++) {
    if (union[i]!.size === 0 || 1 - containedIn(union[i]!, union[i - 1]!) >= newShare) continue;
    const level = ladder.levels[i]!;
    at(report, level.path, level.line, say('nothingNew', { level: name(level), below: name(ladder.levels[i - 1]!) }));
  }
}

const hasWords = (c: Competency) => words(c.text).length >= minCopyWords;
/** The most words of a statement that a changed grade word (`Familiar` → `Proficient`) makes anew. */
const maxGradedWords = 20;
/**
 * The same words linking each level to its own page (`display the [capabilities](…#senior)` and
 * `(…#lead)`, `operating at [SFIA level 5](…)` and `[level 6](…)`): a pointer, whose level is where
 * it points, not a copy; its words are compared without the level names they use.
 */
const pointsElsewhere = (a: Competency, b: Competency) => a.links !== undefined && b.links !== undefined && a.links !== b.links;
/**
 * A level's text that quotes the level below under its name, on a line of its own (a table of the
 * level before, this one and the next, side by side on each level's page): a comparison, whose
 * overlap with the page below is its design.
 */
const quotes = (c: Competency, below: LadderLevel) => {
  const title = (below.title?.text ?? below.name.label.replace(/[_-]+/g, ' ')).trim().toLowerCase();
  return title !== '' && c.text.split('\n').some((line) => line.trim().toLowerCase() === title);
};
/** Two levels that give a competency one grade by name (`Craftsmanship (C5)` at both): the same text is the ladder's design. */
const sameGrade = (name: string, below: string) => name === below && /\d/.test(name);

/**
 * Whether two near-identical statements differ by a word that grades the skill (`Familiar with` →
 * `Proficient with`): in one short statement that word is the level's whole point; in a longer
 * text the rest is still copied (`You use data…` → `You're an expert at using data…` and three
 * sentences more, word for word). A text that changes only its numbers (years of experience)
 * regrades at any length.
 */
function regrades(text: string, below: string): boolean {
  if (renumbers(text, below)) return true;
  const written = words(text);
  if (written.length > maxGradedWords) return false;
  const [a, b] = [new Set(written), new Set(words(below))];
  for (const word of a) if (!b.has(word) && gradeWords.has(word)) return true;
  for (const word of b) if (!a.has(word) && gradeWords.has(word)) return true;
  return false;
}

/** Whether two texts differ in their numbers alone (`2+ years` → `5+ years` in a sentence every level repeats): the level's point, at any length. */
function renumbers(text: string, below: string): boolean {
  const [a, b] = [new Set(words(text)), new Set(words(below))];
  const changed = [...a].filter((w) => !b.has(w)).concat([...b].filter((w) => !a.has(w)));
  return changed.length > 0 && changed.every((w) => /^\d+$/.test(w));
}

/** A competency at a level whose text is (nearly) that of the nearest level below that has it. */
function copies(ladder: Ladder, sets: Sets, same: ReadonlySet<string>, options: LadderOptions, report: ProjectReport): void {
  const last = new Map<string, { level: LadderLevel; set: Set<number>; competency: Competency }>();
  ladder.levels.forEach((level, i) => {
    for (const [competency, set] of sets[i]!) {
      const below = last.get(competency.key);
      last.set(competency.key, { level, set, competency });
      if (!below || same.has(competency.key) || !hasWords(competency) || sameGrade(competency.name, below.competency.name) || pointsElsewhere(competency, below.competency) || quotes(competency, below.level)) continue;
      const share = containedIn(set, below.set);
      if (share < options.similarity || (share < 1 && regrades(competency.text, below.competency.text))) continue;
      const what = competency.name ? `\`${competency.name}\` at ${name(level)}` : `The text of ${name(level)}`;
      const how = share === 1 ? ' word for word' : ` nearly word for word (${Math.round(share * 100)}%)`;
      at(report, competency.path, competency.textLine ?? competency.line, say('copy', { what, below: name(below.level), how }));
    }
  });
}

/** A competency with one text at every level from the first to the last: reported once, on the last. */
function sameEverywhere(ladder: Ladder, sets: Sets, options: LadderOptions, report: ProjectReport): Set<string> {
  const found = new Set<string>();
  const n = ladder.levels.length;
  if (n < 3) return found;
  // The competency's first entry at each level, by its name.
  const byKey = new Map<string, [Competency, Set<number>][]>();
  sets.forEach((m, i) => {
    for (const entry of m) {
      const entries = byKey.get(entry[0].key) ?? [];
      if (entries.length === i) entries.push(entry);
      byKey.set(entry[0].key, entries);
    }
  });
  for (const [key, entries] of byKey) {
    if (entries.length !== n || !hasWords(entries[0]![0])) continue;
    const alike = entries.every(
      ([c, s], i) =>
        i === 0 ||
        (containedIn(s, entries[i - 1]![1]) >= options.similarity && containedIn(entries[i - 1]![1], s) >= options.similarity && !pointsElsewhere(c, entries[i - 1]![0]) && !renumbers(c.text, entries[i - 1]![0].text)),
    );
    if (!alike) continue;
    found.add(key);
    const [competency] = entries[n - 1]!;
    const what = competency.name ? `\`${competency.name}\`` : 'The text';
    at(report, competency.path, competency.textLine ?? competency.line, say('same', { what, first: name(ladder.levels[0]!), last: name(ladder.levels[n - 1]!) }));
  }
  return found;
}

/** A competency most levels have, present below and above a level and missing from it. */
function missing({ levels }: Ladder, report: ProjectReport): void {
  if (levels.length < 3) return;
  const where = new Map<string, { name: string; at: number[] }>();
  levels.forEach((level, i) => {
    for (const c of level.competencies) {
      if (!c.key || isTerms(c)) continue;
      const entry = where.get(c.key) ?? { name: c.name, at: [] };
      if (entry.at[entry.at.length - 1] !== i) entry.at.push(i);
      where.set(c.key, entry);
    }
  });
  for (const { name: competencyName, at: present } of where.values()) {
    if (present.length < presentShare * levels.length) continue;
    const has = new Set(present);
    for (let i = present[0]! + 1; i < present[present.length - 1]!; i++) {
      if (has.has(i)) continue;
      const [below, above] = [levels[present.filter((p) => p < i).pop()!]!, levels[present.find((p) => p > i)!]!];
      at(report, levels[i]!.path, levels[i]!.line, say('missing', { name: competencyName, level: name(levels[i]!), below: name(below), above: name(above) }));
    }
  }
}
