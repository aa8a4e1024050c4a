/**
 * Whether a document has a section, and what shows it: a title of any form naming it (an alias,
 * or a word that makes a title about it: `You'll thrive here if` is about requirements), or what
 * the document holds where no title names it: a list of duties shows Responsibilities, a list of
 * qualifications or a sentence stating them Requirements, a list about leading people Leadership,
 * the expectations a ladder level lists its Expectations. The document's own title (its `# Title`
 * or frontmatter title) names the role, not a section, unless it names one whole.
 */
import type { Html, Link, List, Root } from 'mdast';
import { shownText } from '../text/html.js';
import { toString } from 'mdast-util-to-string';
import { quickWords, straightQuotes } from '../text/normalise.js';
import { matchesOf } from '../core/matches.js';
import { createSectionMatcher, type SectionMatch, type SectionSpec } from '../text/sections.js';
import { growsPeople, itemKinds, namesAction, presentDuties, statesDuty } from './item-kinds.js';
import { outline, outlineWords, type Outline, type OutlineList } from './outline.js';
import { alternationTest } from '../text/alternation.js';
import { descriptionElsewhereSentences, fullPostingKeys, fullPostingSentences, noOpeningSentences, requirementSentences, sectionTitleCues } from './section-cues.data.js';
import { tableLabels } from './section-titles.js';
import { treeIndex } from './tree-index.js';
import { frontmatterBlock, frontmatterFields, frontmatterText } from './frontmatter-block.js';
import { applyLinkIn } from './kind-features.js';
import { jobTitle, roleNounTitle } from './role-titles.data.js';
import type { Title } from './section-titles.js';

export type SectionEvidence =
  | { by: 'title'; title: Title; alias?: string }
  | { by: 'table'; label: string }
  | { by: 'content'; what: string; offset: number };

/** The least number of items a list needs to show a section by what it holds. */
const minItems = 2;
/** Items in a row that show a section in a list that mixes it with another. */
const minRun = 3;

/**
 * A label that leads a paragraph, a colon right after it and text after that or on the next line:
 * one to five words (and `/`, `&`), as a form's fields are named, not a sentence's first words.
 */
const fieldLabel = /^(\p{L}[\p{L}/&'’-]*(?: [\p{L}/&'’-]+){0,4}):[ \t]*(?:\n|\S)/u;

/** Readers of a section's content, by the section's name (lower case); other sections go by title only. */
const contentReaders: Readonly<Record<string, (doc: Outline, tree: Root) => SectionEvidence | undefined>> = {
  responsibilities: (doc, tree) =>
    listOf(doc, 'a list of duties', (items) => mostlyOrRun(items, (i) => itemKinds(i).duty !== false || namesAction(i))) ??
    roleDuties(doc) ??
    sentence(doc, statesDuty, 'a sentence stating duties') ??
    frontmatterSentence(tree, statesDuty, 'a sentence stating duties in the frontmatter') ??
    toldDuties(doc),
  requirements: (doc, tree) =>
    listOf(doc, 'a list of qualifications', (items) => mostlyOrRun(items, (i) => itemKinds(i).qualification)) ??
    sentence(doc, statesRequirements, 'a sentence stating requirements') ??
    frontmatterSentence(tree, statesRequirements, 'a sentence stating requirements in the frontmatter') ??
    askedOfReader(doc),
  leadership: (doc) =>
    listOf(doc, 'a list about leading people', (items) => {
      // Clauses an item joins by semicolons are duties each (`Builds, leads and supports the team…; delegates work and empowers individuals`).
      const leading = items.flatMap((item) => item.split(clauseBreak)).filter(aboutLeading).length;
      return leading >= 2 || (items.length >= 3 && leading / items.length >= 1 / 3);
    }) ?? leadingItems(doc),
  expectations: (doc) =>
    listOf(doc, 'a list of expectations', (items) => items.length >= 3) ??
    frontmatterItems(doc) ??
    (doc.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0) >= 80 ? { by: 'content', what: 'paragraphs of expectations', offset: doc.paragraphs[0]!.offset } : undefined),
};

export interface SectionFinder {
  /** What shows the section, or undefined when nothing does. */
  find(section: SectionSpec): SectionEvidence | undefined;
}

