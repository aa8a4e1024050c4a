/**
 * Which documents form a career ladder, and in what order its levels go: a folder of level
 * documents (named by file, by a frontmatter key such as `level:`, or by their titles), one
 * document with a heading per level, or one document whose frontmatter lists criteria by level.
 * Each level carries its competencies (sections or frontmatter keys) with their text, for the
 * rules that compare levels. Plain data in, plain data out; time linear in the documents' size.
 */
import type { DocumentModel } from './document-model.js';
import { levelKeys, managementWords, metaKeyPattern, metaKeys, minCellWords, notCareerLevels, postFolders, seniority, trackKeys } from './ladder.data.js';
import { jobNounOf, levelKey, levelsDiffer, readLevel, readLevelTitle, readPlainTitle, withPlainTitles, type LevelName } from './level-name.js';
import { bodyCompetencies, competencyKey, headingsOf, type Competency, type Heading } from './ladder-text.js';

export type { Competency } from './ladder-text.js';

export interface LadderLevel {
  path: string;
  name: LevelName;
  /** Where the level sorts (level-name.ts `levelKey`). */
  key: number;
  /** The line the level is named on: its heading, its title, its frontmatter key, else 1. */
  line: number;
  /** Where its name was read: `file name`, `frontmatter \`level\``, `title`, `heading`, `frontmatter`. */
  from: string;
  /** A folder level's title, where it names a level too (perhaps another one). */
  title?: { text: string; line: number; name: LevelName };
  competencies: Competency[];
}

export interface Ladder {
  name: string;
  form: 'folder' | 'sections' | 'table' | 'frontmatter';
  /** Why these documents are a ladder, in words. */
  why: string;
  /** In order, lowest first. */
  levels: LadderLevel[];
}

/** Every ladder among `documents`, in the order of their first document. */
export function findLadders(documents: readonly DocumentModel[]): Ladder[] {
  const candidates = documents.filter((d) => d.kind?.kind !== 'job-post');
  return [...folderLadders(candidates), ...candidates.flatMap((d) => [...sectionLadders(d), ...tableLadders(d), ...frontmatterLadders(d)])];
}

/** A ladder's levels sorted, keeping only those of its form (numbered, or named on the seniority scale). */
function ordered<T extends { name: LevelName }>(all: readonly T[]): (T & { key: number })[] {
  const numbered = all.filter((l) => l.name.number !== undefined).length * 2 >= all.length;
  // A management track and an individual one are two ladders: keep the one most levels are of,
  // named (`Senior`, `Director`) or numbered by their letters (`IC1`-`IC4` beside `M1`-`M3`).
  const managed = all.filter((l) => l.name.series === 'management').length * 2 > all.length;
  const series = numbered ? mainSeries(all) : undefined;
  const levels = numbered ? all.filter((l) => l.name.number === undefined || series === undefined || seriesOf(l.name) === series) : all.filter((l) => (l.name.series === 'management') === managed);
  return levels
    .flatMap((l) => {
      const key = levelKey(l.name, numbered);
      return key === undefined ? [] : [{ ...l, key }];
    })
    .sort((a, b) => a.key - b.key);
}

/** A numbered level's series by its letters, `L3` and `Level 3` alike. */
const seriesOf = (name: LevelName) => (name.series === 'l' ? 'level' : name.series);

/** The series most numbered levels are of (the first met of equal counts), where they are of several. */
function mainSeries(all: readonly { name: LevelName }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { name } of all) if (name.number !== undefined) counts.set(seriesOf(name) ?? '', (counts.get(seriesOf(name) ?? '') ?? 0) + 1);
  if (counts.size < 2) return undefined;
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}

const dirOf = (path: string) => path.replace(/[^/\\]*$/, '');
const stemOf = (path: string) => path.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');

