/**
 * `required-sections`: every required section has a heading, at any depth, under any of the
 * wordings people use for it, and something under it. One finding per missing section, on the
 * document's title line; one per empty section, on its heading.
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { createSectionMatcher, type SectionMatcher, type SectionSpec } from '../text/sections.js';
import { defineRule } from './define.js';
import { sectionBody, type SectionBody } from '../document/section-body.js';
import { frontmatterBlock, keyLine } from '../document/frontmatter-block.js';
import { sectionTitles, tableLabels } from '../document/section-titles.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';
import { decideKind, documentKinds, folderOf, repositoryFileOf, type DocumentKind, type KindDecision, type Located } from '../document/document-kind.js';
import { defaultSections, kindSections } from './required-sections.data.js';

/** What decides which sections a document must have (read by empty-section too). */
export type SectionChoice = Pick<RequiredSectionsOptions, 'sections' | 'kind' | 'kinds' | 'fallbackSections'>;

export interface RequiredSectionsOptions {
  /** When set, the sections every document must have, whatever its kind (`requiredSections` in configuration). */
  sections?: readonly SectionSpec[];
  /** The document's kind as configured for its path; otherwise taken from its frontmatter or inferred. */
  kind?: DocumentKind;
  /** The sections each kind of document must have. */
  kinds: Readonly<Record<DocumentKind, readonly SectionSpec[]>>;
  /** The sections of a document whose kind nothing settles. */
  fallbackSections: readonly SectionSpec[];
  /** Accept a required section's heading with nothing under it (a template's skeleton). */
  allowEmpty: boolean;
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

/** How many found headings a message lists before it says "and N more". */
const listedHeadings = 6;

export const requiredSections = defineRule<RequiredSectionsOptions>(
  {
    id: 'required-sections',
    description: 'Require the sections a role document must have (by default Responsibilities, Requirements, Leadership)',
    defaultLevel: 'error',
    defaults: { kinds: kindSections, fallbackSections: defaultSections, allowEmpty: false },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sections: { ...sectionsSchema, description: 'The sections every document must have, whatever its kind' },
        kind: { enum: [...documentKinds], description: 'The kind of the documents this applies to (otherwise from frontmatter or inferred)' },
        kinds: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(documentKinds.map((k) => [k, sectionsSchema])),
          description: 'The sections each kind of document must have',
        },
        fallbackSections: { ...sectionsSchema, description: 'The sections of a document whose kind nothing settles' },
        allowEmpty: { type: 'boolean', description: "Accept a required section whose heading has nothing under it, or only a placeholder such as `TBD`" },
      },
    },
  },
  (tree, file, options) => {
    const { sections, why } = sectionsFor(tree, file, options);
    if (sections.length === 0) return;
    const index = treeIndex(tree);
    const headings = index.of('heading').map((at) => index.nodes[at] as Heading);
    const matcher = createSectionMatcher(sections);
    // Markdown and HTML headings, bold or colon-ended lines under a lone title, and table labels.
    const titles = sectionTitles(tree);
    // How many titles and labels name each section.
    const found = new Map<string, number>();
    for (const title of [...titles, ...tableLabels(tree)]) {
      for (const { section } of matcher.matchAll(title)) found.set(section, (found.get(section) ?? 0) + 1);
    }
    if (!options.allowEmpty) reportEmpty(file, index, matcher, found);
    const missing = sections.filter((section) => !found.has(section.name));
    if (missing.length === 0) return;

    const place = titlePlace(tree, headings);
    const seen = describeTitles(titles);
    for (const section of missing) {
      const examples = [section.name, ...section.aliases.slice(0, 2)].map((a) => `\`${a}\``).join(', ');
      const message = file.message(
        `Missing section \`${section.name}\`${why}: add a heading such as ${examples}; ${seen}`,
        { place },
      );
      message.expected = [section.name];
    }
  },
);

/**
 * A required section whose headings have nothing under them is as good as missing: a template's
 * skeleton filled in only in part. Judged only where Markdown headings are all the evidence of the
 * section (a bold line or a table label has no body to read), by its body (section-body.ts): one
 * that shows nothing, a comment only, or a placeholder (`TBD`) is empty. The title lines of a
 * pasted document are not judged.
 */
