/**
 * Reads pay out of a piece of text as job posts write it: an amount or a range with its currency
 * and period (`$120,000–$150,000`, `$120k - 150k`, `£45,000 to £55,000 per annum`,
 * `€60.000–€75.000`, `CAD 95,000-110,000`, `49-53,000 Euros`, `1.200 €/mes`, `$45/hr`), open-ended
 * pay (`up to`, `from`, `and up`, `+`, `DOE`, `competitive`) and grades (`GS-13`, `IT-04`).
 * Numbers are read in English and continental writing alike (`60.000`, `60 000`, `45,50`): a
 * separator before three digits groups thousands, one before one or two is the decimal point.
 * An amount counts as pay only where the text is about pay (a pay word, a stated period, or a pay
 * label the caller names), and not in the clause of a bonus, a budget or a pay system's cap.
 */
import { currencyCodes, currencySymbols, currencyWords, thousandsCurrency } from './currencies.data.js';
import { gradeCue, gradePatterns } from './pay-grades.data.js';
import { hourlyBelow, periodsAfter, periodsBefore, yearlyFrom, type PayPeriod } from './pay-periods.data.js';
import { matchesOf } from '../core/matches.js';
import { andUpWords, besidePayAlone, fromWords, payByExperience, notPayWords, paidBenefits, pairedRangeWords, payWords, rangeWords, unstatedPay, upToWords } from './job-facts.data.js';

export type { PayPeriod } from './pay-periods.data.js';

export type OpenEnd = 'up-to' | 'from' | 'and-up' | 'unstated';

export interface PayReading {
  /** A range (a minimum and a maximum), one amount, or open-ended pay (one end, or none: `DOE`). */
  form: 'range' | 'amount' | 'open';
  min?: number;
  max?: number;
  /** ISO 4217 code. */
  currency?: string;
  period?: PayPeriod;
  /** The period is not written but read from the amount's size. */
  periodInferred?: boolean;
  open?: OpenEnd;
  /** Where it stands in the text read (offsets). */
  start: number;
  end: number;
}

export interface PayOptions {
  /** The text is under a pay label, title or key: bare figures (`120,000 - 150,000`) and `competitive` count. */
  context?: boolean;
  /**
   * The text is a job post's title (`Analytics Engineer | London | £85,000 - £90,000`): a figure
   * with its currency is pay there without a pay word, as a board's listing puts it; a bare figure
   * (`Engineer 2026`) still is not.
   */
  title?: boolean;
  /** The currency of a bare `$` (default US dollars). */
  dollar?: string;
}

export interface GradeReading {
  grade: string;
  system: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A period after a slash may be written with a space after it (`$15 / hour`), as a space before it is (filler).
const alternatives = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map((s) => (s.startsWith('/') ? `\\/[ \\t]?${escape(s.slice(1))}` : escape(s))).join('|');
/** A phrase as a whole word: letters may not stand right before or after it. */
const wordRe = (list: readonly string[], flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(list)})(?![\\p{L}\\p{N}])`, flags);

const symbols = alternatives(Object.keys(currencySymbols));
const codes = currencyCodes.join('|');
/**
 * The space between an amount and its currency or its groups of digits: one white-space character,
 * or the no-break spaces a character reference leaves in the shown text (shown-text.ts: `2&nbsp;203,95&nbsp;€`).
 */
const space = '(?:\\u00a0{1,8}|\\s)';
/** A currency written before an amount, at the end of the text before it. */
const currencyBefore = new RegExp(`(?:(${symbols})|(?<![\\p{L}])(${codes}))${space}?$`, 'u');
/** A currency written after an amount (and its magnitude). */
const currencyAfter = new RegExp(`^${space}?(?:(${alternatives([...Object.keys(thousandsCurrency)])})|(${symbols})|(${codes})(?![\\p{L}])|(${alternatives(Object.keys(currencyWords))})(?![\\p{L}]))`, 'iu');
/**
 * Thousands (`k`, `mil`, `Tsd.`; a `k` run into a currency's code, `25KMXN`, `60kUSD`), millions,
 * or lakhs (a hundred thousand rupees: `6 lakhs`, the `L` of `4.5-6 LPA`, lakhs per annum, its `PA`
 * read as the period) after a figure.
 */
const magnitude = new RegExp(`^\\s?(?:(?:([kK])|(mil|thousand|tausend|Tsd\\.?)|(M|Mio\\.?|million|millions)|(lakhs?|lacs?))(?![\\p{L}])|(L)(?=PA(?![\\p{L}]))|[kK](?=(?:${codes})(?![\\p{L}])))`, 'u');
/**
 * A figure: digits grouped by `,` `.` `'` or a space before each three, with a decimal part of one
 * or two digits, or plain digits. Not inside a word or code (`E13`, `GS-15`, `v2.0`), a date or a time;
 * after a magnitude it may be (`120k-150k`).
 */