/** A document's level and track, read from its frontmatter, else its file name, else (a level document) its title. */
function documentLevel(doc: DocumentModel): { name: LevelName; from: string; track: string } | undefined {
  const data = lowerKeys(doc.frontmatter);
  const trackKey = trackKeys.find((k) => typeof data[k] === 'string');
  const levelKeyFound = levelKeys.find((k) => typeof data[k] === 'string' || typeof data[k] === 'number');
  const stem = stemOf(doc.path);
  const fromKey = levelKeyFound && readLevel(typeof data[levelKeyFound] === 'number' || /^\d+$/.test(String(data[levelKeyFound])) ? `Level ${data[levelKeyFound]}` : String(data[levelKeyFound]));
  const fromStem = !fromKey && readLevel(stem.replace(/-/g, ' '));
  const fromTitle = !fromKey && !fromStem && doc.kind?.kind === 'ladder-level' ? (readLevelTitle(doc.title) ?? readPlainTitle(doc.title)) : undefined;
  const fromPlain = !fromKey && !fromStem && !fromTitle ? readPlainTitle(stem.replace(/[-_]+/g, ' ')) : undefined;
  const name = fromKey || fromStem || fromTitle || fromPlain;
  if (!name) return undefined;
  const from = fromKey ? `frontmatter \`${levelKeyFound}\`` : fromStem || fromPlain ? 'file name' : 'title';
  const track = trackKey ? String(data[trackKey]).toLowerCase() : trackOf(stem);
  return { name, from, track };
}

