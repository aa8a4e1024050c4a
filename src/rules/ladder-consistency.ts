/**
 * `ladder-consistency`: a career ladder judged as a whole, its levels against each other: a
 * competency that vanishes from one level, a level that copies the one below (or, in a ladder that
 * restates lower levels by design, adds nothing), a competency with one text at every level, gaps
 * and repeats in the numbering, and a title that names another level than the file. Levels are
 * compared by hashed word shingles, each with the level below only: linear in the ladder's size.
 */
import { findLadders, type Competency, type Ladder, type LadderLevel } from '../document/ladder.js';
import { minCopyWords, newShare, presentShare, restateShare } from '../document/ladder.data.js';
import { containedIn, shingles, words } from '../document/ladder-text.js';
import { levelsDiffer } from '../document/level-name.js';
import { defineProjectRule, type ProjectReport } from './define.js';

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

const say = (level: LadderLevel) => `\`${level.name.label}\``;
const at = (report: ProjectReport, path: string, line: number, message: string) => report(path, { line, column: 1, message });

function checkLadder(ladder: Ladder, options: LadderOptions, report: ProjectReport): void {
  numbering(ladder, report);
  titles(ladder, report);
  const sets = ladder.levels.map((level) => new Map(level.competencies.map((c) => [c, shingles(c.text)] as const)));
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
    if (level.key === below.key) at(report, level.path, level.line, `${say(level)} is the level of \`${below.path}\` (line ${below.line}) too: a level named twice in one ladder`);
    else if (numbered && level.name.number! - below.name.number! > 1) at(report, level.path, level.line, `${say(level)} follows ${say(below)}: the ladder has no level ${below.name.number! + 1}`);
    else if (sameRank && level.name.sub! - below.name.sub! > 1) at(report, level.path, level.line, `${say(level)} follows ${say(below)}: the ladder skips a numeral between them`);
  }
}

/** A level document whose title names another level than its file name or frontmatter. */
function titles({ levels }: Ladder, report: ProjectReport): void {
  for (const level of levels) {
    if (!level.title || level.from === 'title' || !levelsDiffer(level.title.name, level.name)) continue;
    at(report, level.path, level.title.line, `The title \`${level.title.text}\` names another level than the ${level.from} (${say(level)})`);
  }
}

type Sets = Map<Competency, Set<number>>[];

/** Whether most levels restate the level below (`every level includes the previous ones`): then a level is judged by what it adds. */
function restates(sets: Sets): boolean {
  if (sets.length < 3) return false;
  const union = sets.map((m) => new Set([...m.values()].flatMap((s) => [...s])));
  const shares = union.slice(1).map((u, i) => containedIn(union[i]!, u));
  return shares.filter((share) => share >= restateShare).length * 2 > shares.length;
}

function addsNothing(ladder: Ladder, sets: Sets, report: ProjectReport): void {
  const union = sets.map((m) => new Set([...m.values()].flatMap((s) => [...s])));
  for (let i = 1; i < union.length; i++) {
    if (union[i]!.size === 0 || 1 - containedIn(union[i]!, union[i - 1]!) >= newShare) continue;
    const level = ladder.levels[i]!;
    at(report, level.path, level.line, `${say(level)} adds nothing to ${say(ladder.levels[i - 1]!)}: the ladder restates each level below, and this level's text is all in the one below`);
  }
}

const hasWords = (c: Competency) => words(c.text).length >= minCopyWords;

/** A competency at a level whose text is (nearly) that of the nearest level below that has it. */
function copies(ladder: Ladder, sets: Sets, same: ReadonlySet<string>, options: LadderOptions, report: ProjectReport): void {
  const last = new Map<string, { level: LadderLevel; set: Set<number> }>();
  ladder.levels.forEach((level, i) => {
    for (const [competency, set] of sets[i]!) {
      const below = last.get(competency.key);
      last.set(competency.key, { level, set });
      if (!below || same.has(competency.key) || !hasWords(competency)) continue;
      const share = containedIn(set, below.set);
      if (share < options.similarity) continue;
      const what = competency.name ? `\`${competency.name}\` at ${say(level)}` : `The text of ${say(level)}`;
      at(report, competency.path, competency.textLine ?? competency.line, `${what} repeats ${say(below.level)}${share === 1 ? ' word for word' : ` nearly word for word (${Math.round(share * 100)}%)`}: the ladder writes each level anew, this one does not`);
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
    const alike = entries.every(([, s], i) => i === 0 || (containedIn(s, entries[i - 1]![1]) >= options.similarity && containedIn(entries[i - 1]![1], s) >= options.similarity));
    if (!alike) continue;
    found.add(key);
    const [competency] = entries[n - 1]!;
    const what = competency.name ? `\`${competency.name}\`` : 'The text';
    at(report, competency.path, competency.textLine ?? competency.line, `${what} is the same at every level, ${say(ladder.levels[0]!)} to ${say(ladder.levels[n - 1]!)}: the ladder does not say how it grows`);
  }
  return found;
}

/** A competency most levels have, present below and above a level and missing from it. */
function missing({ levels }: Ladder, report: ProjectReport): void {
  if (levels.length < 3) return;
  const where = new Map<string, { name: string; at: number[] }>();
  levels.forEach((level, i) => {
    for (const c of level.competencies) {
      if (!c.key) continue;
      const entry = where.get(c.key) ?? { name: c.name, at: [] };
      if (entry.at[entry.at.length - 1] !== i) entry.at.push(i);
      where.set(c.key, entry);
    }
  });
  for (const { name, at: present } of where.values()) {
    if (present.length < presentShare * levels.length) continue;
    for (let i = present[0]! + 1; i < present[present.length - 1]!; i++) {
      if (present.includes(i)) continue;
      const [below, above] = [levels[present.filter((p) => p < i).pop()!]!, levels[present.find((p) => p > i)!]!];
      at(report, levels[i]!.path, levels[i]!.line, `\`${name}\` is in the levels around ${say(levels[i]!)} (${say(below)}, ${say(above)}) but not in it`);
    }
  }
}