const figure = /(?<![\p{L}\p{N}.,'’\/])(?<!(?<!\d)\p{L}[-–])(?<!\d:)(\d{1,3}(?:(?:[,.'’]|(?:[ \u202f\u2009]|\u00a0{1,8})(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?)/gu;

const payCue = wordRe(payWords);
const experienceCue = wordRe(payByExperience);
const notPay = new RegExp(`(?<![\\p{L}])(?:${alternatives(notPayWords)})(?![\\p{L}])`, 'giu');
const unstated = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(unstatedPay)})(?![\\p{L}\\p{N}])`, 'giu');
/** Before an amount, a word for one end, perhaps with what it is of: `up to`, `minimum salary of`, `ab`. */
const endBefore = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives(list)})(?:\\s+(?:annual\\s+|base\\s+)?(?:salary|pay|rate|compensation|wage))?\\s*(?:of|is|:|-|–)?\\s*$`, 'iu');
const upTo = endBefore(upToWords);
const from = endBefore(fromWords);
const andUp = new RegExp(`^\\s*(?:${alternatives(andUpWords)})(?=\\s*(?:$|[.,;:)!\\n(]|doe\\b|depending\\b))`, 'iu');
const rangeWord = new RegExp(`^(?:${alternatives(rangeWords)}|${alternatives(Object.keys(pairedRangeWords))})$`, 'iu');

/** Filler between an amount and its period: `gross`, `brut`, `base`, brackets. */
const filler = '[\\s,()*:]*(?:(?:gross|brut|brute|brutto|bruto|brutos|base|salary|before tax|ote|total)[\\s,()]*)*';
const periodAfterRes = (Object.entries(periodsAfter) as [PayPeriod, readonly string[]][]).map(
  ([period, list]) => [period, new RegExp(`^${filler}(?:${alternatives(list)})(?![\\p{L}])`, 'iu')] as const,
);
const periodBeforeRes = (Object.entries(periodsBefore) as [PayPeriod, readonly string[]][]).map(([period, list]) => [period, wordRe(list, 'giu')] as const);
const periodAnyRes = (Object.keys(periodsAfter) as PayPeriod[]).map((period) => [period, wordRe([...periodsAfter[period], ...periodsBefore[period]])] as const);
/** Right after an amount: `/hr`, ` an hour`, so the next amount of a range can be found past it. */
const perUnit = new RegExp(`^\\s?(?:${alternatives(Object.values(periodsAfter).flat().filter((p) => p.startsWith('/') || /^(?:per|an?|p\.a\.|pa)\b/.test(p)))})(?![\\p{L}])`, 'iu');

interface Amount {
  start: number;
  end: number;
  value: number;
  currency?: string;
  /** A magnitude was written (`k`, `mil`): its factor. */
  factor: number;
  /** Thousands separators were written (`53,000`). */
  grouped: boolean;
  /** No currency and no magnitude: a bare figure. */
  bare: boolean;
}

