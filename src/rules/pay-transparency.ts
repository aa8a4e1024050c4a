/**
 * `pay-transparency`: a job post states its pay. By default, a post that states no pay, or only
 * open-ended pay (`up to $120,000`, `DOE`), gets a warning. With `jurisdictions` (configuration,
 * an override by path, or the post's frontmatter), each finding names what the post misses and
 * the law that asks for it (pay-transparency.data.ts, from ../shared/JOB-POST-RULES.md): a range
 * with a minimum and a maximum, a description of benefits, a closing date, Ontario's limit on a
 * range's spread and its statements on the vacancy and on AI screening, no "Canadian experience",
 * the EU's gender-neutral titles and its ban on pay-history questions. A place the post names
 * (`Denver`, `Toronto`) may suggest a jurisdiction in a message; it never decides one. Only
 * documents whose kind is job-post are read; the facts read go to the report (`file.data.jobFacts`).
 */
import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { closest } from '../text/did-you-mean.js';
import { decideKind } from '../document/document-kind.js';
import { frontmatterFields, frontmatterRegion } from '../document/frontmatter-block.js';
import { genderedTitle } from '../document/gendered-titles.js';
import { projectSegments } from '../document/place.js';
import { jobFacts, namesJob, payStatement, reportFacts, showsPosting, type JobFacts, type PayFact, type Span } from '../document/job-facts.js';
import { kindFeatures } from '../document/kind-features.js';
import { shownText } from '../document/shown-text.js';
import { fullPostingPointer } from '../document/section-presence.js';
import { asInfo, defineRule, type Say } from './define.js';
import { jurisdictionIds, jurisdictions, negations, payHistoryPhrases, type Jurisdiction, type JurisdictionId } from './pay-transparency.data.js';
import { matchesOf } from '../core/matches.js';

export interface PayTransparencyOptions {
  /** The jurisdictions whose laws to check (the post's frontmatter `jurisdictions` replaces them). */
  jurisdictions: readonly string[];
  /** The employer's number of employees: a law whose threshold is higher is not checked. */
  employees?: number;
  /** The date to judge by (`YYYY-MM-DD`): whether a closing date has passed, whether a law is in force yet. The CLI and the Action give the day they run. */
  today?: string;
}

const example = '`$120,000–$150,000 a year`';

/** The rule's messages, `{{name}}` where a value goes (`laws` names every law, `require`/`ask` agree with them). */
const messages = {
  noPay: `This job post states no pay: pay-transparency laws (in US states and cities, Canadian provinces and the EU) ask for the pay or its range in the posting; state a minimum and a maximum (${example}), and set \`jurisdictions\` to check what the laws that apply ask{{suggestion}}`,
  openEnded: `Pay is open-ended ({{pay}}): {{why}}; state a minimum and a maximum (${example}), as pay-transparency laws ask{{suggestion}}`,
  noPayInSummary: 'This post states no pay and sends readers to its full text (`{{pointer}}`): if the full posting states it, nothing is missing here; where a pay-transparency law applies, it asks for the pay in every advertisement of the job, this one too{{suggestion}}',
  noPayLaw: 'No pay is stated: {{laws}} {{require}} the pay or its range (a minimum and a maximum) in the posting{{interview}}{{suggestion}}',
  unstatedPayLaw: 'Pay is not stated ({{pay}}): {{laws}} {{require}} the pay or its range (a minimum and a maximum) in the posting{{interview}}{{suggestion}}',
  openEndedLaw: 'Pay is open-ended ({{pay}}): {{why}}; {{laws}} {{require}} a minimum and a maximum (or a fixed figure where allowed){{suggestion}}',
  gradeOnly: `Pay is given only as a grade (\`{{grade}}\`{{most}}): {{laws}} {{ask}} for the pay or its range written in the posting; add the grade's range (${example}){{suggestion}}`,
  oneFigure: 'One figure ({{pay}}) where {{laws}} {{ask}} for a range with a minimum and a maximum: where the pay is fixed, write it as both (`{{figure}}–{{figure}}`)',
  spread: 'Pay range {{pay}} spans {{width}}: {{law}} allows a range at most {{limit}} wide (pay over {{exempt}} is exempt); narrow it',
  noBenefits: 'Benefits are not described{{found}}: {{laws}} {{require}} a general description of the benefits and other compensation in the posting (health insurance, retirement, paid leave, bonuses)',
  noClosingDate: 'No closing date for applications{{found}}: {{laws}} {{require}} the date the application window is expected to close (`Applications close 31 January 2027`, or `closes:` in the frontmatter)',
  noVacancyStatement: 'No statement whether this posting is for an existing vacancy: {{laws}} {{require}} one (`This posting is for an existing vacancy.`)',
  noAiStatement: 'No statement whether artificial intelligence is used to screen, assess or select applicants: {{laws}} {{require}} one (`We do not use AI to screen applications.`)',
  canadianExperience: '{{phrase}} may not be required: {{law}} bars requiring Canadian experience in a job posting; ask for the skills the experience stands for',
  genderedTitle: 'The job title {{title}} is written in one gender{{word}}: {{laws}} {{ask}} for gender-neutral job titles; {{fix}}',
  payHistory: '{{phrase}}: asking applicants about their pay history is barred by {{laws}}; remove the question',
  unknownJurisdiction: 'Frontmatter `{{key}}`: unknown jurisdiction `{{id}}`{{meant}} (known: {{known}}); it is not checked',
} as const;
type MessageId = keyof typeof messages;

