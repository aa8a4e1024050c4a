/**
 * The signals of a document's kind, as numbers a linear model weighs (kind-model.json), each with
 * the words that showed it, so a decision can say why. Signals any organisation shows: what the
 * title names (a job, a level, a role), what the headings and the text talk about (applying, pay,
 * levels, terms, processes), what the lists hold (duties, qualifications), the document's shape,
 * the frontmatter's keys and the folders of its path. No single phrase decides a kind.
 */
import type { List, ListItem, Root } from 'mdast';
import { matchesOf } from '../core/matches.js';
import { boundedMemo } from '../text/bounded-memo.js';
import { firstNearDigit } from '../text/near-digit.js';
import { quickWords, quickWordsOf, words as normalisedWords } from '../text/normalise.js';
import { phraseMatcher } from '../text/phrases.js';
import { frontmatterBlock, frontmatterFields, frontmatterText } from './frontmatter-block.js';
import { itemKinds } from './item-kinds.js';
import { applyTarget, cueGroups, frontmatterCues, layoutWords, pathCues, type CueGroupId } from './kind-cues.data.js';
import { outline, outlineWords, type Outline } from './outline.js';
import { projectSegments, type Located } from './place.js';
import { executiveTitle, groupTitle, jobAdTitle, jobTitle, levelTitle, processTitle, roleGuideTitle, roleNounTitle, rolePageTitle } from './role-titles.data.js';
import { competencyTitle, kindTitleCues } from './section-cues.data.js';
import { treeIndex, type TreeIndex } from './tree-index.js';

export interface KindFeatures {
  /** Each signal's strength, 0 when absent (most are 0 or 1; counts are log-scaled and capped). */
  values: Record<string, number>;
  /** The words that showed each signal present. */
  evidence: Record<string, string>;
  /** How many words the document has: its title, headings and text, with the lists and description of its frontmatter. */
  words: number;
}

const groups = Object.keys(cueGroups) as CueGroupId[];
/** Each cue group's feature names, made once. */
const headingFeature = Object.fromEntries(groups.map((g) => [g, `heading:${g}`])) as Record<CueGroupId, string>;
const bodyFeature = Object.fromEntries(groups.map((g) => [g, `body:${g}`])) as Record<CueGroupId, string>;

/** Every feature's name, in the model's order. */
export const featureNames: readonly string[] = [
  'title:job',
  'title:executive',
  'title:job-ad',
  'title:level',
  'title:role-page',
  'title:role-noun',
  'title:process',
  'title:group',
  'title:none',
  'title:no-job',
  ...groups.map((g) => `heading:${g}`),
  'heading:duties',
  'heading:requirements',
  'heading:level-names',
  'heading:competencies',
  'heading:roster',
  ...groups.map((g) => `body:${g}`),
  'body:you',
  'body:me',
  'body:amount',
  'items:duty',
  'items:duty-s',
  'items:duty-ing',
  'items:qualification',
  'items:leading',
  'items:links',
  'link:apply',
  'frame:job',
  'frame:role',
  'shape:words',
  'shape:titles',
  'shape:code',
  'shape:table',
  'shape:frontmatter',
  ...(Object.keys(pathCues) as (keyof typeof pathCues)[]).map((g) => `path:${g}`),
  'path:level-file',
  ...(Object.keys(frontmatterCues) as (keyof typeof frontmatterCues)[]).map((g) => `frontmatter:${g}`),
];

/** What each feature shows, for the reasons `--print-config` gives. */
export function describeFeature(name: string, evidence: string | undefined): string {
  const [zone, signal] = name.split(':') as [string, string];
  const quote = evidence ? ` (\`${evidence}\`)` : '';
  if ((zone === 'heading' || zone === 'body') && signal in cueGroups) {
    return `${zone === 'heading' ? 'a heading' : 'the text'} ${cueGroups[signal as CueGroupId].says}${quote}`;
  }
  return `${featureWords[name] ?? name}${quote}`;
}