/**
 * A finder over one document. `title` is the document's own title (never taken for a section by
 * its words alone); `source` its text.
 */
export function sectionFinder(tree: Root, source: string, specs: readonly SectionSpec[], title: Title | undefined): SectionFinder {
  const doc = outline(tree, source);
  const matcher = createSectionMatcher(specs);
  const labels = tableLabels(tree);
  // Every title's sections, read once for all the sections asked of the document.
  let titleMatches: (readonly SectionMatch[])[] | undefined;
  return {
    find(section) {
      titleMatches ??= doc.titles.map((t) => matcher.sectionsNamed(t.text));
      for (const [i, t] of doc.titles.entries()) {
        const match = titleMatches[i]!.find((m) => m.section === section.name);
        if (match) return { by: 'title', title: t, alias: match.alias };
      }
      for (const label of labels) if (matcher.sectionsNamed(label).some((m) => m.section === section.name)) return { by: 'table', label };
      const key = section.name.toLowerCase();
      const cue = titleCue(key);
      if (cue) {
        const named = doc.titles.find((t) => t !== title && t.offset !== title?.offset && cue.test(straightQuotes(t.text)));
        if (named) return { by: 'title', title: named };
      }
      // A paragraph led by a label naming duties or requirements, its text after the colon or on
      // the lines below (`RESPONSIBILITIES:`, `Desired skills/experience: five years of Go`): a
      // form's field. Other fields state facts of the post (`Supervisory status: Supervisory`,
      // `Pay: $100,000`), not sections.
      const fieldCue = key === 'responsibilities' || key === 'requirements' ? cue : undefined;
      if (fieldCue) {
        for (const p of doc.paragraphs) {
          const label = fieldLabel.exec(p.text)?.[1];
          if (label && fieldCue.test(straightQuotes(label))) return { by: 'content', what: `a line labelled \`${label}\``, offset: p.offset };
        }
      }
      return Object.hasOwn(contentReaders, key) ? contentReaders[key]!(doc, tree) : undefined;
    },
  };
}

/**
 * The document's own title, as a title of the outline: never taken for a section by its words
 * alone. A line a paste stands alone on (`**Your Duties**` made a heading by plain-structure) is
 * its title only where the frontmatter names none.
 */
export function documentTitle(tree: Root, source: string): Title | undefined {
  const hasTitle = typeof frontmatterFields(tree).data.title === 'string';
  const doc = outline(tree, source);
  const first = doc.titles.find((t) => t.depth === 1 && t.form !== 'frontmatter' && !(hasTitle && t.form === 'bare'));
  // Where the frontmatter names the title, a `#` heading after the text has begun (`We get excited
  // about candidates who have the following` under the post's opening paragraphs) titles a section.
  if (first && hasTitle && doc.paragraphs.some((p) => p.offset < first.offset && p.title?.form !== 'frontmatter')) return undefined;
  return first;
}

/**
 * The words that make a title about a section, by the section's name in lower case. A level's
 * expectations are what it lists, not a competency's heading: a level page of headings alone (its
 * content left out) states none. A configured section's name (`constructor`, say) must find only
 * these own keys.
 */
function titleCue(key: string): { test: (text: string) => boolean } | undefined {
  return key === 'expectations' || !Object.hasOwn(titleCueTests, key) ? undefined : titleCueTests[key];
}

/** The title cues' tests, each compiled a few alternatives at a time on first use (alternation.ts). */
const titleCueTests: Readonly<Record<string, { test: (text: string) => boolean }>> = Object.fromEntries(
  Object.entries(sectionTitleCues).map(([key, cue]) => [key, { test: alternationTest(cue) }]),
);

/** Whether a title is about the section by its words (`Requirements of the job`, `You'll thrive here if`), as a section's title cue reads it. */
export function titleIsAbout(title: string, section: SectionSpec): boolean {
  return titleCue(section.name.toLowerCase())?.test(straightQuotes(title)) === true;
}

