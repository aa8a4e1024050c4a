/**
 * Which sections a role document must have: those configuration names, else those of its kind
 * (with Leadership where its role leads people), else none where its kind is not settled. Read by
 * the rules on sections and by `--print-config`.
 */
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isLetterCode } from '../text/char-codes.js';
import type { SectionSpec } from '../text/sections.js';
import { decideKind, kindNames, type DocumentKind, type KindDecision } from './document-kind.js';
import { frontmatterBlock, frontmatterFields, frontmatterText } from './frontmatter-block.js';
import type { KindModel } from './kind-model.js';
import type { Located } from './place.js';
import { leadsPeopleOutright } from './item-kinds.js';
import { boardSeatSentences, directorWord, functionManager, leaderTitle } from './role-titles.data.js';
import { treeIndex } from './tree-index.js';

declare module 'vfile' {
  interface DataMap {
    /** The document's kind, decided once by the engine for the rules that need `kind`. */
    kind?: KindDecision;
  }
}

export { defaultSections, kindSections, leaderSections } from './section-needs.data.js';

/** What decides which sections a document must have. */
export interface SectionChoice {
  /** When set, the sections every document must have, whatever its kind. */
  sections?: readonly SectionSpec[] | undefined;
  /** The document's kind as configured for its path; otherwise taken from its frontmatter or inferred. */
  kind?: DocumentKind | undefined;
  /** The sections each kind of document must have. */
  kinds: Readonly<Record<DocumentKind, readonly SectionSpec[]>>;
  /** The sections of a job post or role page for a role that leads people. */
  leaderSections: readonly SectionSpec[];
  /** The sections of a document whose kind cannot be decided with confidence. */
  fallbackSections: readonly SectionSpec[];
}

/** A list of sections, each named, with the other headings that count as it. */
export const sectionsSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, description: 'The section, as the finding names it' },
      aliases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Other headings that count as this section' },
    },
  },
};

export interface SectionsChoice {
  sections: readonly SectionSpec[];
  /** Why, in words for the message ("" where configuration named the sections). */
  why: string;
  kind: KindDecision;
  /** Whether the role leads people, so its Leadership is required. */
  leads: boolean;
}


/** The sections this document must have, and why; `kindModel` is for tests that measure another model. */
export function sectionsFor(tree: Root, file: Located & { value?: unknown; data?: { kind?: KindDecision } }, options: SectionChoice, kindModel?: KindModel): SectionsChoice {
  const source = String(file.value ?? '');
  const cached = kindModel ? undefined : choiceByTree.get(tree);
  if (cached && cached.options.kind === options.kind && cached.options.kinds === options.kinds && cached.options.sections === options.sections && cached.path === file.path) return cached.choice;
  // The kind the engine decided once for every rule, unless the options configure another or a model is measured.
  const kind = !kindModel && !options.kind && file.data?.kind ? file.data.kind : decideKind(tree, source, file, options.kind, kindModel);
  const configured = options.sections && completed(options.sections);
  const isLeader = leads(tree);
  let choice: SectionsChoice;
  if (configured) choice = { sections: configured, why: '', kind, leads: isLeader };
  else if (!kind.kind) choice = { sections: options.fallbackSections, why: '', kind, leads: isLeader };
  else if (pointsElsewhere(tree, source)) choice = { sections: [], why: ' (it has almost no text of its own and links to where it is described)', kind, leads: isLeader };
  else {
    const leader = isLeader && (kind.kind === 'job-post' || kind.kind === 'role-page');
    const sections = sectionsOfKind(options, kind.kind, leader);
    const settled = kind.kind;
    // Put in words when a message reads it: most documents have every section they need.
    let why: string | undefined;
    choice = {
      sections,
      get why() {
        const role = leader ? `, for a role that leads people (\`${roleTitle(tree)}\`)` : '';
        return (why ??= ` (required of ${kindNames[settled]}${role}: ${kind.reason})`);
      },
      kind,
      leads: isLeader,
    };
  }
  if (!kindModel) choiceByTree.set(tree, { options, path: file.path, choice });
  return choice;
}

// One list object for one configuration's lists, so the section matcher made for it (the most of
// what reading a document's sections costs) is made once a run, not once a document.
const completedLists = new WeakMap<readonly SectionSpec[], SectionSpec[]>();
const joinedLists = new WeakMap<readonly SectionSpec[], WeakMap<readonly SectionSpec[], SectionSpec[]>>();

function completed(sections: readonly SectionSpec[]): SectionSpec[] {
  let list = completedLists.get(sections);
  if (!list) completedLists.set(sections, (list = sections.map((s) => ({ name: s.name, aliases: s.aliases ?? [] }))));
  return list;
}

/** The sections a kind asks for, with the leader's sections where its role leads people (one list object per configuration). */
export function sectionsOfKind(options: SectionChoice, kind: DocumentKind, leader: boolean): readonly SectionSpec[] {
  return leader && options.leaderSections?.length ? joined(options.kinds[kind], options.leaderSections) : options.kinds[kind];
}

function joined(first: readonly SectionSpec[], second: readonly SectionSpec[]): SectionSpec[] {
  let byFirst = joinedLists.get(first);
  if (!byFirst) joinedLists.set(first, (byFirst = new WeakMap()));
  let list = byFirst.get(second);
  if (!list) byFirst.set(second, (list = [...first, ...second]));
  return list;
}