const featureWords: Record<string, string> = {
  'title:job': 'the title names a job',
  'title:executive': 'the title names an executive',
  'title:job-ad': 'the title says it is a job advertisement',
  'title:level': 'the title names a level',
  'title:role-page': 'the title names a role or its duties',
  'title:role-noun': 'the title names someone who holds a role',
  'title:process': 'the title names a process, a body or a guide',
  'title:group': 'the title names a team, committee or other group',
  'title:none': 'the document has no title',
  'title:no-job': 'the title names no job',
  'heading:duties': 'a heading names duties',
  'heading:requirements': 'a heading names requirements',
  'heading:level-names': 'the headings name levels',
  'heading:competencies': 'the headings name competencies',
  'heading:roster': 'a heading names the people of a team or body',
  'body:you': 'the text addresses the reader as "you"',
  'body:me': 'the text speaks as "I"',
  'body:amount': 'the text states an amount of money',
  'items:duty': 'it lists duties',
  'items:duty-s': 'it lists what someone does (`Owns…`)',
  'items:duty-ing': 'it lists duties (`Owning…`)',
  'items:qualification': 'it lists qualifications',
  'items:leading': 'it lists duties of leading people',
  'items:links': 'its lists are mostly links',
  'link:apply': 'it links to an application for an opening',
  'frame:job': 'the title names a job and the text describes it',
  'frame:role': 'the title names a role and the text describes it',
  'shape:words': 'its length',
  'shape:titles': 'its number of headings',
  'shape:code': 'it holds code',
  'shape:table': 'it holds a table',
  'shape:frontmatter': 'most of it is frontmatter data',
  'path:job': 'its path names job posts',
  'path:careers': 'its path names careers',
  'path:ladder': 'its path names a ladder or levels',
  'path:role': 'its path names roles',
  'path:process': 'its path names processes or guides',
  'path:level-file': 'its file is named for a level',
  'frontmatter:job': 'its frontmatter has a job-post key',
  'frontmatter:ladder': 'its frontmatter has a ladder key',
  'frontmatter:role': 'its frontmatter has a role key',
};

/** An amount of money: every match holds a digit at most `amountReach` characters after its start (`USD 5`). */
export const amount = /(?:[$£€¥]\s?\d|\b\d[\d.,]*\s?(?:k\b|€|(?:usd|eur|euros?|gbp|cad|aud|chf|dollars?|pounds?)\b)|\b(?:usd|eur|gbp|cad|aud|chf)\s?\d|\bgs-?\d{1,2}\b)/iy;
export const amountReach = 4;
/**
 * The text's cues, and its voice counted in the same pass over its words (as quickWords gives
 * them, curly apostrophes straightened): the reader addressed, and the writer speaking for
 * themself (a personal page, a how-to-work-with-me), never a job post's voice.
 */
const voices = {
  'voice:you': { phrases: ['you', 'your', 'yours', "you'll", "you're", "you've", "you'd"] },
  'voice:me': { phrases: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"] },
};
/** One matcher for the headings and the text (the voice's words ignored in headings): one table of first words read a document, not two. */
const cues = phraseMatcher({ ...cueGroups, ...voices });
const isVoice = (group: string): group is keyof typeof voices => group in voices;
const trailing = /^[\s.,;:!?-]*$/;
const capped = (n: number, cap = 3) => Math.min(cap, Math.log2(1 + n));

const byTree = new WeakMap<Root, KindFeatures>();

export function kindFeatures(tree: Root, source: string, file: Located): KindFeatures {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = readFeatures(tree, source, file)));
  return found;
}

/** Features as they are found: each value once, with the words that showed it first. */
class FeatureSet {
  // Without a prototype, so V8 keeps them as hash tables from the start: each document adds its own
  // few of the model's many names in its own order, which otherwise made a shape of every order met.
  readonly values: Record<string, number> = Object.create(null) as Record<string, number>;
  readonly evidence: Record<string, string> = Object.create(null) as Record<string, string>;

  set(name: string, value: number, shown?: string): void {
    if (value === 0) return;
    this.values[name] = value;
    if (shown !== undefined && !(name in this.evidence)) this.evidence[name] = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  }

  has(name: string): boolean {
    return name in this.values;
  }
}

interface Reading {
  tree: Root;
  source: string;
  doc: Outline;
  index: TreeIndex;
  block: ReturnType<typeof frontmatterBlock>;
  data: Record<string, unknown>;
  /** Every title but the frontmatter's, and the document's own (its first top-level heading). */
  headings: Outline['titles'];
  h1: Outline['titles'][number] | undefined;
}