function reportEmpty(file: VFile, index: TreeIndex, matcher: SectionMatcher, found: ReadonlyMap<string, number>): void {
  const headings = new Map<string, { heading: Heading; body: SectionBody }[]>();
  for (const at of index.of('heading')) {
    const heading = index.nodes[at] as Heading;
    const matches = matcher.matchAll(toString(heading).trim());
    if (matches.length === 0) continue;
    // A pasted document's title lines are headings by inference (parse/plain-structure.ts), and a
    // short line of content may be taken for the next title: what is under them is not known.
    const body: SectionBody = heading.data?.plainText ? { kind: 'text' } : sectionBody(index, at);
    for (const { section } of matches) {
      if (!found.has(section)) continue;
      const list = headings.get(section) ?? [];
      list.push({ heading, body });
      headings.set(section, list);
    }
  }
  for (const [section, list] of headings) {
    // A comment is no content here: a required section must show something.
    if (list.some((h) => h.body.kind === 'text')) continue;
    // Another title (an HTML heading, a bold line) or a table label may be where the section is written.
    if (found.get(section)! > list.length) continue;
    const { heading, body } = list[0]!;
    const title = toString(heading).trim();
    const message = file.message(
      body.kind === 'placeholder'
        ? `Section \`${section}\` holds only a placeholder (\`${body.text}\`) under its heading \`${title}\`: write the section, or remove the heading`
        : `Section \`${section}\` is empty: nothing follows its heading \`${title}\`; write the section, or remove the heading`,
      { place: heading.position },
    );
    message.expected = [section];
  }
}

/** The sections this document must have, and why, in words for the message ("" for the defaults). */
export function sectionsFor(tree: Root, file: Located, options: SectionChoice): { sections: readonly SectionSpec[]; why: string; kind: KindDecision } {
  const { configured, all } = sectionLists(options);
  const folder = folderOf(file);
  const repositoryFile = repositoryFileOf(file);
  // required-sections and empty-section both ask, of one tree with one configuration.
  const cached = kindByTree.get(tree);
  const kind =
    cached && cached.folder === folder && cached.repositoryFile === repositoryFile && cached.configured === options.kind && cached.all === all
      ? cached.kind
      : decideKind(tree, { folder, repositoryFile }, options.kind, all);
  kindByTree.set(tree, { folder, repositoryFile, configured: options.kind, all, kind });
  if (configured) return { sections: configured, why: '', kind };
  if (!kind.kind) return { sections: options.fallbackSections, why: '', kind };
  return { sections: options.kinds[kind.kind], why: ` (required of a ${kind.kind}: ${kind.reason})`, kind };
}

const kindByTree = new WeakMap<Root, { folder: string | undefined; repositoryFile: string | undefined; configured: DocumentKind | undefined; all: readonly SectionSpec[]; kind: KindDecision }>();

interface SectionLists {
  sections: SectionChoice['sections'];
  fallback: SectionChoice['fallbackSections'];
  /** Configured sections with `aliases` filled in (configuration may leave it out). */
  configured: readonly SectionSpec[] | undefined;
  /** Every section any kind names: what makes a document a role document. */
  all: readonly SectionSpec[];
}
// Options are spread afresh for each document, but their lists are the setting's own, shared by
// reference: keyed by them, the lists (and the matchers built over them) are made once a setting.
const listsByKinds = new WeakMap<object, SectionLists>();

function sectionLists(options: SectionChoice): SectionLists {
  const cached = listsByKinds.get(options.kinds);
  if (cached && cached.sections === options.sections && cached.fallback === options.fallbackSections) return cached;
  const configured = options.sections?.map((s) => ({ name: s.name, aliases: s.aliases ?? [] }));
  const lists = {
    sections: options.sections,
    fallback: options.fallbackSections,
    configured,
    all: [...(configured ?? []), ...options.fallbackSections, ...Object.values(options.kinds).flat()],
  };
  listsByKinds.set(options.kinds, lists);
  return lists;
}

function describeTitles(titles: readonly string[]): string {
  if (titles.length === 0) return 'the document has no headings';
  const texts = titles.slice(0, listedHeadings).map((title) => `\`${title}\``);
  const more = titles.length > listedHeadings ? ` and ${titles.length - listedHeadings} more` : '';
  return `headings found: ${texts.join(', ')}${more}`;
}

/** The document's title line: its first top-level heading, else the frontmatter `title`, else 1:1. */
function titlePlace(tree: Root, headings: readonly Heading[]): Position | { line: number; column: number } {
  const title = headings.find((h) => h.depth === 1);
  if (title?.position) return title.position;
  const block = frontmatterBlock(tree);
  if (block?.position) {
    const title = keyLine(block, 'title');
    if (title) {
      const line = block.position.start.line + 1 + title.index;
      return { start: { line, column: 1 }, end: { line, column: title.text.length + 1 } };
    }
  }
  return { line: 1, column: 1 };
}