export const payTransparency = defineRule<PayTransparencyOptions, MessageId>(
  {
    id: 'pay-transparency',
    description: "Require a job post to state its pay (a minimum and a maximum), and, for each jurisdiction configured, what its pay-transparency law asks (benefits, a closing date, Ontario's statements, gender-neutral titles)",
    defaultLevel: 'warning',
    defaults: { jurisdictions: [] },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        jurisdictions: {
          type: 'array',
          items: { enum: [...jurisdictionIds] },
          description: "The jurisdictions whose pay-transparency laws apply to these posts (also the top-level `jurisdictions` setting, per path with `overrides`); a post's frontmatter `jurisdictions` replaces them, an empty list turns them off",
        },
        employees: { type: 'integer', minimum: 1, description: "The employer's number of employees: laws for larger employers are not checked" },
        today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date to judge closing dates and laws in force by (YYYY-MM-DD); the CLI and the Action give the day they run (UTC)' },
      },
    },
    tags: ['job-post', 'law'],
    needs: ['kind', 'today'],
    settings: { jurisdictions: 'jurisdictions' },
    messages,
  },
  (tree, file, options, say) => checkPost(tree, file, options, say),
);

/** A sentence's list: `a, b and c`. */
const listed = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** The laws of `list`, and the verb that agrees with them: `{ laws, require: 'requires' }`. */
const lawsOf = (list: readonly Jurisdiction[]) => ({ laws: listed(list.map((j) => j.law)), require: list.length === 1 ? 'requires' : 'require', ask: list.length === 1 ? 'asks' : 'ask' });
const symbols: Readonly<Record<string, string>> = { USD: '$', CAD: '$', AUD: '$', EUR: '€', GBP: '£' };
const money = (n: number, currency: string | undefined) => {
  const symbol = currency ? symbols[currency] : '';
  return `${symbol ?? ''}${n.toLocaleString('en-US')}${currency && symbol === undefined ? ` ${currency}` : ''}`;
};
/** Where a span of the source stands, for a message (1:1 where it has none). */
type Placer = (span: Partial<Span> | undefined) => Point | Position;
const quote = (text: string) => `\`${text.replace(/\s+/g, ' ').trim().replace(/`/g, "'").slice(0, 80)}\``;

/** What every check of one post reads. */
interface Post {
  tree: Root;
  file: VFile;
  say: Say<MessageId>;
  source: string;
  facts: JobFacts;
  place: Placer;
  titlePlace: Point | Position;
  /** The hint that the places named suggest other jurisdictions (`. It names \`Denver\`: …`). */
  suggest: (except: readonly JurisdictionId[]) => string;
}

/** A file's name as words (`senior-backend-developer.md` is `senior backend developer`); '' where it has none. */
function fileTitle(file: VFile): string {
  return (projectSegments(file).at(-1) ?? '').replace(/\.(?:md|markdown|mdx)$/i, '').replace(/[-_]+/g, ' ').trim();
}