function readFeatures(tree: Root, source: string, file: Located): KindFeatures {
  const features = new FeatureSet();
  const doc = outline(tree, source);
  const block = frontmatterBlock(tree);
  const headings = doc.titles.filter((t) => t.form !== 'frontmatter');
  // Frontmatter that does not parse still names its title and keys on lines that can be read.
  const data = frontmatterFields(tree).data;
  // A line a paste stands alone on (`**Reports to:** VP of Sales` made a title line) is the document's title only where the frontmatter names none.
  const named = typeof data.title === 'string';
  const reading: Reading = { tree, source, doc, index: treeIndex(tree), block, data, headings, h1: headings.find((t) => t.depth === 1 && !(named && t.form === 'bare')) };
  const title = titleFeatures(features, reading);
  const headingWordCount = headingFeatures(features, reading);
  const body = bodyFeatures(features, reading);
  // A job or a role named in the title, and what it does or asks for described below it.
  const { items } = body;
  const describes = features.has('heading:duties') || features.has('heading:requirements') || items.qualification >= 2 || items.duty + items.s + items.ing >= 3;
  if (describes && (features.has('title:job') || features.has('title:executive'))) features.set('frame:job', 1, title);
  if (describes && (features.has('title:role-noun') || features.has('title:role-page'))) features.set('frame:role', 1, title);
  shapeFeatures(features, reading, body.words);
  placeFeatures(features, reading, file);
  return { values: features.values, evidence: features.evidence, words: body.words + headingWordCount + quickWords(title).length };
}

/**
 * The title: the first top-level heading, else the frontmatter's title, else the first heading,
 * unless that names a section (`**Responsibilities**` opening a post that has no title).
 */
function titleFeatures(features: FeatureSet, { headings, h1, data }: Reading): string {
  const first = headings[0] && !(h1 === undefined && (kindTitleCues.duties.test(headings[0].text) || kindTitleCues.requirements.test(headings[0].text))) ? headings[0].text : undefined;
  const title = (h1?.text ?? (typeof data.title === 'string' ? data.title : undefined) ?? first ?? '').trim();
  if (title === '') {
    features.set('title:none', 1);
    return title;
  }
  if (jobTitle.test(title)) features.set('title:job', 1, title);
  if (executiveTitle.test(title)) features.set('title:executive', 1, title);
  if (jobAdTitle.test(title)) features.set('title:job-ad', 1, title);
  if (levelTitle.test(title)) features.set('title:level', 1, title);
  if (rolePageTitle.test(title)) features.set('title:role-page', 1, title);
  if (roleNounTitle.test(title)) features.set('title:role-noun', 1, title);
  // A job description's template is a job post all the same; a role's own guide or handbook
  // (`Maintainer guidelines`, `Meeting room proctor instructions`) is about the role.
  const roleGuide = features.has('title:role-noun') && roleGuideTitle.test(title);
  if (roleGuide) features.set('title:role-page', 1, title);
  if (processTitle.test(title) && !features.has('title:job-ad') && !roleGuide && !/^how to be (?:an?|the) /i.test(title)) features.set('title:process', 1, title);
  if (groupTitle.test(title) && !features.has('title:role-noun') && !features.has('title:job')) features.set('title:group', 1, title);
  if (!['title:job', 'title:executive', 'title:job-ad'].some((f) => features.has(f))) features.set('title:no-job', 1, title);
  // A title that names the people of a team or body (`Maintainers`, `Team members`) heads a roster, as such a heading below it does.
  if (kindTitleCues.roster.test(title.replace(/[:.]\s*$/, '').trim())) features.set('heading:roster', 1, title);
  return title;
}

/** What a heading says of the kind, as bits, and its words. */
const dutiesHeading = 1;
const requirementsHeading = 2;
const rosterHeading = 4;
const levelHeading = 8;
const competencyHeading = 16;

/**
 * A heading's signals and words, read once for each heading text met lately: an organisation's
 * posts share their template's headings (`Responsibilities`, `About us`), so most are met before.
 */
const headingReading = boundedMemo((text: string): { bits: number; words: readonly string[] } => {
  let bits = 0;
  if (kindTitleCues.duties.test(text)) bits |= dutiesHeading;
  if (kindTitleCues.requirements.test(text)) bits |= requirementsHeading;
  if (kindTitleCues.roster.test(text.replace(/[:.]\s*$/, '').trim())) bits |= rosterHeading;
  if (levelTitle.test(text) && text.split(/\s+/).length <= 5) bits |= levelHeading;
  if (competencyTitle.test(text)) bits |= competencyHeading;
  return { bits, words: normalisedWords(text) };
}, 5_000, 500);

