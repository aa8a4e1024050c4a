/**
 * What level a name says (`L3`, `Level 4`, `level4`, `IC2`, `Senior Engineer II`, `Staff`): a
 * number in a named series, or a place on the scale of seniority words. It decides nothing about
 * ladders; ladder.ts reads documents' names, titles and frontmatter with it.
 */
import { jobWord, management, maxLevelHeadingWords, numberedLevel, plainJobTitle, plainRank, seniority, senioritySubLevel, subLevel, trackMarks } from './ladder.data.js';

export interface LevelName {
  /** As written, trimmed. */
  label: string;
  /** The series of a numbered level: `level` (Level, Grade, Band…) or its letters (`l`, `ic`, `m`). */
  series?: string;
  number?: number;
  /** Place on the seniority scale of a named level (ladder.data.ts). */
  rank?: number;
  /** A Roman or Arabic numeral after a named level's job word (`Engineer II`) or its word of seniority (`Senior II Engineer`). */
  sub?: number;
  /** A plain job title's noun (`designer`): a level only beside levels of that noun (`Junior Designer`). */
  plain?: string;
  /** The track marked right after a numbered level (`ic` of `L4 IC`, `em` of `L4 EM`). */
  track?: string;
}

const wordSeries = new Set(['level', 'lvl', 'grade', 'band', 'tier']);
const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 };

/** The level `text` names, if it names one. */
export function readLevel(text: string): LevelName | undefined {
  const label = text.trim();
  if (label === '') return undefined;
  const spaced = label.replace(/[_]+/g, ' ');
  const numbered = numberedLevel.exec(spaced);
  if (numbered) {
    const word = (numbered[1] ?? numbered[2])!.toLowerCase();
    const mark = /^[\s_-]*(\p{L}{1,3})(?![\p{L}\d])/u.exec(spaced.slice(numbered.index + numbered[0].length))?.[1]?.toLowerCase();
    return { label, series: wordSeries.has(word) ? 'level' : word, number: Number(numbered[3]), ...(mark !== undefined && trackMarks.has(mark) ? { track: mark } : {}) };
  }
  // The highest management word: `managers--vp` is a VP's page in a folder of managers.
  const managed = highest(management, spaced.replace(/-/g, ' '));
  if (managed !== undefined) return { label, series: 'management', rank: managed };
  const rank = longest(seniority, spaced.replace(/-/g, ' '));
  const subMatch = subLevel.exec(spaced.replace(/-/g, ' ')) ?? (rank === undefined ? null : senioritySubLevel.exec(spaced.replace(/-/g, ' ')));
  const sub = subMatch ? (roman[subMatch[1]!.toLowerCase()] ?? Number(subMatch[1])) : undefined;
  if (rank === undefined && sub === undefined) return undefined;
  return { label, rank: rank ?? plainRank, ...(sub === undefined ? {} : { sub }) };
}

/**
 * The level a heading or title is the name of, not one it mentions: a few words, no question or
 * sentence, and a named level led by its seniority word and holding a job word or nothing more
 * (`Senior Engineer`, `Staff`, `Engineer II`; not `Team Lead`, `Lead onboarding`).
 */
export function readLevelTitle(text: string): LevelName | undefined {
  const plain = text.replace(/\{#[^}]*\}/g, '').replace(/[*_`]+/g, '').trim();
  // Words, not the dashes between them (`M2 - Senior Product Manager (Manager)`).
  if (plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > maxLevelHeadingWords || /[?:;!]\s*\S|[?]$/.test(plain)) return undefined;
  const name = readLevel(plain);
  if (name?.series === 'management') return undefined;
  if (!name || name.number !== undefined) return name && { ...name, label: plain };
  const rest = plain.replace(/[-–—/,()]+/g, ' ').trim();
  const led = seniority.some(([pattern]) => new RegExp(`^(?:${pattern.source.replace(/^\\b/, '')})`, 'iu').test(rest));
  const words = rest.split(/\s+/).length;
  if (name.sub !== undefined) return { ...name, label: plain };
  return led && (words === 1 || jobWord.test(rest)) ? { ...name, label: plain } : undefined;
}

/** A plain job title (`Designer`) as the middle level, or undefined. */
export function readPlainTitle(text: string): LevelName | undefined {
  const plain = text.replace(/\{#[^}]*\}/g, '').replace(/[*_`]+/g, '').trim();
  const m = plainJobTitle.exec(plain);
  return m ? { label: plain, rank: plainRank, plain: m[1]!.toLowerCase() } : undefined;
}

/** The job noun a title ends with (`Senior Designer` → `designer`), to match plain titles with. */
export function jobNounOf(text: string): string | undefined {
  return /([\p{L}]+?)s?$/iu.exec(text.trim())?.[1]?.toLowerCase();
}

/** Levels with the plain titles among them kept only where another level ends with the same noun. */
export function withPlainTitles<T extends { name: LevelName }>(levels: readonly T[]): T[] {
  const nouns = new Set(levels.filter((l) => !l.name.plain).map((l) => jobNounOf(l.name.label)));
  const named = levels.filter((l) => !l.name.plain && l.name.rank !== undefined).length;
  return levels.filter((l) => !l.name.plain || (named >= 2 && nouns.has(l.name.plain)));
}

function highest(scale: readonly (readonly [RegExp, number])[], text: string): number | undefined {
  const ranks = scale.filter(([pattern]) => pattern.test(text)).map(([, rank]) => rank);
  return ranks.length > 0 ? Math.max(...ranks) : undefined;
}

/** The rank of the longest of `scale`'s words in `text` (`Senior Staff` over `Senior`). */
/**
 * The words of seniority that place a named level, as written (`senior staff`, `principal`; `Sr.`
 * read as senior): two titles of one rank by other words (`Senior Staff Engineer`, `Principal
 * Engineer`) are two levels of a ladder that has both.
 */
export function seniorityWords(label: string): string {
  const text = label.toLowerCase().replace(/-/g, ' ').replace(/\bsr\b\.?/g, 'senior');
  return seniority.flatMap(([pattern]) => pattern.exec(text)?.[0] ?? []).join(' ');
}

function longest(scale: readonly (readonly [RegExp, number])[], text: string): number | undefined {
  let best: { rank: number; length: number } | undefined;
  for (const [pattern, rank] of scale) {
    const m = pattern.exec(text);
    if (m && (!best || m[0].length > best.length || (m[0].length === best.length && rank > best.rank))) best = { rank, length: m[0].length };
  }
  return best?.rank;
}

/**
 * Where a level sorts in its ladder: its number in a numbered ladder (an entry step such as
 * `Intern` before the first number), its rank and numeral in a named one; undefined where the
 * level does not belong to a ladder of that form.
 */
export function levelKey(level: LevelName, numbered: boolean): number | undefined {
  if (numbered) return level.number ?? (level.rank === 0 && level.sub === undefined ? 0 : undefined);
  if (level.rank === undefined) return undefined;
  return level.rank * 10 + (level.sub ?? 0);
}

/** Whether two names of one level disagree: both numbered with other numbers, or both named with other ranks. */
export function levelsDiffer(a: LevelName, b: LevelName): boolean {
  if (a.number !== undefined && b.number !== undefined) return a.number !== b.number;
  if (a.rank !== undefined && b.rank !== undefined) return a.rank !== b.rank || (a.sub !== undefined && b.sub !== undefined && a.sub !== b.sub);
  return false;
}