function checkPost(tree: Root, file: VFile, options: PayTransparencyOptions, say: Say<MessageId>): void {
  const source = String(file.value ?? '');
  // The kind the engine decided for every rule; decided here where the rule runs in another pipeline.
  const kind = file.data.kind ?? decideKind(tree, source, file, undefined);
  if (kind.kind !== 'job-post') return;
  const facts = jobFacts(tree, source);
  // Inferred, a job post must name the job it offers: a page about job posts or offers
  // (`Reading a federal job posting`, `Extending an offer`) reads like one, and states no pay.
  // A post whose titles name no job may be named by its file, as sites and job boards name posts by
  // their slug (`senior-backend-developer.md` under `## Your role`).
  if (kind.by === 'inferred' && !(facts.title && namesJob(facts.title.text)) && !namesJob(fileTitle(file))) return;
  // ... and show that it is a posting: a career guide (`A backend developer is responsible for…`)
  // describes a job no one offers, and states no pay.
  if (kind.by === 'inferred' && !showsPosting(facts, kindFeatures(tree, source, file).values, shownText(tree, source).text)) return;
  file.data.jobFacts = reportFacts(facts, source, options.today);
  const points = location(file);
  const place: Placer = (span) => {
    if (span?.start === undefined || span.end === undefined) return { line: 1, column: 1 };
    return { start: points.toPoint(span.start) ?? { line: 1, column: 1 }, end: points.toPoint(span.end) ?? { line: 1, column: 1 } };
  };
  const post: Post = { tree, file, say, source, facts, place, titlePlace: place(facts.title), suggest: (except) => suggestion(facts, except) };
  const chosen = chosenJurisdictions(tree, source, post, options);
  if (chosen === undefined) defaultCheck(post);
  else if (chosen.length > 0) {
    payCheck(post, chosen);
    statementChecks(post, chosen);
    wordingChecks(post, chosen, shownText(tree, source).text);
  }
}

/** No jurisdiction named: only a post that states no pay, or only open-ended pay. */
function defaultCheck({ tree, file, say, source, facts, place, titlePlace, suggest }: Post): void {
  const best = payStatement(facts);
  if (best.stated === 'none') {
    // A short post that sends readers to its full text elsewhere may state the pay there: advice, as the sections it lacks are.
    const pointer = fullPostingPointer(tree, source);
    if (pointer) asInfo(file.message(say('noPayInSummary', { pointer, suggestion: suggest([]) }), { place: titlePlace }));
    else file.message(say('noPay', { suggestion: suggest([]) }), { place: titlePlace });
  }
  else if (best.stated === 'open-ended') {
    const pay = best.pay!;
    file.message(say('openEnded', { pay: quote(pay.text), why: openWhy(pay), suggestion: suggest([]) }), { place: place(pay) }).actual = pay.text;
  }
}

/** The pay each law asks for, one finding per shortcoming naming every law that has it. */
function payCheck({ file, say, facts, place, titlePlace, suggest }: Post, chosen: readonly Jurisdiction[]): void {
  const best = payStatement(facts);
  const suggestion = suggest(chosen.map((j) => j.id));
  if (best.stated === 'none' || (best.stated === 'open-ended' && best.pay!.open === 'unstated')) {
    const data = { ...lawsOf(chosen), interview: beforeInterview(chosen), suggestion };
    const message = best.pay ? file.message(say('unstatedPayLaw', { ...data, pay: quote(best.pay.text) }), { place: place(best.pay) }) : file.message(say('noPayLaw', data), { place: titlePlace });
    // The EU accepts the pay told before the interview: where it alone asks, this is advice.
    if (chosen.every((j) => j.requires.beforeInterview)) asInfo(message);
  } else if (best.stated === 'open-ended') {
    const pay = best.pay!;
    const strict = chosen.filter((j) => !(j.requires.acceptsFrom && pay.open !== 'up-to'));
    if (strict.length > 0) file.message(say('openEndedLaw', { pay: quote(pay.text), why: openWhy(pay), ...lawsOf(strict), suggestion }), { place: place(pay) }).actual = pay.text;
  } else if (best.stated === 'grade') {
    const grade = best.grade!;
    file.message(say('gradeOnly', { grade: grade.grade, most: grade.upTo ? ', the most it pays' : '', ...lawsOf(chosen), suggestion }), { place: place(grade) }).actual = grade.grade;
  } else if (best.stated === 'amount') {
    const rangeOnly = chosen.filter((j) => !j.requires.fixedAmount);
    const pay = best.pay!;
    if (rangeOnly.length > 0) asInfo(file.message(say('oneFigure', { pay: quote(pay.text), ...lawsOf(rangeOnly), figure: money(pay.min!, pay.currency) }), { place: place(pay) }));
  } else spread(file, say, chosen, best.pay!, place);
}