/** A figure as a number: `120,000` and `120.000` are 120000, `45,50` and `45.50` are 45.5. */
export function parseFigure(text: string): number {
  const digits = text.replace(/[ \u00a0\u202f\u2009'’]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimal = -1;
  if (lastDot >= 0 && lastComma >= 0) decimal = Math.max(lastDot, lastComma);
  else {
    const at = Math.max(lastDot, lastComma);
    // One separator kind: before exactly three digits it groups thousands (pay has no third decimal).
    if (at >= 0 && digits.length - at - 1 !== 3) decimal = at;
  }
  const whole = (decimal >= 0 ? digits.slice(0, decimal) : digits).replace(/[.,]/g, '');
  const fraction = decimal >= 0 ? digits.slice(decimal + 1) : '';
  return Number(`${whole}${fraction ? `.${fraction}` : ''}`);
}

function amountsIn(text: string, dollar: string): Amount[] {
  const found: Amount[] = [];
  figure.lastIndex = 0;
  for (let m = figure.exec(text); m; m = figure.exec(text)) {
    const digits = m[1]!;
    let start = m.index;
    let end = start + digits.length;
    let currency: string | undefined;
    let factor = 1;
    const before = currencyBefore.exec(text.slice(Math.max(0, start - 14), start));
    if (before) {
      currency = before[1] ? currencySymbols[before[1]] : before[2];
      if (before[1] === '$') currency = dollar;
      start -= before[0].length;
    }
    const mag = magnitude.exec(text.slice(end, end + 12));
    if (mag) {
      const lakhs = mag[4] !== undefined || mag[5] !== undefined;
      factor = lakhs ? 1e5 : mag[3] ? 1e6 : 1000;
      // Lakhs are counted in rupees.
      if (lakhs) currency ??= 'INR';
      end += mag[0].length;
    }
    const after = currencyAfter.exec(text.slice(end, end + 24));
    if (after) {
      if (after[1]) {
        factor = 1000;
        currency ??= thousandsCurrency[after[1]];
      } else if (after[2]) currency ??= after[2] === '$' ? dollar : currencySymbols[after[2]];
      else if (after[3]) currency ??= after[3].toUpperCase();
      else currency ??= currencyWords[after[4]!.toLowerCase()];
      end += after[0].length;
    }
    const next = text.charAt(end);
    // `10%`, `15th`, `3am`: a share, an ordinal or a time, not money.
    if (next === '%' || (!after && !mag && /[\p{L}\p{N}]/u.test(next))) continue;
    const bare = !currency && factor === 1;
    // A bare year, or a figure with a leading zero (a phone number, an id), is no amount.
    if (bare && (/^(?:19|20)\d\d$/.test(digits) || /^0\d/.test(digits))) continue;
    const value = parseFigure(digits) * factor;
    if (!(value > 0)) continue;
    found.push({ start, end, value, currency, factor, grouped: /\d(?:[,.'’ \u202f\u2009]|\u00a0{1,8})\d{3}/.test(digits), bare });
  }
  return found;
}

/** Two amounts that make a range: a range word between them (`-`, `to`, `bis`), or `between … and`. */
function pairs(text: string, a: Amount, b: Amount): boolean {
  let between = text.slice(a.end, b.start);
  const unit = perUnit.exec(between);
  if (unit) between = between.slice(unit[0].length);
  const word = between.trim().toLowerCase();
  if (!rangeWord.test(word)) return false;
  const openers = pairedRangeWords[word];
  if (!openers) return true;
  const lead = text.slice(Math.max(0, a.start - 16), a.start).toLowerCase();
  return openers.some((o) => new RegExp(`(?<![\\p{L}])${escape(o)}\\s*$`, 'u').test(lead));
}

/** The two ends of a range with what one writes for both: `$120-150k`, `49-53,000 Euros`, `USD 100,000 - 120,000`. */
function joinRange(a: Amount, b: Amount): { min: number; max: number; currency?: string } | undefined {
  let min = a.value;
  let max = b.value;
  if (b.factor > 1 && a.factor === 1 && min * b.factor <= max) min *= b.factor;
  else if (a.factor > 1 && b.factor === 1 && max < min) max *= a.factor;
  else if (a.factor === 1 && b.factor === 1 && !a.grouped && b.grouped && min < 1000 && min * 1000 <= max && min * 1000 * 10 >= max) min *= 1000;
  if (a.currency && b.currency && a.currency !== b.currency) return undefined;
  if (!(min <= max) || max > min * 20) return undefined;
  return { min, max, currency: a.currency ?? b.currency };
}

/** The period written after `end`, before `start`, or once anywhere in the text; else read from the size. */
function periodOf(text: string, start: number, end: number, amount: number, currency: string | undefined): { period?: PayPeriod; periodInferred?: boolean; stated: boolean } {
  const after = text.slice(end, end + 40);
  for (const [period, re] of periodAfterRes) if (re.test(after)) return { period, stated: true };
  const lead = text.slice(Math.max(0, start - 48), start);
  let best: { period: PayPeriod; at: number } | undefined;
  for (const [period, re] of periodBeforeRes) {
    re.lastIndex = 0;
    for (let m = re.exec(lead); m; m = re.exec(lead)) {
      if (/\d/.test(lead.slice(m.index + m[0].length))) continue;
      if (!best || m.index > best.at) best = { period, at: m.index };
    }
  }
  if (best) return { period: best.period, stated: true };
  const anywhere = periodAnyRes.filter(([, re]) => re.test(text)).map(([p]) => p);
  if (anywhere.length === 1) return { period: anywhere[0], stated: true };
  if (currency === 'JPY' || currency === 'INR') return { stated: false };
  if (amount >= yearlyFrom) return { period: 'year', periodInferred: true, stated: false };
  if (amount < hourlyBelow) return { period: 'hour', periodInferred: true, stated: false };
  return { stated: false };
}

const payCues = new RegExp(payCue.source, 'giu');

/** Where the clause holding `at` starts: after the last `;`, `!`, `?`, `|`, `•`, line break, `. ` or `, ` before it. */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // ; ! ? | • \n
    if (c === 59 || c === 33 || c === 63 || c === 124 || c === 0x2022 || c === 10) return i + 1;
    // `. ` and `, ` (the space is part of the boundary)
    if ((c === 46 || c === 44) && i + 1 < at && /\s/.test(text.charAt(i + 1))) return c === 44 ? i + 2 : i + 1;
  }
  return 0;
}

/** The text from `end` to the end of its sentence (a full stop and a space, or a line break). */
function sentenceAfter(text: string, end: number): string {
  const stop = text.slice(end).search(/\.\s|\n/);
  return text.slice(end, stop < 0 ? text.length : end + stop);
}

/** Whether a word of `notPayWords` in the amount's clause, nearer than any pay word, makes it something else. */
function excluded(text: string, start: number, end: number): boolean {
  // Set by experience, in the sentence after it: pay, whatever its clause calls it.
  if (experienceCue.test(sentenceAfter(text, end))) return false;
  const lead = text.slice(clauseStart(text, start), start);
  let lastNot = -1;
  notPay.lastIndex = 0;
  for (let m = notPay.exec(lead); m; m = notPay.exec(lead)) lastNot = m.index + m[0].length;
  if (lastNot >= 0) {
    let lastPay = -1;
    payCues.lastIndex = 0;
    for (let m = payCues.exec(lead); m; m = payCues.exec(lead)) lastPay = m.index + m[0].length;
    if (lastNot >= lastPay) return true;
  }
  const tail = text.slice(end, end + 40);
  // Two words after it, past a period written with a slash (`$200/month budget`).
  const next = /^(?:\s*\/\s*\p{L}+)?\s*(?:(?!plus\b|and\b|with\b|und\b|et\b|y\b)[\p{L}-]+\s+){0,2}/iu.exec(tail)![0];
  notPay.lastIndex = 0;
  const hit = notPay.exec(tail);
  return hit !== null && hit.index <= next.length && !/\+/.test(tail.slice(0, hit.index));
}

/** How far before a grade its label may stand (`after` in pay-grades.data.ts), past a definition list's tags. */
const afterReach = 120;

/** Every statement of pay in `text`, in order: ranges, amounts and open-ended pay. */
export function readPay(text: string, options: PayOptions = {}): PayReading[] {
  const cue = options.context === true || options.title === true || payCue.test(text) || experienceCue.test(text);
  const amounts = amountsIn(text, options.dollar ?? 'USD');
  const readings: PayReading[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    const range = b && pairs(text, a, b) ? joinRange(a, b) : undefined;
    let reading: PayReading;
    let bare: boolean;
    if (range) {
      reading = { form: 'range', min: range.min, max: range.max, start: a.start, end: b!.end, ...(range.currency ? { currency: range.currency } : {}) };
      bare = a.bare && b!.bare;
      i++;
    } else {
      const leadStart = Math.max(0, a.start - 24);
      const lead = text.slice(leadStart, a.start);
      const tail = text.slice(a.end, a.end + 24);
      const before = upTo.exec(lead) ?? from.exec(lead);
      const open: OpenEnd | undefined = before ? (upTo.test(lead) ? 'up-to' : 'from') : /^\+(?![\p{L}\p{N}])/u.test(tail) || andUp.test(tail) ? 'and-up' : undefined;
      const end = open === 'and-up' ? a.end + (/^\+/.test(tail) ? 1 : andUp.exec(tail)![0].length) : a.end;
      // Open-ended pay is shown with the words that open it: `up to $150,000`, `$120,000 and up`.
      const start = before ? leadStart + before.index : a.start;
      reading = open
        ? { form: 'open', open, ...(open === 'up-to' ? { max: a.value } : { min: a.value }), start, end }
        : { form: 'amount', min: a.value, max: a.value, start, end };
      if (a.currency) reading.currency = a.currency;
      bare = a.bare;
    }
    // A bare figure is pay only under a pay label: most figures of a post (years, counts) end here.
    if (bare && options.context !== true) continue;
    const size = reading.max ?? reading.min!;
    const period = periodOf(text, reading.start, reading.end, size, reading.currency);
    // What makes a figure pay: a currency, a magnitude or a period, where the text talks of pay.
    const money = !bare || (options.context === true && (size >= 1000 || period.stated));
    if (!money || !(cue || period.stated || (!bare && reading.form === 'range' && aloneOnLine(text, reading.start, reading.end))) || excluded(text, reading.start, reading.end)) continue;
    if (period.period) reading.period = period.period;
    if (period.periodInferred) reading.periodInferred = true;
    readings.push(reading);
  }
  if (readings.length === 0 && cue) {
    unstated.lastIndex = 0;
    for (let m = unstated.exec(text); m; m = unstated.exec(text)) {
      if (!options.context && !nearPayWord(text, m.index, m.index + m[0].length)) continue;
      if (m[0].toLowerCase() === 'paid' && paidBenefit.test(text.slice(m.index + 4, m.index + 40))) continue;
      readings.push({ form: 'open', open: 'unstated', start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return readings;
}

/** After `paid`, the benefit it names (`paid vacations`, `paid parental leave`): no word of the pay. */
const paidBenefit = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${alternatives(paidBenefits)})(?![\\p{L}])`, 'iu');

const besideAlone: ReadonlySet<string> = new Set([...besidePayAlone, ...currencyCodes.map((c) => c.toLowerCase()), ...Object.keys(currencyWords).map((w) => w.toLowerCase())]);
const wordOfLetters = /\p{L}{2,}/gu;

/**
 * Whether the line holding [start, end) of the text holds nothing but the range, marks and words
 * that go with pay (`*$110k - $150k*` under a post's title, `$120,000 - $200,000 + bonus`): a
 * listing states its pay so, on a line of its own, without a pay word (a single amount alone,
 * `$5M`, may be any figure).
 */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const rest = `${text.slice(text.lastIndexOf('\n', start - 1) + 1, start)} ${text.slice(end, lineEnd < 0 ? text.length : lineEnd)}`;
  for (const m of matchesOf(wordOfLetters, rest)) if (!besideAlone.has(m[0].toLowerCase())) return false;
  return true;
}

/** A pay word within a few words of a phrase (`competitive salary`, `salary DOE`). */
function nearPayWord(text: string, start: number, end: number): boolean {
  return payCue.test(text.slice(Math.max(0, start - 32), start)) || payCue.test(text.slice(end, end + 32));
}

/**
 * Grades and bands of a pay scale in `text`; a level code only where the text talks of levels or
 * pay, or `levels` says it does (a job title, a pay field).
 */
export function readGrades(text: string, levels = false, lead = ''): GradeReading[] {
  const found: GradeReading[] = [];
  for (const { system, pattern, format, cue, after } of gradePatterns) {
    if (cue && !levels && !gradeCue.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (found.some((f) => m!.index < f.end && f.start < m!.index + m![0].length)) continue;
      // The label may stand on a line of its own above (`<dt>Grade</dt>` over `<dd>SEO</dd>`): `lead` is the text before.
      if (after && !after.test(m[0]) && !after.test(`${lead}${text.slice(0, m.index)}`.slice(-afterReach))) continue;
      found.push({ grade: format(m), system, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