/** The headings below the title; returns how many words they have. */
function headingFeatures(features: FeatureSet, { headings, h1 }: Reading): number {
  let levelNames = 0;
  let competencies = 0;
  // One pass over every heading's words, an empty word between two headings (no phrase has one),
  // so that no phrase runs from one heading into the next (`## How to` above `## Apply`).
  const headingTexts = headings.filter((h) => h !== h1).map((h) => h.text);
  const readings = headingTexts.map(headingReading);
  const headingWords: string[] = [];
  for (let i = 0; i < readings.length; i++) {
    if (i > 0) headingWords.push('');
    for (const word of readings[i]!.words) headingWords.push(word);
  }
  for (const [group, hit] of cues.countWords(headingWords, headingTexts.join('\n'))) if (!isVoice(group)) features.set(headingFeature[group], 1, hit.first);
  for (let i = 0; i < readings.length; i++) {
    const { bits } = readings[i]!;
    const text = headingTexts[i]!;
    if (bits & dutiesHeading) features.set('heading:duties', 1, text);
    if (bits & requirementsHeading) features.set('heading:requirements', 1, text);
    if (bits & rosterHeading) features.set('heading:roster', 1, text);
    if (bits & levelHeading) levelNames++;
    if (bits & competencyHeading) competencies++;
  }
  if (levelNames >= 2) features.set('heading:level-names', 1, `${levelNames} headings`);
  if (competencies >= 2) features.set('heading:competencies', 1, `${competencies} headings`);
  return headingWords.length - Math.max(0, headingTexts.length - 1);
}

/** The text: paragraphs, list items, HTML, and the frontmatter's description. */
function bodyFeatures(features: FeatureSet, { tree, doc, index, source, block }: Reading): { words: number; items: Record<'duty' | 's' | 'ing' | 'qualification' | 'leading', number> } {
  // The paragraphs' and lists' words the document's language is read from, and the frontmatter's prose.
  const prose = outlineWords(tree, source);
  let itemCount = 0;
  let links = 0;
  const items = { duty: 0, s: 0, ing: 0, qualification: 0, leading: 0 };
  const front = frontmatterText(block);
  const frontText = front.paragraphs.join('\n');
  for (const list of doc.lists) {
    for (const item of list.items) {
      itemCount++;
      const kinds = itemKinds(item);
      if (kinds.duty === 'base') items.duty++;
      else if (kinds.duty === 's') items.s++;
      else if (kinds.duty === 'ing') items.ing++;
      if (kinds.qualification) items.qualification++;
      if (kinds.leading) items.leading++;
    }
  }
  for (const at of index.of('list')) {
    for (const item of (index.nodes[at] as List).children) if (isLinkOnly(item, source)) links++;
  }
  const body = frontText ? `${prose.text}\n${frontText}` : prose.text;
  // The text's words, then the frontmatter's prose, read apart: no phrase runs from one into the other.
  const cued = cues.countWords(prose.words, prose.text, prose.spaceless);
  const frontWords = frontText ? quickWordsOf(frontText) : undefined;
  if (frontWords) cues.countWords(frontWords.words, frontText, frontWords.spaceless, cued);
  const words = prose.words.length + (frontWords?.words.length ?? 0);
  let you = 0;
  let me = 0;
  for (const [group, hit] of cued) {
    if (!isVoice(group)) features.set(bodyFeature[group], capped(hit.count), hit.first);
    else if (group === 'voice:you') you = hit.count;
    else me = hit.count;
  }
  features.set('body:you', Math.min(3, (100 * you) / Math.max(words, 50)), you > 0 ? `${you} times` : undefined);
  features.set('body:me', Math.min(3, (100 * me) / Math.max(words, 50)), me > 0 ? `${me} times` : undefined);
  const money = firstNearDigit(amount, amountReach, body) ?? firstNearDigit(amount, amountReach, source.slice(block?.position?.start.offset ?? 0, block?.position?.end.offset ?? 0));
  if (money) features.set('body:amount', 1, money[0]);
  features.set('items:duty', capped(items.duty), `${items.duty} items`);
  features.set('items:duty-s', capped(items.s), `${items.s} items`);
  features.set('items:duty-ing', capped(items.ing), `${items.ing} items`);
  features.set('items:qualification', capped(items.qualification), `${items.qualification} items`);
  features.set('items:leading', capped(items.leading), `${items.leading} items`);
  if (itemCount >= 4 && links / itemCount >= 0.5) features.set('items:links', 1, `${links} of ${itemCount} items`);
  // Anywhere in the source: in a link, bare, or as a frontmatter value.
  const apply = applyLinkIn(source);
  if (apply) features.set('link:apply', 1, apply);
  return { words, items };
}