// required-sections and empty-section both ask, of one tree with one configuration.
const choiceByTree = new WeakMap<Root, { options: SectionChoice; path: string | undefined; choice: SectionsChoice }>();

/** Words of its own under which a document that links out is a pointer (a posting kept as data with a link to the full description). */
const pointerWords = 30;

/**
 * Whether the document only points to where it is described: a few words of text (in its body and
 * its frontmatter's prose) and a link out (in its text or as a frontmatter value). Its sections are there.
 */
export function pointsElsewhere(tree: Root, source: string): boolean {
  // Most documents link out (three in four of the corpus's): the link is looked for first, and the
  // words are counted only up to `pointerWords`, read from the tree's text where they stand.
  if (!linkOut.test(source)) return false;
  const words = new LongWords(pointerWords);
  const block = frontmatterBlock(tree);
  const front = frontmatterText(block);
  for (const text of [...front.paragraphs, ...front.items]) words.add(text).end();
  for (const node of tree.children) {
    if (words.count >= pointerWords) return false;
    if (node !== block) addText(node, words).end();
  }
  return words.count < pointerWords;
}

const linkOut = /\bhttps?:\/\/\S/;

/**
 * The words of three letters or more (runs of `\p{L}`: a time or a date, `12:30pm ET`, is no
 * description) of texts read piece by piece, as the pieces of one text follow each other, counted
 * up to `limit`.
 */
class LongWords {
  count = 0;
  #run = 0;

  constructor(readonly limit: number) {}

  /** Reads `text` after what was read since the last `end`. */
  add(text: string): this {
    for (let i = 0; i < text.length && this.count < this.limit; i++) {
      const code = text.charCodeAt(i);
      let letter: boolean;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const point = text.codePointAt(i)!;
        letter = point > 0xffff && /\p{L}/u.test(String.fromCodePoint(point));
        if (point > 0xffff) i++;
      } else letter = isLetterCode(code);
      if (letter) this.#run++;
      else this.end();
    }
    return this;
  }

  /** Ends a text: a run of letters it ends with is a word. */
  end(): this {
    if (this.#run >= 3) this.count++;
    this.#run = 0;
    return this;
  }
}

/** A node's text as mdast-util-to-string joins it (values, an image's alt, children in order), read into `words` until it has enough. */
function addText(node: Nodes, words: LongWords): LongWords {
  if (words.count >= words.limit) return words;
  if ('value' in node) {
    if (node.value != null) words.add(String(node.value));
  } else if ('alt' in node && node.alt) words.add(node.alt);
  else if ('children' in node) for (const child of node.children) addText(child, words);
  return words;
}

/**
 * The role's title: the document's first top-level heading, else its frontmatter title, else its
 * first heading. A line a paste stands alone on (`**Reports to:** VP of Sales` made a heading by
 * plain-structure) is its title only where the frontmatter names none.
 */
export function roleTitle(tree: Root): string {
  const index = treeIndex(tree);
  const headings = index.of('heading').map((at) => index.nodes[at] as Heading);
  const { data } = frontmatterFields(tree);
  const named = typeof data.title === 'string' && data.title.trim() !== '';
  const h1 = headings.find((h) => h.depth === 1 && !(named && h.data?.plainText));
  if (h1) return toString(h1).trim();
  if (named) return (data.title as string).trim();
  return headings[0] ? toString(headings[0]).trim() : '';
}

/**
 * The role a title names, without whom it serves: `Executive Assistant to the Chief Operating
 * Officer` holds no chief's role, `Engineering Manager for Payments` is still a manager.
 */
const roleHeld = (title: string) => title.split(/[\s(](?:to|for|supporting)\s/i, 1)[0]!;

/**
 * Whether the document's title names a role that leads people or an organisation: not a director
 * whose page seats them on a board (`Rust Foundation Project Director`, one of the members who
 * serve on the Board of Directors).
 */
export function leads(tree: Root): boolean {
  let found = leaderByTree.get(tree);
  if (found === undefined) {
    const leader = leaderTitle.exec(roleHeld(roleTitle(tree)));
    found = leader !== null && !(directorWord.test(leader[0]) && seatedOnBoard(tree)) && !(functionManager.test(leader[0]) && !asksToLeadPeople(tree));
    leaderByTree.set(tree, found);
  }
  return found;
}

/**
 * Whether the document asks the role to lead people anywhere: an item or a sentence that starts so
 * (`Hire and coach a team of four`, `You will manage the support staff`: item-kinds.ts).
 */
function asksToLeadPeople(tree: Root): boolean {
  const index = treeIndex(tree);
  return index.of('paragraph').some((at) => toString(index.nodes[at]!).split(/(?<=[.!?;:])\s+/).some(leadsPeopleOutright));
}

/** The paragraphs read for a seat on a board: where a role page says what the role is. */
const seatParagraphs = 3;

function seatedOnBoard(tree: Root): boolean {
  const index = treeIndex(tree);
  return index
    .of('paragraph')
    .slice(0, seatParagraphs)
    .some((at) => boardSeatSentences.test(toString(index.nodes[at]!)));
}

// Asked of every document by the sections it needs, and again of an unsettled one by required-sections.
const leaderByTree = new WeakMap<Root, boolean>();