/** A file name without its level: `backend-senior` and `backend-staff` are one track, `senior-i-engineer` and `staff-ii-engineer` another. */
function trackOf(stem: string): string {
  let rest = stem.toLowerCase().replace(/[_-]+/g, ' ');
  rest = rest.replace(/(?:level|lvl|grade|band|tier|step|stage)\s*\d{1,2}|\b(?:l|ic|e|m|p|swe|sde)\s?\d{1,2}\b/g, ' ');
  rest = rest.replace(managementWords, ' ');
  for (const [pattern] of seniority) rest = rest.replace(new RegExp(pattern.source, 'giu'), ' ');
  // A numeral is a step of the level, wherever it stands (`engineer-ii`, `senior-ii-engineer`);
  // a word that only joins others names no track (`director-of-engineering`, `engineering-manager`).
  return rest.replace(/\b(?:i{1,3}|iv|v|vi{1,3}|of|and|the|for)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

function lowerKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Documents of one folder and track, each naming its level: a ladder where two or more do. */
function folderLadders(documents: readonly DocumentModel[]): Ladder[] {
  const groups = new Map<string, FolderMember[]>();
  for (const doc of documents) {
    const level = documentLevel(doc);
    if (!level) continue;
    const key = `${dirOf(doc.path)}\0${level.track}`;
    groups.set(key, [...(groups.get(key) ?? []), { doc, name: level.name, from: level.from }]);
  }
  joinNumberedStrays(groups);
  const ladders: Ladder[] = [];
  for (const [key, members] of groups) {
    const levels = ordered(withPlainTitles(members));
    if (levels.length < 2) continue;
    const [dir, track] = key.split('\0') as [string, string];
    // Posts at several levels in a folder of posts (`jobs/firmware-engineer.md`, `jobs/senior-firmware-engineer.md`): openings, not a ladder.
    if ([...dir.split(/[\\/]/), ...track.split(' ')].some((word) => postFolders.has(word.toLowerCase()))) continue;
    const froms = [...new Set(levels.map((l) => l.from))].join(', ');
    ladders.push({
      name: `${dir || './'}${track ? ` (${track})` : ''}`,
      form: 'folder',
      why: `${levels.length} documents in one folder${track ? ` of the track \`${track}\`` : ''}, each naming its level (by ${froms})`,
      levels: levels.map(({ doc, name, from, key: sortKey }) => folderLevel(doc, name, from, sortKey)),
    });
  }
  return ladders;
}

type FolderMember = { doc: DocumentModel; name: LevelName; from: string };

/**
 * A level file alone in its track, numbered in the series of the one track of its folder with two
 * levels or more and at a number that track lacks, is a level of that track whose name says its
 * title (`level-2-engineer.md` among `level-1-associate.md`, `level-3-senior.md`): the number
 * places it, and a track of one level is no track. Two tracks of several levels each stay apart.
 */
function joinNumberedStrays(groups: Map<string, FolderMember[]>): void {
  const byDir = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const dir = key.split('\0')[0]!;
    byDir.set(dir, [...(byDir.get(dir) ?? []), key]);
  }
  for (const keys of byDir.values()) {
    const tracks = keys.filter((k) => groups.get(k)!.length >= 2);
    if (tracks.length !== 1) continue;
    const track = groups.get(tracks[0]!)!;
    const series = track[0]!.name.series;
    if (series === undefined || !track.every((m) => m.name.number !== undefined && m.name.series === series)) continue;
    for (const key of keys) {
      const [stray] = groups.get(key)!;
      if (key === tracks[0] || !stray || stray.name.series !== series || track.some((m) => m.name.number === stray.name.number)) continue;
      track.push(stray);
      groups.delete(key);
    }
  }
}

function folderLevel(doc: DocumentModel, name: LevelName, from: string, key: number): LadderLevel {
  const titleLine = doc.titles.find((t) => t.text === doc.title)?.line;
  const titleName = readLevelTitle(doc.title);
  const headings = headingsOf(doc).filter((h) => h.line !== titleLine);
  const keyLine = doc.frontmatterKeys.find((k) => k.indent === 0 && levelKeys.includes(k.key.toLowerCase()))?.line;
  const label = titleName && !levelsDiffer(titleName, name) ? doc.title : from === 'file name' ? stemOf(doc.path) : name.label;
  return {
    path: doc.path,
    name: { ...name, label },
    key,
    line: (from === 'file name' || from === 'title' ? titleLine : keyLine) ?? titleLine ?? 1,
    from,
    ...(titleName && titleLine !== undefined ? { title: { text: doc.title, line: titleLine, name: titleName } } : {}),
    competencies: [...bodyCompetencies(doc, headings, doc.frontmatterEnd, Infinity, titleLine ?? doc.frontmatterEnd), ...frontmatterCompetencies(doc)],
  };
}

/** Top-level frontmatter keys that hold text (not the document's title, level or the like): competencies. */
function frontmatterCompetencies(doc: DocumentModel): Competency[] {
  const found: Competency[] = [];
  for (const [key, value] of Object.entries(doc.frontmatter)) {
    if (metaKeys.includes(key.toLowerCase()) || metaKeyPattern.test(key)) continue;
    // Prose or a list of it: not a date, a path or an id.
    const text = typeof value === 'string' && /\S\s+\S+\s+\S/.test(value) ? value : Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value.join('\n') : undefined;
    if (text === undefined || text.trim() === '') continue;
    const line = doc.frontmatterKeys.find((k) => k.indent === 0 && k.key === key)?.line ?? 1;
    found.push({ name: key, key: competencyKey(key), text, line, path: doc.path });
  }
  return found;
}

/** Headings of one document that name levels, siblings under one parent: a ladder per run of them. */
function sectionLadders(doc: DocumentModel): Ladder[] {
  const headings = headingsOf(doc);
  const groups = new Map<string, { heading: Heading; index: number; name: LevelName }[]>();
  headings.forEach((heading, index) => {
    const name = readLevelTitle(heading.text) ?? readPlainTitle(heading.text);
    if (!name || index === 0 && heading.text === doc.title && headings.length > 1 && headings[1]!.depth > heading.depth) return;
    const parent = headings.slice(0, index).findLast((h) => h.depth < heading.depth);
    const key = `${parent?.line ?? 0}:${heading.depth}`;
    groups.set(key, [...(groups.get(key) ?? []), { heading, index, name }]);
  });
  const ladders: Ladder[] = [];
  for (const members of [...groups.values()].flatMap(byParallelTrack)) {
    for (const run of runs(withPlainTitles(members))) {
      const levels = ordered(run);
      if (new Set(levels.map((l) => l.key)).size < 2) continue;
      const parent = headings.slice(0, run[0]!.index).findLast((h) => h.depth < run[0]!.heading.depth);
      ladders.push({
        name: `${doc.path}${parent ? ` › ${parent.text}` : ''}`,
        form: 'sections',
        why: `${levels.length} headings of one document naming levels (${levels.map((l) => l.heading.text).join(', ')})`,
        levels: levels.map(({ heading, index, name, key }) => sectionLevel(doc, headings, heading, index, name, key)),
      });
    }
  }
  return ladders;
}

/**
 * Sibling level headings of two tracks marked after their numbers (`L4 IC`, `L4 EM`) split into a
 * ladder a track where the tracks run side by side, one rank in both; where each rank is in one
 * track only (`L4 IC` then `L5 EM`), the marks tell a path's steps and the headings stay one ladder.
 */
function byParallelTrack<T extends { name: LevelName }>(members: T[]): T[][] {
  const tracks = new Map<string, Set<number>>();
  for (const { name } of members) if (name.track !== undefined && name.number !== undefined) tracks.set(name.track, (tracks.get(name.track) ?? new Set()).add(name.number));
  const numbers = [...tracks.values()].flatMap((set) => [...set]);
  if (tracks.size < 2 || new Set(numbers).size === numbers.length) return [members];
  return [...tracks.keys()].map((track) => members.filter((m) => m.name.track === track)).concat([members.filter((m) => m.name.track === undefined)]).filter((group) => group.length > 0);
}

/**
 * Sibling level headings split where a ladder starts again (a level lower than the run's first, a
 * level of another role lower than the one before it, or another series: `IC1`…`IC5` then
 * `M3`…`M6`; `Associate`…`Principal Designer` then `Design Manager`, `Senior Design Manager`), so an
 * appendix or a second track is its own ladder.
 */
function runs<T extends { name: LevelName }>(members: readonly T[]): T[][] {
  const numbered = members.filter((m) => m.name.number !== undefined).length * 2 >= members.length;
  const out: T[][] = [];
  let current: T[] = [];
  let first: number | undefined;
  let previous: number | undefined;
  for (const member of members) {
    const key = levelKey(member.name, numbered);
    if (key === undefined) continue;
    const otherSeries = current.length > 0 && member.name.series !== current[current.length - 1]!.name.series;
    const last = current[current.length - 1];
    const otherRoleBelow = last !== undefined && key < previous! && jobNounOf(member.name.label) !== jobNounOf(last.name.label);
    if (current.length > 0 && (otherSeries || key < first! || otherRoleBelow)) {
      out.push(current);
      current = [];
    }
    if (current.length === 0) first = key;
    previous = key;
    current.push(member);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function sectionLevel(doc: DocumentModel, headings: readonly Heading[], heading: Heading, index: number, name: LevelName, key: number): LadderLevel {
  const next = headings.slice(index + 1).find((h) => h.depth <= heading.depth);
  const inside = headings.slice(index + 1).filter((h) => h.line < (next?.line ?? Infinity));
  return { path: doc.path, name, key, line: heading.line, from: 'heading', competencies: bodyCompetencies(doc, inside, heading.line - 1, next?.line ?? Infinity, heading.line) };
}

const levelCell = (text: string) => readLevelTitle(text) ?? readPlainTitle(text);

/**
 * A table with a column per level (`| | Junior | Senior |`, a competency a row) or a row per level
 * (`| Level | Delivery | Craft |`): the cells are the competencies' texts at each level.
 */
function tableLadders(doc: DocumentModel): Ladder[] {
  const ladders: Ladder[] = [];
  for (const table of doc.tables) {
    const [header, ...body] = table.rows;
    if (!header || body.length === 0 || notCareerLevels.test(header.cells[0] ?? '')) continue;
    const competency = (name: string, text: string, line: number): Competency => ({ name, key: competencyKey(name), text, line, path: doc.path });
    const columns = header.cells.flatMap((cell, j) => {
      const name = j > 0 ? levelCell(cell) : undefined;
      return name ? [{ name, line: header.line, competencies: body.map((row) => competency(row.cells[0] ?? '', row.cells[j] ?? '', row.line)) }] : [];
    });
    const rows = body.flatMap((row) => {
      const name = levelCell(row.cells[0] ?? '');
      return name ? [{ name, line: row.line, competencies: header.cells.slice(1).map((h, j) => competency(h, row.cells[j + 1] ?? '', row.line)) }] : [];
    });
    const byColumns = withPlainTitles(columns).length >= withPlainTitles(rows).length;
    const levels = ordered(withPlainTitles(byColumns ? columns : rows));
    const cells = levels.flatMap((l) => l.competencies);
    if (new Set(levels.map((l) => l.key)).size < 2 || !prose(cells) || namesLevels(cells)) continue;
    ladders.push({
      name: `${doc.path}:${table.line}`,
      form: 'table',
      why: `a table of ${levels.length} levels, a ${byColumns ? 'column' : 'row'} each (${levels.map((l) => l.name.label).join(', ')})`,
      levels: levels.map((l) => ({ path: doc.path, name: l.name, key: l.key, line: l.line, from: byColumns ? 'table column' : 'table row', competencies: l.competencies.filter((c) => c.text !== '') })),
    });
  }
  return ladders;
}

/**
 * Whether a table's cells say what a level does (a few words each, on average): not a grid of
 * scores (`0-1`, `2`) or of next levels (`L2`, `L3`), which hold nothing to compare.
 */
function prose(cells: readonly Competency[]): boolean {
  const filled = cells.filter((c) => c.text.trim() !== '' && c.text.trim() !== '-');
  const words = filled.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
  return filled.length > 0 && words / filled.length >= minCellWords;
}

/**
 * Whether most of a table's filled cells are titles of levels themselves (`| L2 | [Software
 * Engineer 1](…) |`, `| L4 | Senior Engineer 2 | Engineering Manager |`): a map of the ladder's
 * pages, a title a cell, whose band may hold two titles; nothing a level does to compare.
 */
function namesLevels(cells: readonly Competency[]): boolean {
  const filled = cells.filter((c) => c.text.trim() !== '' && c.text.trim() !== '-');
  return filled.filter((c) => levelCell(c.text) !== undefined).length * 2 > filled.length;
}

/**
 * Frontmatter that gives criteria by level under named topics: one ladder per document. Entries
 * keyed by level (`- level: 2` with its criteria), or a topic's keys naming levels (`delivery:`
 * over `L1: …`, `L2: …`).
 */
function frontmatterLadders(doc: DocumentModel): Ladder[] {
  const byLevel = new Map<string, { name: LevelName; competencies: Competency[]; line: number }>();
  const add = (name: LevelName, topic: string, text: string, line: number) => {
    const level = byLevel.get(name.label) ?? { name, competencies: [], line };
    level.competencies.push({ name: topic, key: competencyKey(topic), text, line, path: doc.path });
    byLevel.set(name.label, level);
  };
  const lineAfter = (found: (k: DocumentModel['frontmatterKeys'][number]) => boolean, after: number) => doc.frontmatterKeys.find((k) => k.line > after && found(k))?.line ?? after;
  let budget = 5000;
  const visit = (value: unknown, topic: string, topicLine: number) => {
    if (--budget < 0 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const entry of value) visitEntry(entry, topic, topicLine);
      return;
    }
    const record = value as Record<string, unknown>;
    const levelled = Object.keys(record).flatMap((k) => {
      const name = readLevelTitle(/^\d+$/.test(k) ? `Level ${k}` : k);
      return name ? [{ k, name }] : [];
    });
    if (topic && levelled.length >= 2) {
      for (const { k, name } of levelled) add(name, topic, stringsOf(record[k], []).join('\n'), lineAfter((f) => f.key === k, topicLine));
      return;
    }
    const named = ['name', 'title'].map((k) => record[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    const line = named ? lineAfter((k) => k.value === named, topicLine) : topicLine;
    for (const [k, v] of Object.entries(record)) visit(v, named ?? (typeof v === 'object' ? k : topic), named ? line : lineAfter((f) => f.key === k, line));
  };
  const visitEntry = (entry: unknown, topic: string, topicLine: number) => {
    const record = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const levelValue = record && levelKeys.map((k) => record[k]).find((v) => typeof v === 'number' || typeof v === 'string');
    if (levelValue === undefined) return visit(entry, topic, topicLine);
    const name = readLevel(/^\d+$/.test(String(levelValue)) ? `Level ${levelValue}` : String(levelValue));
    if (!name) return;
    add(name, topic, stringsOf(record!, levelKeys).join('\n'), lineAfter((k) => levelKeys.includes(k.key.toLowerCase()) && k.value === String(levelValue), topicLine));
  };
  visit(doc.frontmatter, '', 0);
  const levels = ordered([...byLevel.values()]);
  if (levels.length < 2) return [];
  return [{
    name: doc.path,
    form: 'frontmatter',
    why: `${levels.length} levels in the frontmatter, criteria by level under ${new Set(levels.flatMap((l) => l.competencies.map((c) => c.key))).size} topics`,
    levels: levels.map((l) => ({ path: doc.path, name: l.name, key: l.key, line: l.line, from: 'frontmatter', competencies: l.competencies })),
  }];
}

/** Every string under `value`, but for the keys `skip` (the level itself). */
function stringsOf(value: unknown, skip: readonly string[]): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, skip));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (skip.includes(k.toLowerCase()) ? [] : stringsOf(v, skip)));
  return [];
}
