/**
 * What a job post states, read as an applicant reads it: its title, its pay (amounts and ranges
 * with currency and period, a grade of a pay scale, open-ended pay), whether it describes its
 * benefits, where and how the work is done, the type of employment, when applications close, and
 * Ontario's statements (an existing vacancy, screening by AI). Read from the body (fields such as
 * `**Salary:**`, sections such as `## Compensation`, running text, tables), from the frontmatter
 * (`salary`, `min_payrange`, `gs`, `location`, `closes`) and from template includes that carry
 * pay (`{% include salary_range.html min="$1" max="$2" %}`). Facts only: whether a law wants any
 * of it is the pay-transparency rule's to say. Never the clock: whether a closing date has passed
 * is judged against a date the caller gives (`reportFacts`).
 */
import type { Root, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { decodeString } from 'micromark-util-decode-string';
import type { JobFactsReport, PayReport } from '../core/types.js';
import { frontmatterRegion } from './frontmatter-block.js';
import { currencySymbols, currencyWords } from './currencies.data.js';
import {
  aiStatement,
  arrangements,
  benefitWords,
  closingPhrase,
  employmentTypes,
  factKeys,
  genderMarker,
  germanJobNouns,
  labels,
  locationPhrase,
  months,
  payElsewhereSentence,
  unpaidSentence,
  unpaidValue,
  untilFilled,
  vacancyStatements,
  vagueBenefits,
  postingCues,
  employerVoice,
  employerSeeks,
} from './job-facts.data.js';
import { placeGroups } from './jurisdiction-places.data.js';
import { outline } from './outline.js';
import { gradeKeys } from './pay-grades.data.js';
import type { PayPeriod } from './pay-periods.data.js';
import { readGrades, readPay, type GradeReading, type PayReading } from './pay-text.js';
import { genderedForms } from './gendered-nouns.data.js';
import { genderedEnglishTitle } from './gendered-titles.js';
import { executiveTitle, jobTitle, leaderTitle } from './role-titles.data.js';
import { shownText } from './shown-text.js';
import { treeIndex } from './tree-index.js';
import { timedReading } from './reading-times.js';

declare module 'vfile' {
  interface DataMap {
    /** A job post's facts as reports show them, where a rule read them (the engine puts them in the report). */
    jobFacts?: JobFactsReport;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: running text or a field of the body, a table cell, the frontmatter, a template include. */
export type FactSource = 'body' | 'table' | 'frontmatter' | 'template';

export interface PayFact extends PayReading {
  /** As written. */
  text: string;
  from: FactSource;
}

export interface GradeFact extends GradeReading {
  from: FactSource;
  /** `bis Entgeltgruppe E 13`, `up to GS-14`: the grade is the most the role pays. */
  upTo?: boolean;
}

export type Arrangement = 'remote' | 'hybrid' | 'on-site';
export type BenefitsStated = 'described' | 'linked' | 'vague' | 'none';

export interface PlaceFact extends Span {
  name: string;
  /** The jurisdictions whose pay-transparency law the place suggests (never decides). */
  jurisdictions: readonly string[];
}

export interface JobFacts {
  title?: Span & { text: string };
  /** Every statement of pay, in document order. */
  pay: PayFact[];
  grades: GradeFact[];
  benefits: Partial<Span> & { stated: BenefitsStated };
  location?: Partial<Span> & { text: string };
  arrangement?: Arrangement;
  places: PlaceFact[];
  employment: string[];
  closes?: Span & { text: string; date?: string };
  vacancy?: Span & { stated: 'existing' | 'future' };
  aiScreening?: Span & { stated: 'used' | 'not-used' };
  /** Where the post says the work is unpaid (`compensation: gratis`, `This is a volunteer role`). */
  unpaid?: Span;
  /** Where it says its pay is stated in another document, the advert it is published with (`the salary range is in the job ad`). */
  payElsewhere?: Span;
}

/**
 * Whether a document read as a job post shows that it is a posting: a fact only a posting states
 * (where, on what terms, until when, what it offers or pays), a signal of one (postingCues), or the
 * employer speaking of itself or said to be seeking someone in its text.
 */
export function showsPosting(facts: JobFacts, features: Readonly<Record<string, number>>, text: string): boolean {
  const stated = facts.location !== undefined || facts.places.length > 0 || facts.employment.length > 0 || facts.closes !== undefined || facts.benefits.stated !== 'none';
  const paid = facts.pay.length > 0 || facts.grades.length > 0 || facts.unpaid !== undefined || facts.payElsewhere !== undefined;
  return stated || paid || postingCues.some((cue) => (features[cue] ?? 0) > 0) || employerVoice.test(text) || employerSeeks.test(text);
}

/**
 * Whether a title names a job to fill (`Backend Engineer`, `Head of Data`, `Développeur (H/F)`,
 * `Kaufmann (m/w/d)`), in English, German, French or Spanish, rather than a page about jobs
 * (`Reading a federal job posting`, `Extending an offer`).
 */
export function namesJob(title: string): boolean {
  return (
    jobTitle.test(title) ||
    germanJobNouns.test(title) ||
    executiveTitle.test(title) ||
    leaderTitle.test(title) ||
    genderMarker.test(title) ||
    genderedEnglishTitle.test(title) ||
    genderedForms.some((form) => form.nouns.test(title))
  );
}

/** How a post states its pay, at best: a range, one amount, only a grade, only open-ended, or not at all. */
export type PayStated = 'range' | 'amount' | 'grade' | 'unpaid' | 'elsewhere' | 'open-ended' | 'none';

/** The pay a post states at best, with what it said (a range before an amount, before a grade, before unpaid work, before pay said to be in the advert, before open-ended pay). */
export function payStatement(facts: JobFacts): { stated: PayStated; pay?: PayFact; grade?: GradeFact } {
  const range = facts.pay.find((p) => p.form === 'range');
  if (range) return { stated: 'range', pay: range };
  const amount = facts.pay.find((p) => p.form === 'amount');
  if (amount) return { stated: 'amount', pay: amount };
  const grade = facts.grades[0];
  if (grade) return { stated: 'grade', grade };
  if (facts.unpaid) return { stated: 'unpaid' };
  if (facts.payElsewhere) return { stated: 'elsewhere' };
  const open = facts.pay.find((p) => p.open !== 'unstated') ?? facts.pay[0];
  return open ? { stated: 'open-ended', pay: open } : { stated: 'none' };
}

const byTree = new WeakMap<Root, JobFacts>();

/** The facts of a job post; read once per tree. */
export function jobFacts(tree: Root, source: string): JobFacts {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = timedReading(tree, 'job facts', () => readFacts(tree, source))));
  return found;
}

interface Unit extends Span {
  text: string;
  /** The field's label, normalised (`salary`, `work location`), when the unit is `Label: value`. */
  label?: string;
  /** Where the value after the label starts. */
  valueStart: number;
  /** The title of the section it stands in, normalised. */
  section?: string;
  from: FactSource;
}

const normalLabel = (text: string) =>
  text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const labelSets = Object.fromEntries(Object.entries(labels).map(([k, list]) => [k, new Set(list)])) as Record<keyof typeof labels, Set<string>>;
const payLabelWord = /\b(?:salary|salaries|pay|compensation|remuneration|wage|wages|stipend|rate|gehalt|vergütung|entgelt|salaire|rémunération|salario|sueldo|retribución)\b/u;
const isPayLabel = (label: string | undefined) => label !== undefined && (labelSets.pay.has(label) || (payLabelWord.test(label) && label.split(' ').length <= 5 && !labelSets.benefits.has(label)));
const isLabel = (kind: 'location' | 'employment' | 'closes' | 'benefits', label: string | undefined) =>
  label !== undefined && (labelSets[kind].has(label) || (kind !== 'location' && kind !== 'employment' && [...labelSets[kind]].some((l) => label.startsWith(`${l} `))));
/** `Label: value`, the label short and free of figures. */
const fieldLine = /^\s*(?:[-+•·▪◦●–]\s+|\d{1,3}[.)]\s+)?([\p{L}][\p{L}\p{N} &/'’().-]{0,40}?)\s*[:：](?=\s|$)/u;
const listMarker = /^\s*(?:[-+*•·▪◦●–]|\d{1,3}[.)])\s+/;
const breakLine = /^\s*(?:(?:[-=*_]\s*){3,})?$/;

const wordsRe = (list: readonly string[], flags = 'iu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(list)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, flags);
const benefitRe = wordsRe(benefitWords, 'giu');
const arrangementRes = (Object.entries(arrangements) as [Arrangement, readonly string[]][]).map(([a, list]) => [a, wordsRe(list)] as const);
/** In running text only the unmistakable forms (`remote sensing` is no arrangement). */
const bodyArrangementRes: (readonly [Arrangement, RegExp])[] = [
  ['remote', /\b(?:fully remote|100 ?% remote|remote[- ]first|remote (?:position|role|job|opportunity)|work remotely|work from home|remote-arbeit|komplett remote|télétravail complet|full remote|en remoto|100 ?% teletrabajo)\b/iu],
  ['hybrid', /\b(?:hybrid (?:role|position|work|working|model|schedule)|hybride?s? arbeiten|mode hybride|modelo híbrido|trabajo híbrido)\b/iu],
  ['on-site', /\b(?:on-?site (?:role|position|job)|in-office|office-based|fully on-?site|100 ?% on-?site|100 ?% presencial|en présentiel)\b/iu],
];
const employmentRes = Object.entries(employmentTypes).map(([type, list]) => [type, wordsRe(list)] as const);
/** In a title, only the words no job title is made of (`Contract Specialist` is a job, `Engineer (Contract)` a term). */
const titleEmployment = new Set(['contract', 'contractor', 'term', 'perm', 'stage', 'temporary', 'temporal']);
const titleEmploymentRes = Object.entries(employmentTypes).map(([type, list]) => [type, wordsRe(list.filter((w) => !titleEmployment.has(w)))] as const);
const vacancyRes = { future: wordsRe(vacancyStatements.future), existing: wordsRe(vacancyStatements.existing) };
/** A benefit named, anywhere in a text (not stepping through it, as benefitRe does). */
const benefitNamed = new RegExp(benefitRe.source, 'iu');
const benefitsWord = /\b(?:benefits?|perks?|avantages|leistungen|beneficios)\b/iu;
const placeRes = placeGroups.map((group) => ({
  group,
  names: wordsRe(group.names, 'gu'),
  abbreviations: group.abbreviations ? new RegExp(`,\\s*(${group.abbreviations.join('|')})(?![\\p{L}])`, 'gu') : undefined,
}));
const monthAlternatives = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
const datePatterns: readonly [RegExp, (m: RegExpExecArray) => [number, number, number] | undefined][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/u, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u, (m) => [+m[3]!, +m[2]!, +m[1]!]],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/u, (m) => (+m[1]! > 12 ? [+m[3]!, +m[2]!, +m[1]!] : [+m[3]!, +m[1]!, +m[2]!])],
  [new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(${monthAlternatives})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, 'iu'), (m) => [+m[3]!, months[m[2]!.toLowerCase()]!, +m[1]!]],
  [new RegExp(`(?<![\\p{L}])(${monthAlternatives})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), (m) => [+m[3]!, months[m[1]!.toLowerCase()]!, +m[2]!]],
];
/** A date without a year (`31 October`, `March 3`): read as text, never judged. */
const yearlessDate = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(?:${monthAlternatives})|(?:${monthAlternatives})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?![\\p{L}\\p{N}])`, 'iu');

/** The first date in a text: its ISO form where it has a year, and where it stands. */
export function readDate(text: string): (Span & { iso?: string }) | undefined {
  let best: (Span & { iso?: string }) | undefined;
  for (const [pattern, parts] of datePatterns) {
    const m = pattern.exec(text);
    if (!m || (best && best.start <= m.index)) continue;
    const ymd = parts(m);
    if (!ymd) continue;
    const [y, mo, d] = ymd;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    best = { start: m.index, end: m.index + m[0].length, iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  if (best) return best;
  const m = yearlessDate.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function readFacts(tree: Root, source: string): JobFacts {
  const shown = shownText(tree, source);
  const units = bodyUnits(tree, source, shown.text);
  const facts: JobFacts = { pay: [], grades: [], benefits: { stated: 'none' }, places: [], employment: [] };
  const front = frontmatterFacts(tree, source);

  // Where first: a bare `$` is the dollar of the place named.
  facts.title = chooseTitle(tree, source, front.title, frontmatterRegion(tree, source)?.end ?? 0);
  readWhere(facts, front, units);
  const dollar = facts.places.map((p) => placeGroups.find((g) => g.names.includes(p.name) || g.abbreviations?.includes(p.name))?.dollar).find(Boolean) ?? 'USD';

  // Pay: the frontmatter's fields, template includes, then the body's fields, sections and sentences.
  facts.pay.push(...front.pay(dollar));
  facts.grades.push(...front.grades);
  facts.pay.push(...templatePay(shown.withTemplates, dollar));
  readBodyPay(facts, units, source, shown.text, dollar, front.title !== undefined);
  const unpaid = front.unpaid ?? unpaidIn(units);
  if (unpaid) facts.unpaid = unpaid;
  const elsewhere = payElsewhereIn(units);
  if (elsewhere) facts.payElsewhere = elsewhere;

  facts.benefits = front.benefits ?? benefitsOf(tree, source, units);
  facts.employment = [...new Set([...front.employment, ...employmentOf(units, facts.title?.text)])];
  facts.closes = front.closes ?? closingOf(units);
  readOntarioStatements(facts, shown.text);
  return facts;
}

/** The location (a field, the frontmatter, a sentence), the places with a law it and the post name, the work arrangement. */
function readWhere(facts: JobFacts, front: FrontFacts, units: readonly Unit[]): void {
  const location = front.location ?? units.flatMap((u) => (isLabel('location', u.label) ? [{ text: u.text.slice(u.valueStart - u.start).trim(), start: u.valueStart, end: u.end }] : []))[0] ?? inlineLocation(units);
  if (location && location.text) facts.location = location;
  const placeTexts: (Span & { text: string })[] = [];
  if (facts.location?.start !== undefined) placeTexts.push({ text: facts.location.text, start: facts.location.start, end: facts.location.end! });
  else if (facts.location) placeTexts.push({ text: facts.location.text, start: 0, end: 0 });
  if (facts.title) placeTexts.push(facts.title);
  for (const u of units) {
    locationPhrase.lastIndex = 0;
    for (let m = locationPhrase.exec(u.text); m; m = locationPhrase.exec(u.text)) placeTexts.push({ text: m[1]!, start: u.start + m.index + m[0].length - m[1]!.length, end: u.start + m.index + m[0].length });
  }
  facts.places = readPlaces(placeTexts);
  facts.arrangement = arrangementOf(facts.location?.text ?? '', arrangementRes) ?? units.map((u) => arrangementOf(u.text, bodyArrangementRes)).find(Boolean);
}

/** Where the body says the work is unpaid: a pay field's value (`Compensation: gratis`), or a sentence. */
function unpaidIn(units: readonly Unit[]): Span | undefined {
  for (const unit of units) {
    const raw = unit.text.slice(unit.valueStart - unit.start);
    const value = raw.trimStart();
    if (isPayLabel(unit.label) && unpaidValue.test(value)) return { start: unit.valueStart + raw.length - value.length, end: unit.end };
    const m = unpaidSentence.exec(unit.text);
    if (m) return { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  }
  return undefined;
}

/** Where the body says the pay is stated in the advert the role is published with. */
function payElsewhereIn(units: readonly Unit[]): Span | undefined {
  for (const unit of units) {
    const m = payElsewhereSentence.exec(unit.text);
    if (m) return { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  }
  return undefined;
}

/** Pay and grades stated in the body's units (and a grade in the title), in document order. */
function readBodyPay(facts: JobFacts, units: readonly Unit[], source: string, shown: string, dollar: string, titleInFrontmatter: boolean): void {
  for (const unit of units) {
    const context = isPayLabel(unit.label) || isPayLabel(unit.section);
    const title = facts.title !== undefined && unit.start <= facts.title.start && facts.title.start < unit.end;
    for (const reading of readPay(unit.text, { context, title, dollar })) {
      const start = unit.start + reading.start;
      const end = unit.start + reading.end;
      facts.pay.push({ ...reading, start, end, text: source.slice(start, end), from: unit.from });
    }
    const grades = readGrades(unit.text, context, shown.slice(Math.max(0, unit.start - 120), unit.start));
    for (const grade of grades) {
      const upTo = /(?:\bbis|\bup to|jusqu['’]à|\bhasta)\s+(?:zur\s+|zu\s+)?(?:\p{L}+\s+)?$/iu.test(unit.text.slice(Math.max(0, grade.start - 24), grade.start));
      facts.grades.push({ ...grade, start: unit.start + grade.start, end: unit.start + grade.end, from: unit.from, ...(upTo ? { upTo } : {}) });
    }
    if (grades.length === 0) fieldGrade(facts, unit);
  }
  if (facts.title) {
    for (const grade of readGrades(facts.title.text, true)) {
      if (!facts.grades.some((g) => g.grade === grade.grade)) facts.grades.push({ ...grade, start: facts.title.start, end: facts.title.end, from: titleInFrontmatter ? 'frontmatter' : 'body' });
    }
  }
  // A level's code the post writes as an owner (`IC3's reputation`, `IC3 Director of Community`) is
  // its organisation's name, not the job's grade.
  facts.grades = facts.grades.filter((grade) => !ownerNamed(grade.grade, shown));
  facts.pay.sort((a, b) => a.start - b.start);
  facts.grades.sort((a, b) => a.start - b.start);
}

/** Whether the text writes a word with a possessive (`IC3's`, `IC3’s`). */
function ownerNamed(word: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** A grade as a form's field gives it: a word or two (`A`, `SCS1`, `Band 7`), not a sentence. */
const gradeValue = /^[\p{L}\p{N}][\p{L}\p{N}.+/ -]{0,11}$/u;

/**
 * A field of a form whose label names a grade or pay band (`PAYBAND: A`, `Pay grade: SCS1`,
 * `Band: 7`), a value of any scale: the post states its pay as a grade, as the frontmatter's keys do.
 */
function fieldGrade(facts: JobFacts, unit: Unit): void {
  const key = unit.label;
  if (key === undefined || !Object.hasOwn(gradeKeys, key)) return;
  const raw = unit.text.slice(unit.valueStart - unit.start);
  const value = raw.trim();
  if (!gradeValue.test(value)) return;
  const grade = gradeKeys[key]!(value);
  const start = unit.valueStart + raw.indexOf(value);
  if (grade) facts.grades.push({ grade, system: key === 'gs' ? 'General Schedule' : 'grade', start, end: start + value.length, from: unit.from });
}

/**
 * Ontario's statements, read once over the shown text (its offsets are the source's): the first
 * of each, a statement that it is not an existing vacancy before one that it is.
 */
function readOntarioStatements(facts: JobFacts, shown: string): void {
  for (const stated of ['future', 'existing'] as const) {
    const m = vacancyRes[stated].exec(shown);
    if (m) {
      facts.vacancy = { stated, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  const not = aiStatement.notUsed.exec(shown);
  const used = not ? undefined : aiStatement.used.exec(shown);
  const ai = not ?? used;
  if (ai) facts.aiScreening = { stated: not ? 'not-used' : 'used', start: ai.index, end: ai.index + ai[0].length };
}

/**
 * The body as units a reader takes in one go: a paragraph, a list item, a field (`**Salary:** …`,
 * a new unit even without a blank line before it), a heading, a table cell (labelled by its
 * column's header or its row's first cell).
 */
function bodyUnits(tree: Root, source: string, shown: string): Unit[] {
  const titles = outline(tree, source).titles.filter((t) => t.form !== 'frontmatter');
  const sectionAt = (offset: number) => {
    let lo = 0;
    let hi = titles.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (titles[mid]!.offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    const title = lo > 0 ? titles[lo - 1] : undefined;
    return title ? normalLabel(title.text) : undefined;
  };
  const { units, tables } = tableUnits(tree, shown, sectionAt);
  units.push(...lineUnits(source, shown, tables, sectionAt));
  return units.sort((a, b) => a.start - b.start);
}

/** Each table cell as a unit, labelled by its column's header or its row's first cell; and where the tables stand. */
function tableUnits(tree: Root, shown: string, sectionAt: (offset: number) => string | undefined): { units: Unit[]; tables: Span[] } {
  const index = treeIndex(tree);
  const units: Unit[] = [];
  const tables: Span[] = [];
  const known = (l: string | undefined) => l !== undefined && (isPayLabel(l) || isLabel('location', l) || isLabel('employment', l) || isLabel('closes', l) || isLabel('benefits', l));
  for (const at of index.of('table')) {
    const table = index.nodes[at] as Table;
    const p = table.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) continue;
    tables.push({ start: p.start.offset, end: p.end.offset });
    const header = (table.children[0]?.children ?? []).map((cell) => normalLabel(toString(cell)));
    table.children.forEach((row: TableRow, r) => {
      const first = row.children[0] ? normalLabel(toString(row.children[0])) : undefined;
      row.children.forEach((cell: TableCell, c) => {
        const cp = cell.position;
        if (cp?.start.offset === undefined || cp.end.offset === undefined) return;
        const headerLabel = r > 0 ? header[c] : undefined;
        const label = known(headerLabel) ? headerLabel : c > 0 && known(first) ? first : undefined;
        const text = shown.slice(cp.start.offset, cp.end.offset).replace(/\|/g, ' ');
        units.push({ start: cp.start.offset, end: cp.end.offset, text, valueStart: cp.start.offset, from: 'table', section: sectionAt(cp.start.offset), ...(label ? { label } : {}) });
      });
    });
  }
  return { units, tables: tables.sort((a, b) => a.start - b.start) };
}

/** The lines of `source` with their offsets, whichever line ending it uses (LF, CRLF or CR). */
function linesOf(source: string): { line: string; start: number; end: number }[] {
  const lines: { line: string; start: number; end: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(source); m; m = breaks.exec(source)) {
    lines.push({ line: source.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ line: source.slice(start), start, end: source.length });
  return lines;
}

/** The lines outside tables as units: a paragraph, a list item, a field (a new unit even without a blank line before it), a heading. */
function lineUnits(source: string, shown: string, tables: readonly Span[], sectionAt: (offset: number) => string | undefined): Unit[] {
  const units: Unit[] = [];
  let current: { start: number; end: number } | undefined;
  const close = () => {
    if (!current) return;
    const text = shown.slice(current.start, current.end);
    if (/[\p{L}\p{N}]/u.test(text)) {
      const field = fieldLine.exec(text);
      const label = field ? normalLabel(field[1]!) : undefined;
      units.push({
        start: current.start,
        end: current.end,
        text,
        valueStart: field ? current.start + field[0].length : current.start,
        from: 'body',
        section: sectionAt(current.start),
        ...(label && label.split(' ').length <= 6 ? { label } : {}),
      });
    }
    current = undefined;
  };
  let table = 0;
  for (const { line, start, end } of linesOf(source)) {
    while (table < tables.length && tables[table]!.end <= start) table++;
    const shownLine = shown.slice(start, end);
    if ((table < tables.length && tables[table]!.start <= start) || breakLine.test(shownLine)) {
      close();
      continue;
    }
    const opens = listMarker.test(line) || /^\s*(?:#|>|<(?!\/)|\|)/.test(line) || fieldLine.test(shownLine) || /<br\s*\/?>\s*$/i.test(source.slice(Math.max(0, start - 8), start - 1));
    const heading = /^\s*#/.test(line);
    if (opens || heading) close();
    current = current ? { start: current.start, end } : { start, end };
    if (heading) close();
  }
  close();
  return units;
}

function arrangementOf(text: string, res: readonly (readonly [Arrangement, RegExp])[]): Arrangement | undefined {
  let best: { arrangement: Arrangement; at: number } | undefined;
  for (const [arrangement, re] of res) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { arrangement, at: m.index };
  }
  return best?.arrangement;
}

/** What a location named in running text holds: a name, or a home, an office or a workplace. */
const placeLike = /\p{Lu}|\b(?:home|homes|anywhere|wherever|office|offices|remote|remotely)\b/u;

/** A location named in running text (`based in Denver`, `sonst Dienstort Münster`), where no field gives one. */
function inlineLocation(units: readonly Unit[]): (Span & { text: string }) | undefined {
  for (const u of units) {
    locationPhrase.lastIndex = 0;
    const m = locationPhrase.exec(u.text);
    if (!m) continue;
    // The place, not the rest of its sentence: `San Francisco` of `based entirely in San Francisco and it is …`.
    const place = m[1]!.split(/,|\s(?:and|or|where|with|to|for|who|which|und|oder|sonst|et|ou|y|o)\s/u)[0]!.trim();
    // A place is named (`the UK`, `Madrid`) or is a home or an office: `work from the very beginning of the project` names none.
    if (!placeLike.test(place)) continue;
    const start = u.start + m.index + m[0].length - m[1]!.length;
    return { text: place, start, end: start + place.length };
  }
  return undefined;
}

function readPlaces(texts: readonly (Span & { text: string })[]): PlaceFact[] {
  const found: PlaceFact[] = [];
  for (const { text, start } of texts) {
    for (const { group, names, abbreviations } of placeRes) {
      for (const re of [names, abbreviations]) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const name = m[1] ?? m[0];
          const at = start + m.index + m[0].length - name.length;
          if (found.some((f) => f.name === name || (f.start <= at && at < f.end && f.end > f.start))) continue;
          found.push({ name, jurisdictions: group.jurisdictions, start: at, end: at + name.length });
        }
      }
    }
  }
  return found;
}

/** Pay carried by a template include or shortcode: `{% include job/salary_range.html min="$141,022" max="$201,720" %}`. */
function templatePay(text: string, dollar: string): PayFact[] {
  const found: PayFact[] = [];
  const tag = /\{%-?\s*include\s+[^%]*?(?:salary|pay|compensation|wage)[^%]*%\}|\{\{<\s*[\w/-]*(?:salary|pay|compensation|wage)[^>]*>\}\}/giu;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const attribute = (name: RegExp) => new RegExp(`\\b${name.source}\\s*=\\s*["']([^"']*)["']`, 'iu').exec(m![0])?.[1]?.trim();
    const min = attribute(/(?:min|minimum|from|low)/);
    const max = attribute(/(?:max|maximum|to|high)/);
    const reading = pairOfFigures(min, max, dollar);
    if (reading) found.push({ ...reading, start: m.index, end: m.index + m[0].length, text: m[0], from: 'template' });
  }
  return found;
}

/** A range, an amount or an open end from a minimum and a maximum written apart (`$ 143,736`, `191900`). */
function pairOfFigures(min: string | undefined, max: string | undefined, dollar: string, currency?: string, period?: PayPeriod): Omit<PayReading, 'start' | 'end'> | undefined {
  const value = (text: string | undefined) => (text ? readPay(text, { context: true, dollar })[0] : undefined);
  const low = value(min);
  const high = value(max);
  const lo = low?.min ?? low?.max;
  const hi = high?.max ?? high?.min;
  if (lo === undefined && hi === undefined) return undefined;
  const cur = currency ?? low?.currency ?? high?.currency;
  const per = period ?? low?.period ?? high?.period;
  const inferred = !period && (low?.periodInferred ?? high?.periodInferred);
  const shape: Omit<PayReading, 'start' | 'end'> =
    lo !== undefined && hi !== undefined ? { form: lo === hi ? 'amount' : 'range', min: lo, max: hi } : lo !== undefined ? { form: 'open', open: 'from', min: lo } : { form: 'open', open: 'up-to', max: hi! };
  return { ...shape, ...(cur ? { currency: cur } : {}), ...(per ? { period: per } : {}), ...(inferred ? { periodInferred: true } : {}) };
}

interface FrontFacts {
  title?: Span & { text: string };
  pay: (dollar: string) => PayFact[];
  grades: GradeFact[];
  location?: Partial<Span> & { text: string };
  employment: string[];
  closes?: Span & { text: string; date?: string };
  benefits?: Partial<Span> & { stated: BenefitsStated };
  unpaid?: Span;
}

const normalKey = (key: string) => key.toLowerCase().replace(/[_-]+/g, ' ').trim();
const scalar = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
const periods: Readonly<Record<string, PayPeriod>> = { year: 'year', yearly: 'year', annual: 'year', annually: 'year', month: 'month', monthly: 'month', week: 'week', weekly: 'week', day: 'day', daily: 'day', hour: 'hour', hourly: 'hour' };

/** The facts the frontmatter's fields state, each placed at its key's line. */
function frontmatterFacts(tree: Root, source: string): FrontFacts {
  const facts: FrontFacts = { pay: () => [], grades: [], employment: [] };
  const region = frontmatterRegion(tree, source);
  if (!region) return facts;
  const { data, content } = region;
  const block = source.slice(content, region.end);
  const place = (key: string): Span => {
    const pattern = new RegExp(`^"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*[:=]`, 'm');
    const m = pattern.exec(block);
    if (!m) return { start: content, end: content };
    const lineEnd = block.slice(m.index).search(/\r|\n/);
    return { start: content + m.index, end: content + (lineEnd < 0 ? block.length : m.index + lineEnd) };
  };
  const pay: FrontPay = { ends: {}, values: [], prose: [] };
  // schema.org's MonetaryAmount written out at the top (`currency: yen`, `value: 4 to 8 million
  // yen`, `unitText: YEAR`): beside a currency, a value is the pay.
  const monetary = Object.keys(data).some((key) => factKeys.currency.test(normalKey(key)));
  for (const [key, value] of Object.entries(data)) frontmatterField(facts, pay, key, value, place, monetary);
  facts.pay = (dollar) => frontmatterPay(pay, dollar, source, place);
  return facts;
}

/** What the frontmatter says of pay, read once the currency of a bare `$` is known. */
interface FrontPay {
  currency?: string;
  period?: PayPeriod;
  ends: { min?: { text: string; key: string }; max?: { text: string; key: string } };
  values: { key: string; value: unknown }[];
  /** Sentences of prose keys (`tagline: Package - Up to &pound;50,000 d.o.e`), read as the body's running text is. */
  prose: { key: string; text: string }[];
}

/** schema.org's MonetaryAmount keys (normalised), read as pay beside a currency key. */
const monetaryValue = /^(?:value|min ?value|max ?value)$/;

/** One field of the frontmatter, by what its key names: title, pay, grade, location, employment, closing date, benefits. */
function frontmatterField(facts: FrontFacts, pay: FrontPay, key: string, value: unknown, place: (key: string) => Span, monetary: boolean): void {
  const k = monetary && monetaryValue.test(normalKey(key)) ? `pay ${normalKey(key).replace(/value$/, '')}`.trim() : normalKey(key);
  const text = scalar(value);
  if (k === 'title' && text) facts.title = { text, ...place(key) };
  else if (factKeys.currency.test(k) && text) pay.currency = currencyWords[text.trim().toLowerCase()] ?? currencySymbols[text.trim()] ?? text.toUpperCase();
  else if (factKeys.period.test(k) && text) pay.period = Object.hasOwn(periods, text.toLowerCase()) ? periods[text.toLowerCase()] : undefined;
  else if (Object.hasOwn(gradeKeys, k) && text) {
    const grade = gradeKeys[k]!(text);
    if (grade) facts.grades.push({ grade, system: k === 'gs' ? 'General Schedule' : 'grade', from: 'frontmatter', ...place(key) });
  } else if (factKeys.pay.test(k)) {
    if (text !== undefined && unpaidValue.test(text)) facts.unpaid ??= place(key);
    // A grade of a published scale as the pay's value (`statement-of-payment: E 13 TVöD`).
    if (text !== undefined) for (const { grade, system } of readGrades(text)) facts.grades.push({ grade, system, from: 'frontmatter', ...place(key) });
    if (factKeys.payMin.test(k) && text !== undefined) pay.ends.min = { text, key };
    else if (factKeys.payMax.test(k) && text !== undefined) pay.ends.max = { text, key };
    else pay.values.push({ key, value });
  } else if (factKeys.location.test(k)) {
    const where = Array.isArray(value) ? value.map(scalar).filter(Boolean).join('; ') : text;
    if (where) facts.location = { text: where, ...place(key) };
  } else if (factKeys.employment.test(k)) {
    const where = Array.isArray(value) ? value.map(scalar).filter(Boolean).join(' ') : text;
    if (where) facts.employment.push(...typesIn(where, employmentRes));
  } else if (factKeys.closes.test(k) && text) {
    const date = readDate(text);
    facts.closes = { text, ...place(key), ...(date?.iso ? { date: date.iso } : {}) };
  } else if (factKeys.benefits.test(k) && value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
    facts.benefits = { stated: 'described', ...place(key) };
  } else if (factKeys.prose.test(k) && text) {
    // The site shows it as HTML: its character references (`&pound;`) are the characters.
    pay.prose.push({ key, text: decodeString(text) });
  }
}

/** The pay of the frontmatter's fields: a minimum and a maximum apart, schema.org's `baseSalary`, or a value to read as text. */
function frontmatterPay({ currency, period, ends, values, prose }: FrontPay, dollar: string, source: string, place: (key: string) => Span): PayFact[] {
  const found: PayFact[] = [];
  for (const { key, text } of prose) {
    const span = place(key);
    // As running text: an amount counts beside a word of pay or a currency, not a bare number.
    for (const reading of readPay(text, { dollar })) found.push({ ...reading, ...span, text: source.slice(span.start, span.end), from: 'frontmatter' });
  }
  if (ends.min || ends.max) {
    const reading = pairOfFigures(ends.min?.text, ends.max?.text, dollar, currency, period);
    const span = place((ends.min ?? ends.max)!.key);
    if (reading) found.push({ ...reading, ...span, text: source.slice(span.start, span.end), from: 'frontmatter' });
  }
  for (const { key, value } of values) {
    const span = place(key);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      // schema.org's JobPosting `baseSalary`, and `salary: {min, max, currency, period}`.
      const object = value as Record<string, unknown>;
      const inner = (object.value && typeof object.value === 'object' ? object.value : object) as Record<string, unknown>;
      const pick = (...names: string[]) => names.map((n) => scalar(inner[n] ?? object[n])).find((v) => v !== undefined);
      const cur = pick('currency', 'currencyCode')?.toUpperCase() ?? currency;
      const per = periods[(pick('unitText', 'unit', 'period') ?? '').toLowerCase()] ?? period;
      const single = pick('value', 'amount');
      const reading = pairOfFigures(pick('minValue', 'min', 'minimum', 'from') ?? single, pick('maxValue', 'max', 'maximum', 'to') ?? single, dollar, cur, per);
      if (reading) found.push({ ...reading, ...span, text: source.slice(span.start, span.end), from: 'frontmatter' });
      continue;
    }
    const text = scalar(value);
    if (!text) continue;
    for (const reading of readPay(text, { context: true, dollar })) {
      found.push({
        ...reading,
        ...(currency && !reading.currency ? { currency } : {}),
        ...(period ? { period, periodInferred: undefined } : {}),
        ...span,
        text: source.slice(span.start, span.end),
        from: 'frontmatter',
      });
    }
  }
  return found.map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as PayFact);
}

/** The post's title: its first heading that names a job, else its first top-level heading, else the frontmatter's title. */
function chooseTitle(tree: Root, source: string, front: (Span & { text: string }) | undefined, bodyStart: number): (Span & { text: string }) | undefined {
  const index = treeIndex(tree);
  const headings = index.of('heading').map((at) => index.nodes[at] as { depth: number; position?: { start: { offset?: number }; end: { offset?: number } } });
  const texts = headings
    .filter((h) => h.depth <= 2 && h.position?.start.offset !== undefined && h.position.start.offset >= bodyStart)
    .map((h) => ({ text: toString(h as never).trim(), start: h.position!.start.offset!, end: h.position!.end.offset!, depth: h.depth }))
    .filter((h) => h.text !== '' && !isLinkOnly(source.slice(h.start, h.end)));
  const job = texts.find((h) => jobTitle.test(h.text) || germanJobNouns.test(h.text));
  if (job) return { text: job.text, start: job.start, end: job.end };
  const top = texts.find((h) => h.depth === 1);
  if (top) return { text: top.text, start: top.start, end: top.end };
  return front ?? (texts[0] ? { text: texts[0].text, start: texts[0].start, end: texts[0].end } : undefined);
}

/** A heading that is a link alone (`### [Perks](../perks-section.md)`): an included section, not a title. */
function isLinkOnly(markdown: string): boolean {
  return /^\s*#*\s*\[[^\]]*\]\([^)]*\)\s*#*\s*$/.test(markdown);
}

function typesIn(text: string, res: readonly (readonly [string, RegExp])[]): string[] {
  return res.filter(([, re]) => re.test(text)).map(([type]) => type);
}

function employmentOf(units: readonly Unit[], title: string | undefined): string[] {
  const found: string[] = [];
  for (const u of units) if (isLabel('employment', u.label)) found.push(...typesIn(u.text.slice(u.valueStart - u.start), employmentRes));
  if (title) found.push(...typesIn(title, titleEmploymentRes));
  return found;
}

function closingOf(units: readonly Unit[]): (Span & { text: string; date?: string }) | undefined {
  for (const u of units) {
    let from: number | undefined;
    // Where the phrase starts: its own words may say the post stays open (`open until filled`).
    let phrase: number | undefined;
    if (isLabel('closes', u.label)) from = phrase = u.valueStart - u.start;
    else {
      closingPhrase.lastIndex = 0;
      const m = closingPhrase.exec(u.text);
      if (m) {
        from = m.index + m[0].length;
        phrase = m.index;
      }
    }
    if (from === undefined || phrase === undefined) continue;
    const rest = u.text.slice(from, from + 80);
    const date = readDate(rest);
    if (date) return { text: rest.slice(date.start, date.end), start: u.start + from + date.start, end: u.start + from + date.end, ...(date.iso ? { date: date.iso } : {}) };
    const open = untilFilled.exec(u.text.slice(phrase, from + 80));
    if (open) return { text: open[0], start: u.start + phrase + open.index, end: u.start + phrase + open.index + open[0].length };
  }
  return undefined;
}

/**
 * Whether the post describes its benefits: a section of them with something in it, or a benefit
 * named (`health insurance`, `401(k)`, `Urlaubstage`); else whether it links to them, or praises
 * them without a word of what they are (`great benefits`).
 */
function benefitsOf(tree: Root, source: string, units: readonly Unit[]): Partial<Span> & { stated: BenefitsStated } {
  const titles = outline(tree, source).titles.filter((t) => t.form !== 'frontmatter');
  // A section of benefits describes them when it names one, lists two or more, or says more than
  // praise (`We offer great benefits.` is a section that describes nothing).
  const section = units.filter((unit) => {
    if (!isLabel('benefits', unit.section) && !isLabel('benefits', unit.label)) return false;
    const isTitle = titles.some((t) => t.offset >= unit.start && t.offset < unit.end && normalLabel(t.text) === normalLabel(unit.text));
    return !isTitle;
  });
  const content = section.map((u) => (u.label && isLabel('benefits', u.label) ? u.text.slice(u.valueStart - u.start) : u.text)).filter((t) => t.trim().split(/\s+/).length >= 2);
  if (content.length > 0) {
    const praise = content.every((t) => vagueBenefits.test(t) && !benefitNamed.test(t));
    if (!praise || content.length >= 2) return { stated: 'described', start: section[0]!.start, end: section[0]!.end };
  }
  for (const unit of units) {
    benefitRe.lastIndex = 0;
    for (let m = benefitRe.exec(unit.text); m; m = benefitRe.exec(unit.text)) {
      // A proper name is no benefit: `Health Insurance Portability and Accountability Act`.
      if (/^\p{Lu}/u.test(m[0]) && /^\s+(?:and\s+)?\p{Lu}/u.test(unit.text.slice(m.index + m[0].length))) continue;
      return { stated: 'described', start: unit.start + m.index, end: unit.start + m.index + m[0].length };
    }
  }
  for (const unit of units) {
    const m = benefitsWord.exec(unit.text);
    if (m && source.slice(unit.start, unit.end).includes('](')) return { stated: 'linked', start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  }
  for (const unit of units) {
    const m = vagueBenefits.exec(unit.text);
    if (m) return { stated: 'vague', start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  }
  return { stated: 'none' };
}

/** The facts as reports show them: plain data, lines for offsets, whether the closing date has passed as of `today` (`YYYY-MM-DD`). */
export function reportFacts(facts: JobFacts, source: string, today?: string): JobFactsReport {
  const lines = linesOf(source).map((l) => l.start);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const best = payStatement(facts);
  const payReport = (p: PayFact): PayReport => ({
    form: p.form === 'open' ? 'open-ended' : p.form,
    ...(p.min !== undefined ? { min: p.min } : {}),
    ...(p.max !== undefined ? { max: p.max } : {}),
    ...(p.currency ? { currency: p.currency } : {}),
    ...(p.period ? { period: p.period } : {}),
    ...(p.periodInferred ? { periodInferred: true } : {}),
    ...(p.open ? { open: p.open } : {}),
    text: p.text.replace(/\s+/g, ' ').trim(),
    from: p.from,
    line: lineOf(p.start),
  });
  return {
    ...(facts.title ? { title: facts.title.text } : {}),
    pay: best.stated,
    ...(best.pay ? { bestPay: payReport(best.pay) } : {}),
    payMentions: facts.pay.map(payReport),
    grades: facts.grades.map((g) => ({ grade: g.grade, system: g.system, ...(g.upTo ? { upTo: true } : {}), from: g.from, line: lineOf(g.start) })),
    benefits: facts.benefits.stated,
    ...(facts.location ? { location: facts.location.text.replace(/\s+/g, ' ').trim() } : {}),
    ...(facts.arrangement ? { arrangement: facts.arrangement } : {}),
    places: facts.places.map((p) => ({ name: p.name, jurisdictions: [...p.jurisdictions] })),
    employment: facts.employment,
    ...(facts.closes
      ? { closes: { text: facts.closes.text, ...(facts.closes.date ? { date: facts.closes.date } : {}), ...(facts.closes.date && today ? { passed: facts.closes.date < today } : {}), line: lineOf(facts.closes.start) } }
      : {}),
    ...(facts.vacancy ? { vacancy: facts.vacancy.stated } : {}),
    ...(facts.aiScreening ? { aiScreening: facts.aiScreening.stated } : {}),
  };
}