/** Benefits described, a closing date, Ontario's statements on the vacancy and on AI screening. */
function statementChecks({ file, say, source, facts, place, titlePlace }: Post, chosen: readonly Jurisdiction[]): void {
  const benefits = chosen.filter((j) => j.requires.benefits === 'text' || (j.requires.benefits === 'link' && facts.benefits.stated !== 'linked'));
  if (benefits.length > 0 && facts.benefits.stated !== 'described') {
    const found = { linked: ' (only a link to them)', vague: ` (only praise: ${quote(source.slice(facts.benefits.start, facts.benefits.end))})`, none: '', described: '' }[facts.benefits.stated];
    file.message(say('noBenefits', { found, ...lawsOf(benefits) }), { place: facts.benefits.stated === 'none' ? titlePlace : place(facts.benefits) });
  }
  const closing = chosen.filter((j) => j.requires.closingDate);
  if (closing.length > 0 && !facts.closes?.date) {
    const found = facts.closes ? ` (it says ${quote(facts.closes.text)})` : '';
    file.message(say('noClosingDate', { found, ...lawsOf(closing) }), { place: facts.closes ? place(facts.closes) : titlePlace });
  }
  const vacancy = chosen.filter((j) => j.requires.vacancyStatement);
  if (vacancy.length > 0 && !facts.vacancy) file.message(say('noVacancyStatement', lawsOf(vacancy)), { place: titlePlace });
  const ai = chosen.filter((j) => j.requires.aiDisclosure);
  if (ai.length > 0 && !facts.aiScreening) file.message(say('noAiStatement', lawsOf(ai)), { place: titlePlace });
}

/** What a posting may not say: "Canadian experience" required (Ontario), a gendered title and pay-history questions (the EU). */
function wordingChecks({ file, say, source, facts, place, titlePlace }: Post, chosen: readonly Jurisdiction[], shown: string): void {
  for (const j of chosen) {
    for (const phrase of j.requires.bannedPhrases ?? []) {
      for (const at of phraseSpans(shown, phrase)) {
        // `No Canadian experience required`, `Canadian experience is not required` say what the law asks.
        if (negated(shown, at)) continue;
        const written = source.slice(at.start, at.end);
        file.message(say('canadianExperience', { phrase: quote(written), law: j.law }), { place: place(at) }).actual = written;
      }
    }
  }
  const eu = chosen.filter((j) => j.requires.genderNeutralTitle);
  const gendered = eu.length > 0 && facts.title ? genderedTitle(facts.title.text) : undefined;
  if (gendered) {
    const word = gendered.word === facts.title!.text.trim() ? '' : ` (\`${gendered.word}\`)`;
    file.message(say('genderedTitle', { title: quote(facts.title!.text), word, ...lawsOf(eu), fix: gendered.fix }), { place: titlePlace }).actual = gendered.word;
  }
  const history = chosen.filter((j) => j.requires.noPayHistory);
  if (history.length === 0) return;
  for (const phrase of payHistoryPhrases) {
    for (const at of phraseSpans(shown, phrase)) {
      // `We never ask for your salary history`; `the current salary range for this role` is this post's pay.
      if (negated(shown, at) || payScaleAfter.test(shown.slice(at.end, at.end + 24))) continue;
      const written = source.slice(at.start, at.end);
      file.message(say('payHistory', { phrase: quote(written), ...lawsOf(history) }), { place: place(at) }).actual = written;
    }
  }
}

/**
 * The jurisdictions to check: the frontmatter's `jurisdictions` (or `jurisdiction`), else the
 * configured ones; undefined where none is named. A law is left out for an employer under its
 * threshold (`employees`) or before it applies (`today`). An unknown id in the frontmatter is
 * reported at its line, and the known ones still apply.
 */
function chosenJurisdictions(tree: Root, source: string, { file, say, place }: Post, options: PayTransparencyOptions): Jurisdiction[] | undefined {
  const { data } = frontmatterFields(tree);
  const key = 'jurisdictions' in data ? 'jurisdictions' : 'jurisdiction' in data ? 'jurisdiction' : undefined;
  let named: readonly string[] = options.jurisdictions;
  if (key) {
    const value = data[key];
    const list = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []).map((v) => String(v).trim().toLowerCase()).filter(Boolean);
    const unknown = list.filter((id) => !(jurisdictionIds as readonly string[]).includes(id));
    for (const id of unknown) {
      const meant = closest(id, jurisdictionIds);
      const region = frontmatterRegion(tree, source);
      const line = region ? new RegExp(`^\\s*${key}\\s*[:=].*$`, 'm').exec(source.slice(region.content, region.end)) : undefined;
      const span = line && region ? { start: region.content + line.index, end: region.content + line.index + line[0].length } : undefined;
      file.message(say('unknownJurisdiction', { key, id, meant: meant ? `; did you mean \`${meant}\`?` : '', known: jurisdictionIds.join(', ') }), { place: place(span) });
    }
    // An empty list switches the laws off for this post; unknown ids alone leave it to the defaults.
    if (list.length === 0) return [];
    named = list.filter((id) => !unknown.includes(id));
  }
  if (named.length === 0) return undefined;
  return named
    .map((id) => jurisdictions[id as JurisdictionId])
    .filter((j) => (options.employees === undefined || options.employees >= j.employees) && (options.today === undefined || options.today >= j.effective));
}