/** An address of a document file (a PDF, a Word or OpenDocument file), not a page. */
const descriptionDocument = /\.(?:pdf|docx?|odt|rtf)(?:[?#]\S*)?$/i;
/** A link's text naming the role's description: `Download a role profile`, `Job description (PDF)`, `télécharger la fiche de poste`, `Stellenbeschreibung`. */
const roleDescription = /\b(?:(?:role|job|person|position) (?:profile|description|specification|spec)s?|fiches? de (?:poste|mission)|stellenbeschreibung|descripción del puesto)\b/i;
/**
 * A link's text naming the posting itself, wherever it is kept (`Job advertisement (University job
 * portal)`, `Full job posting`, `Stellenausschreibung`): the post is a pointer to it.
 */
const postingLinkText = /^\W*(?:(?:the|our|see the|read the) )?(?:full |official |original |complete )?(?:job|position|vacancy) (?:advertisement|advert|ad|posting|announcement)s?\b|^\W*stellenausschreibung\b|^\W*offre d['’]emploi\b/i;

/**
 * A document whose file name names a posting or a role's description (`Stellenanzeige_juin2019.pdf`,
 * `job-description.pdf`, `fiche_de_poste.docx`): the post's sections are in it.
 */
const postingFile = /(?:^|[/_.-])(?:stellenanzeige|stellenausschreibung|stellenbeschreibung|job[-_]?(?:description|ad|advert|advertisement|posting|spec|specification)|annonce|offre[-_]d[-_]?emploi|fiche[-_]de[-_](?:poste|mission)|role[-_]?profile|person[-_]?spec(?:ification)?)[^/]*\.(?:pdf|docx?|odt|rtf)(?:[?#]\S*)?$/i;
/** A Hugo shortcode's quoted arguments (`{{< url-link "Festanstellung (m/w)" "/downloads/Stellenanzeige.pdf" "target" >}}`). */
const shortcodeArguments = /\{\{[<%][ \t]*[\w-]+((?:[ \t]+"[^"\n]*")+)[ \t]*[>%]\}\}/g;
const quotedArgument = /"([^"\n]*)"/g;

/** The most words a post that is a summary of a posting kept elsewhere has (the corpus's job posts have 300 and more). */
const summaryWords = 200;
/** A link in HTML. */
const htmlLink = /<a\s[^>]*\bhref\s*=/i;
/** A web address written out, which GitHub shows as a link. */
const bareAddress = /\bhttps?:\/\/\S/;
/** Web and e-mail addresses written out (`pierre.rampal(at)univ-grenoble-alpes.fr`): no words a reader reads. */
const addresses = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+(?:@|\(at\))\S+\.\w+/g;

/** The words of a document's text a reader reads: its outline's, but for the pieces of written-out addresses. */
function readWords(tree: Root, source: string): number {
  const { text, words } = outlineWords(tree, source);
  let pieces = 0;
  for (const m of matchesOf(addresses, text)) pieces += quickWords(m[0]).length;
  return words.length - pieces;
}

/**
 * The sentence of a short post that sends the reader to its full text elsewhere, with a link
 * (`For more information and to apply, see [our application page](…)`): what the post lacks may be
 * there.
 */
export function fullPostingPointer(tree: Root, source: string): string | undefined {
  const index = treeIndex(tree);
  // A link to the role's own description as a document (`[Download a role profile](….pdf)`), or
  // to the posting by its name (`[Job advertisement](…)`): its sections are there, however long the post.
  for (const at of index.of('link')) {
    const link = index.nodes[at] as Link;
    const text = toString(link);
    if ((descriptionDocument.test(link.url) && roleDescription.test(text)) || postingLinkText.test(text) || postingFile.test(link.url)) return text;
  }
  // ... or linked by a site's shortcode (`{{< url-link "Festanstellung (m/w)" "/downloads/Stellenanzeige_2019.pdf" >}}`).
  if (source.includes('{{')) {
    for (const [, args] of matchesOf(shortcodeArguments, source)) {
      const values = [...matchesOf(quotedArgument, args!)].map((m) => m[1]!);
      const file = values.find((v) => postingFile.test(v));
      // Shown as the link's words (an argument of several words), else the file.
      if (file !== undefined) return values.find((v) => v !== file && /\p{L}[^"]*\s\S/u.test(v)) ?? file;
    }
  }
  // ... or kept under a frontmatter key that names it (`pdf: /pdf/annonce.pdf`, `jobDescription: /assets/Developer.pdf`).
  const kept = descriptionFile(tree);
  if (kept) return kept;
  const address = postingAddress(tree);
  // In a paragraph or a heading (`#### Please apply through the job posting [here](…)`).
  for (const at of [...index.of('paragraph'), ...index.of('heading')]) {
    const m = descriptionElsewhereSentences.exec(toString(index.nodes[at]!));
    if (m && (address !== undefined || index.within(at, 'link').length > 0)) return m[0];
  }
  if (readWords(tree, source) > summaryWords) return undefined;
  for (const at of index.of('paragraph')) {
    const text = toString(index.nodes[at]!);
    // A link, or a bare address (GitHub shows it as a link).
    if (index.within(at, 'link').length === 0 && !bareAddress.test(text)) continue;
    const m = fullPostingSentences.exec(text);
    if (m) return m[0];
  }
  // Or in HTML the post is written in (`<strong>For more information and how to apply:</strong> <a href="…">`).
  for (const at of index.of('html')) {
    const value = (index.nodes[at] as Html).value;
    if (!htmlLink.test(value) && !bareAddress.test(value)) continue;
    const m = fullPostingSentences.exec(shownText(value));
    if (m) return m[0];
  }
  return address;
}

/**
 * A short post's link to its opening on a job board or careers site (`See [here](https://careers.…/job/…)`):
 * the sections a summary leaves out are in the posting it links to.
 */
/** The sentence, in the text or an HTML block, that says the page has no opening now (`noOpeningSentences`), if any. */
export function noOpeningNotice(tree: Root): string | undefined {
  const index = treeIndex(tree);
  for (const at of index.of('paragraph')) {
    const m = noOpeningSentences.exec(straightQuotes(toString(index.nodes[at]!)));
    if (m) return m[0];
  }
  for (const at of index.of('html')) {
    const m = noOpeningSentences.exec(straightQuotes(shownText((index.nodes[at] as Html).value)));
    if (m) return m[0];
  }
  return undefined;
}

export function applicationPointer(tree: Root, source: string): string | undefined {
  return readWords(tree, source) > summaryWords ? undefined : applyLinkIn(source);
}

/** A frontmatter key that names a posting's full text as a document (lower case, `-` and spaces as `_`). */
const descriptionKey = /^(?:pdf|jd|job_?description|role_?profile|job_?spec(?:ification)?|announcement|annonce|advert|posting)(?:_?(?:pdf|file|url|link))?$/;

/** The role's full description as a document under a frontmatter key that names it: `key: path`. */
function descriptionFile(tree: Root): string | undefined {
  for (const [key, value] of Object.entries(frontmatterFields(tree).data)) {
    if (typeof value === 'string' && descriptionDocument.test(value.trim()) && descriptionKey.test(key.toLowerCase().replace(/[-\s]/g, '_'))) return `${key}: ${value.trim()}`;
  }
  return undefined;
}

/** A job board's listing: the posting's address under a frontmatter key (`link = "https://jobs.lever.co/…"`), as a pointer shows it. */
function postingAddress(tree: Root): string | undefined {
  for (const [key, value] of Object.entries(frontmatterFields(tree).data)) {
    if (typeof value === 'string' && fullPostingKeys.includes(key.toLowerCase().replace(/[-\s]/g, '_')) && /^https?:\/\/\S+$/i.test(value.trim())) {
      const address = value.trim();
      return `${key}: ${address.length > 50 ? `${address.slice(0, 49)}…` : address}`;
    }
  }
  return undefined;
}

/** The least roles a list must name for its page to be an index of roles. */
const minRolesListed = 3;
/** The most words of an item that is a role's name alone. */
const roleNameWords = 6;

/**
 * The roles a page lists as an index, each linked to its own page (`- [Frontend Engineer](…)`,
 * `- [Incident Commander](roles/ic.md)`): a list of `minRolesListed` items or more, each a job or
 * a role's name alone, half of them links or more. Such a page is about several roles, whose own
 * pages hold their sections; a post's list of roles it works with (`- Product Manager`) links none.
 */
export function rolesListed(tree: Root): string[] | undefined {
  const index = treeIndex(tree);
  for (const at of index.of('list')) {
    const names: string[] = [];
    let links = 0;
    for (const item of (index.nodes[at] as List).children) {
      const text = toString(item).trim();
      // Words, not the slashes and dashes between them (`Software Engineer / Go / Full-Stack`).
      if (text === '' || text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > roleNameWords || !(jobTitle.test(text) || roleNounTitle.test(text))) continue;
      names.push(text);
      const [paragraph] = item.children;
      if (paragraph?.type === 'paragraph' && paragraph.children.length === 1 && paragraph.children[0]!.type === 'link') links++;
    }
    if (names.length >= minRolesListed && names.length * 2 > (index.nodes[at] as List).children.length && links * 2 >= names.length) return names;
  }
  return undefined;
}

/** What the document holds that shows the section, whatever the titles say (for sections read by content). */
export function shownByContent(tree: Root, source: string, section: string): SectionEvidence | undefined {
  const key = section.toLowerCase();
  return Object.hasOwn(contentReaders, key) ? contentReaders[key]!(outline(tree, source), tree) : undefined;
}

function listOf(doc: Outline, what: string, holds: (items: readonly string[]) => boolean): SectionEvidence | undefined {
  const list = listsBySection(doc).find((l: OutlineList) => l.items.length >= minItems && holds(l.items));
  return list && { by: 'content', what: list.title ? `${what} under \`${list.title.text}\`` : what, offset: list.offset };
}

const joinedLists = new WeakMap<Outline, readonly OutlineList[]>();

/**
 * The lists of a document, those in a row under one title read as one: a list broken by a comment
 * or a line between its items (`<!-- * Find sponsors -->`) is still one list to its reader.
 */
function listsBySection(doc: Outline): readonly OutlineList[] {
  let lists = joinedLists.get(doc);
  if (lists) return lists;
  const joined: OutlineList[] = [];
  for (const list of doc.lists) {
    const last = joined.at(-1);
    if (last && list.title !== undefined && last.title === list.title) joined[joined.length - 1] = { ...last, items: [...last.items, ...list.items] };
    else joined.push(list);
  }
  joinedLists.set(doc, (lists = joined));
  return lists;
}

const requirementSentence = alternationTest(requirementSentences);
const statesRequirements = (text: string) => requirementSentence(straightQuotes(text));

/** A title naming the role itself (`Your roles`, `The role`, `About this role`), which says nothing of what the list under it holds. */
const roleItselfTitle = /^(?:(?:about )?(?:your|the|this) roles?|role (?:summary|description))\s*:?$/i;

/**
 * A list under a title naming the role that holds two duties or more, among what the role asks
 * (`## Your roles` over `Build new features`, `Continuously discover…`, `You like to learn`): the
 * title and the duties together show the section, where neither alone does.
 */
function roleDuties(doc: Outline): SectionEvidence | undefined {
  const list = doc.lists.find((l) => l.title !== undefined && roleItselfTitle.test(l.title.text.trim()) && l.items.filter((i) => itemKinds(i).duty !== false || namesAction(i)).length >= minItems);
  return list && { by: 'content', what: `duties under \`${list.title!.text}\``, offset: list.offset };
}

/**
 * A sentence of the frontmatter's prose that states the section (`description: Financial services
 * firm seeking a Data Analyst to transform business data into insights.`): a post kept as data.
 */
function frontmatterSentence(tree: Root, states: (text: string) => boolean, what: string): SectionEvidence | undefined {
  const block = frontmatterBlock(tree);
  return block && frontmatterText(block).paragraphs.some(states) ? { by: 'content', what, offset: block.position?.start.offset ?? 0 } : undefined;
}

const aboutLeading = (item: string) => itemKinds(item).leading || growsPeople(item);
/** Where an item's clauses meet: a semicolon. */
const clauseBreak = /;\s*/;

/**
 * Items about leading people in two lists or more, one or so in each (`Manage, coach and expand
 * an international customer service team` among a team's duties, the same for a second team):
 * leading told duty by duty, as a post for a head of two teams tells it.
 */
function leadingItems(doc: Outline): SectionEvidence | undefined {
  const lists = doc.lists.filter((l) => l.items.some(aboutLeading));
  return lists.length >= 2 ? { by: 'content', what: 'items about leading people in several lists', offset: lists[0]!.offset } : undefined;
}

/** The least sentences of a section that tell the reader what they do (`you serve the teams`) to show its duties. */
const minToldDuties = 2;

/** A section's paragraphs that tell the reader what they do, in the present (`You serve the teams. You help them…`). */
function toldDuties(doc: Outline): SectionEvidence | undefined {
  const told = new Map<Title | undefined, number>();
  for (const p of doc.paragraphs) {
    const n = (told.get(p.title) ?? 0) + presentDuties(p.text);
    told.set(p.title, n);
    if (n >= minToldDuties) return { by: 'content', what: p.title ? `sentences telling what the reader does under \`${p.title.text}\`` : 'sentences telling what the reader does', offset: p.offset };
  }
  return undefined;
}

/** A level's criteria kept as many short lists in the frontmatter (`topics[].criteria`), counted together. */
function frontmatterItems(doc: Outline): SectionEvidence | undefined {
  const lists = doc.lists.filter((l) => l.title?.form === 'frontmatter');
  return lists.reduce((n, l) => n + l.items.length, 0) >= 3 ? { by: 'content', what: 'expectations in the frontmatter', offset: lists[0]!.offset } : undefined;
}

/** A paragraph or a list item (a list of sentences mixing duties and requirements) that states the section. */
function sentence(doc: Outline, states: (text: string) => boolean, what: string): SectionEvidence | undefined {
  const paragraph = doc.paragraphs.find((p) => states(p.text));
  if (paragraph) return { by: 'content', what, offset: paragraph.offset };
  const list = doc.lists.find((l) => l.items.some(states));
  if (list) return { by: 'content', what: `${what} in a list`, offset: list.offset };
  // A list led by the start of a sentence that each item ends (`You should:` over `- have a degree`):
  // an item read with its lead-in.
  const led = doc.lists.find((l) => l.title?.form === 'colon' && leadIn.test(l.title.text) && l.items.some((item) => states(`${l.title!.text.replace(/\s*:$/, '')} ${item}`)));
  return led && { by: 'content', what: `${what} in a list led by \`${led.title!.text}\``, offset: led.offset };
}

/** The least questions to the reader that show what a post asks of them. */
const minQuestions = 3;

/**
 * Questions that ask the reader whether they have what the role asks (`✔ Are you an excellent
 * facilitator?`, `Do you have experience with React?`, `Can you keep people engaged?`): a post's
 * requirements, written as a checklist of questions; `minQuestions` of them, in its paragraphs.
 */
function askedOfReader(doc: Outline): SectionEvidence | undefined {
  let count = 0;
  for (const paragraph of doc.paragraphs) {
    askedOfYou.lastIndex = 0;
    while (askedOfYou.exec(paragraph.text)) if (++count >= minQuestions) return { by: 'content', what: 'questions asking whether the reader has what the role needs', offset: paragraph.offset };
  }
  return undefined;
}

/** A question that starts a line or sentence and asks what the reader is, has or can do (what precedes it looked behind for a few characters only: a run of blanks costs no more). */
const askedOfYou = /(?<=^|[.?!][ \t\n]{1,8}|\n[ \t]{0,8}|[\u2713\u2714\u2705][ \t]{0,8})(?:are|do|can|have|would|will) you (?:(?:also|really|ever) )?(?:a |an |the )?[\p{L}'’-]+[^?\n]{0,160}\?/giu;

/** A colon line of two words or more that ends in its colon: a sentence's start, not a label with text after it. */
const leadIn = /^\S+\s+\S.*:$/u;

/**
 * Half the items or more pass, or `minRun` in a row do: a paste whose section titles were lost
 * (bullets pasted as `●` lines, read as one list) holds its duties and its qualifications each as
 * a run of one list.
 */
function mostlyOrRun(items: readonly string[], test: (item: string) => boolean): boolean {
  let passed = 0;
  let run = 0;
  for (const item of items) {
    run = test(item) ? run + 1 : 0;
    if (run >= minRun) return true;
    if (run > 0) passed++;
  }
  return passed / items.length >= 0.5;
}