/** The shape: length, titles, code, tables, how much is frontmatter. */
function shapeFeatures(features: FeatureSet, { index, headings, block, tree }: Reading, words: number): void {
  features.set('shape:words', Math.max(0, Math.log10(words + 1) - 1.5), `${words} words`);
  features.set('shape:titles', capped(headings.length), `${headings.length} ${headings.length === 1 ? 'title' : 'titles'}`);
  features.set('shape:code', capped(index.of('code').length), `${index.of('code').length} code blocks`);
  if (index.of('table').length > 0) features.set('shape:table', 1, `${index.of('table').length} tables`);
  const dataLines = block?.position ? block.position.end.line - block.position.start.line + 1 : 0;
  const allLines = tree.position?.end.line ?? 1;
  if (dataLines > 0) features.set('shape:frontmatter', dataLines / Math.max(allLines, 1), `${dataLines} of ${allLines} lines`);
}

/** Each word a path's folder or file may start with, by the groups that list it and where (the first listed is the evidence shown). */
const pathWordGroups = wordGroups(pathCues);
/** Each frontmatter key that is a cue, by the groups that list it. */
const frontmatterKeyGroups = wordGroups(frontmatterCues);

function wordGroups(cues: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, readonly { group: string; rank: number }[]> {
  const found = new Map<string, { group: string; rank: number }[]>();
  for (const [group, list] of Object.entries(cues)) list.forEach((word, rank) => (found.get(word) ?? found.set(word, []).get(word)!).push({ group, rank }));
  return found;
}

/** The path inside the project, and the frontmatter's keys. */
function placeFeatures(features: FeatureSet, { data }: Reading, file: Located): void {
  const segments = projectSegments(file);
  // The first word of each (`.github` is github, `ISSUE_TEMPLATE` issue); per group, the one listed first.
  const pathHits = new Map<string, { word: string; rank: number }>();
  for (const segment of segments) {
    const word = segment.toLowerCase().replace(/\.(?:md|markdown|mdx|txt)$/, '').split(/[^\p{L}\p{N}]+/u).find((w) => w !== '') ?? '';
    for (const { group, rank } of pathWordGroups.get(word) ?? []) if ((pathHits.get(group)?.rank ?? Infinity) > rank) pathHits.set(group, { word, rank });
  }
  for (const group in pathCues) {
    const hit = pathHits.get(group);
    if (hit) features.set(`path:${group}`, 1, hit.word);
  }
  const stem = (segments.at(-1) ?? '').replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
  if (levelTitle.test(stem) && stem.split(' ').length <= 3) features.set('path:level-file', 1, segments.at(-1));
  // Per group, the first of the frontmatter's keys it lists, else the layout's word.
  const keyHits = new Map<string, string>();
  for (const key of Object.keys(data)) {
    // `applyUrl`, `closing-date`, `Job Type`: one spelling of a key whatever case its site generator writes.
    const k = key.replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2').toLowerCase().replace(/[-\s]+/g, '_');
    for (const { group } of frontmatterKeyGroups.get(k) ?? []) if (!keyHits.has(group)) keyHits.set(group, k);
  }
  const layout = typeof data.layout === 'string' ? data.layout : '';
  const layoutWord = layout.toLowerCase().split(/[^a-z]+/).find((w) => Object.hasOwn(layoutWords, w));
  for (const group in frontmatterCues) {
    const hit = keyHits.get(group) ?? (layoutWord !== undefined && layoutWords[layoutWord] === group ? `layout: ${layout}` : undefined);
    if (hit) features.set(`frontmatter:${group}`, 1, hit);
  }
}

/** A web address to its end (white space, a closing bracket, a quote or an angle bracket ends it). */
const webAddress = /\bhttps?:\/\/[^\s)"'<>\]]*/gi;

/**
 * The first link to an opening's application, to the end of what shows it (`applyTarget` after
 * `https://`): each address found first, then searched, as a pattern tried at every character of
 * the text from each `https://` costs many times more.
 */
export function applyLinkIn(source: string): string | undefined {
  if (!source.includes('://')) return undefined;
  for (const m of matchesOf(webAddress, source)) {
    const host = m[0].indexOf('//') + 2;
    const hit = applyTarget.exec(m[0].slice(host));
    if (hit) return m[0].slice(0, host + hit.index + hit[0].length);
  }
  return undefined;
}

/** An item that is one inline link (`[Name](url)`), perhaps with punctuation after it: an entry of a link list. */
function isLinkOnly(item: ListItem, source: string): boolean {
  const paragraph = item.children.length === 1 ? item.children[0] : undefined;
  if (paragraph?.type !== 'paragraph') return false;
  const [link, ...rest] = paragraph.children;
  if (link?.type !== 'link' || source[link.position?.start.offset ?? -1] !== '[') return false;
  return rest.every((node) => node.type === 'text' && trailing.test(node.value));
}