/** Why open-ended pay says too little. */
function openWhy(pay: PayFact): string {
  if (pay.open === 'up-to') return 'it gives a maximum and no minimum';
  if (pay.open === 'from' || pay.open === 'and-up') return 'it gives a minimum and no maximum';
  return 'it gives no figure';
}

function beforeInterview(chosen: readonly Jurisdiction[]): string {
  const eu = chosen.filter((j) => j.requires.beforeInterview);
  return eu.length > 0 ? ` (${listed(eu.map((j) => j.name))} also ${eu.length === 1 ? 'accepts' : 'accept'} it told to applicants before the interview, which rolelint cannot see)` : '';
}

/** Ontario's limit on a range's spread, for pay in dollars at most $200,000. */
function spread(file: VFile, say: Say<MessageId>, chosen: readonly Jurisdiction[], pay: PayFact, place: Placer): void {
  for (const j of chosen) {
    const limit = j.requires.maxSpread;
    if (!limit || pay.min === undefined || pay.max === undefined) continue;
    if (pay.currency && pay.currency !== limit.currency && pay.currency !== 'USD') continue;
    if (pay.max > limit.exemptAbove || pay.max - pay.min <= limit.amount) continue;
    const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
    file.message(say('spread', { pay: quote(pay.text), width: dollars(pay.max - pay.min), law: j.law, limit: dollars(limit.amount), exempt: dollars(limit.exemptAbove) }), { place: place(pay) }).actual = pay.text;
  }
}

/** Where a phrase stands in the shown text, as a whole phrase, any case. */
function phraseSpans(shown: string, phrase: string): Span[] {
  const re = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu');
  return [...matchesOf(re, shown)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** After `current salary`: the post's own pay scale, not the applicant's pay. */
const payScaleAfter = /^\s*(?:range|band|scale|structure|grade|level|levels|table|bracket|spread|for this (?:role|position|job))(?![\p{L}])/iu;

/** Whether the clause a phrase stands in says it is not asked for (`no`, `not`, `without`, `n't`, `nicht`, `sans`, `sin`). */
function negated(shown: string, at: Span): boolean {
  const before = shown.slice(Math.max(0, at.start - 60), at.start);
  const after = shown.slice(at.end, at.end + 60);
  const clauseBefore = before.slice(Math.max(...['.', ';', '!', '?', '\n', ':'].map((c) => before.lastIndexOf(c))) + 1);
  const clauseAfter = after.split(/[.;!?\n]/)[0] ?? '';
  return negation.test(clauseBefore) || negation.test(clauseAfter);
}
const negation = new RegExp(`(?<![\\p{L}])(?:${negations.join('|')})(?![\\p{L}])|n['’]t(?![\\p{L}])`, 'iu');

/**
 * Where the post names a place with a pay-transparency law that is not being checked: a hint in
 * the message, never a decision (an office named may not be where the job is).
 */
function suggestion(facts: JobFacts, except: readonly JurisdictionId[]): string {
  const byJurisdiction = new Map<JurisdictionId, string[]>();
  for (const p of facts.places) {
    for (const id of p.jurisdictions as JurisdictionId[]) {
      if (except.includes(id)) continue;
      const names = byJurisdiction.get(id) ?? [];
      if (!names.includes(p.name)) names.push(p.name);
      byJurisdiction.set(id, names);
    }
  }
  if (byJurisdiction.size === 0) return '';
  // `Denver` says it better than `CO`: a postal abbreviation only where no name stands beside it.
  const shown = (names: string[]) => (names.some((n) => n.length > 2) ? names.filter((n) => n.length > 2) : names);
  const places = listed([...new Set([...byJurisdiction.values()].flatMap(shown))].map((n) => `\`${n}\``));
  const ids = [...byJurisdiction.keys()];
  const which = listed(ids.map((id) => jurisdictions[id].law));
  return `. It names ${places}: if the job is there, ${which} may apply; set \`jurisdictions: [${ids.join(', ')}]\` to check ${ids.length === 1 ? 'it' : 'them'}`;
}
