/**
 * `required-sections`: a role document has the sections its kind needs: a job post its
 * Responsibilities and Requirements, a ladder level its Expectations, a role page its
 * Responsibilities, and a job post or role page for a role that leads people its Leadership. A
 * section counts whatever its title's form or wording, and where no title names it, by what the
 * document holds (a list of duties, of qualifications, about leading). One finding per missing
 * section, on the document's title line; one per empty section, on its heading. A document whose
 * kind cannot be decided with confidence is not checked on a guess: it gets at most one `info`
 * saying how to set its kind.
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { createSectionMatcher, type SectionMatcher, type SectionSpec } from '../text/sections.js';
import { asInfo, asWarning, defineRule, fill } from './define.js';
import { labelOver, sectionBody, type SectionBody } from '../document/section-body.js';
import { frontmatterBlock, frontmatterFields, keyLine } from '../document/frontmatter-block.js';
import { openingsTitle } from '../document/role-titles.data.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';
import { documentKinds, kindNames, type DocumentKind, type KindDecision } from '../document/document-kind.js';
import { applicationPointer, documentTitle, fullPostingPointer, noOpeningNotice, rolesListed, sectionFinder, shownByContent } from '../document/section-presence.js';
import { outline } from '../document/outline.js';
import { kindSections, leaderSections, leads, sectionsOfKind, sectionsFor, sectionsSchema, type SectionChoice, type SectionsChoice } from '../document/section-needs.js';
import { lookedFor, readLanguages } from './required-sections.data.js';
import { documentLanguage } from '../document/language.js';


export interface RequiredSectionsOptions extends SectionChoice {
  /** When set, the sections every document must have, whatever its kind (`requiredSections` in configuration). */
  sections?: readonly SectionSpec[];
  /** The document's kind as configured for its path; otherwise taken from its frontmatter or inferred. */
  kind?: DocumentKind;
  /** The sections each kind of document must have. */
  kinds: Readonly<Record<DocumentKind, readonly SectionSpec[]>>;
  /** The sections of a job post or role page for a role that leads people (a chief, director, head of, people manager, team lead). */
  leaderSections: readonly SectionSpec[];
  /** The sections of a document whose kind cannot be decided with confidence (none by default). */
  fallbackSections: readonly SectionSpec[];
  /** Accept a required section's heading with nothing under it (a template's skeleton). */
  allowEmpty: boolean;
}


/** The rule's messages (its meta's `messages`). */
const messages = {
  missing: 'Missing section `{{section}}`{{why}}: {{lookedFor}}; {{seen}}',
  missingInLanguage: 'Section `{{section}}` was not found{{why}}, but this document seems to be in {{language}} ({{reason}}), whose section titles rolelint does not read (it reads English, French, German, Spanish and Japanese): if a title names it, nothing is missing; {{lookedFor}}',
  missingInOpenings: 'Section `{{section}}` is not on this page, whose title (`{{title}}`) names a page of several jobs or roles{{why}}: such a page lists them, each with its own page that is checked; if this page is one post, {{lookedFor}}',
  missingWithoutOpening: 'Section `{{section}}` is not on this page, which says there is no opening now (`{{notice}}`){{why}}: a page that invites applications for later posts no job; if this page is one post, {{lookedFor}}',
  missingInIndex: 'Section `{{section}}` is not on this page, which lists roles with links to their own pages ({{roles}}){{why}}: a page about several roles is an index, and each role\'s page is checked for its sections; if this page is one role\'s, {{lookedFor}}',
  missingInSummary: 'Section `{{section}}` is not in this post, which sends readers to its full text (`{{pointer}}`){{why}}: if the full posting has it, nothing is missing; {{lookedFor}}; {{seen}}',
  unsettled: 'rolelint cannot tell what kind of document this is ({{reason}}); as {{kind}} it would lack {{missing}}. Set its kind to check it: `kind: {{guess}}` (or another kind) in its frontmatter, or `kind` for its path in the configuration; `kind: other` if it is no role document',
  placeholder: 'Section `{{section}}` holds only a placeholder (`{{placeholder}}`) under its heading `{{title}}`: write the section, or remove the heading',
  leadIn: 'Section `{{section}}` holds only a line leading into what is not there (`{{text}}`) under its heading `{{title}}`: write the section, or remove the heading',
  empty: 'Section `{{section}}` is empty: nothing follows its heading `{{title}}`; write the section, or remove the heading',
} as const;
const say = (id: keyof typeof messages, data: Readonly<Record<string, string | number>>) => fill(messages[id], data);

/** How many found titles a message lists before it says "and N more". */
const listedTitles = 6;

export const requiredSections = defineRule<RequiredSectionsOptions>(
  {
    id: 'required-sections',
    description: 'Require the sections a role document of its kind must have (Responsibilities, Requirements, Leadership of roles that lead)',
    defaultLevel: 'error',
    defaults: { kinds: kindSections, leaderSections, fallbackSections: [], allowEmpty: false },
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
        leaderSections: { ...sectionsSchema, description: 'The sections a job post or role page must also have when its role leads people (a chief, director, head of, people manager or team lead)' },
        fallbackSections: { ...sectionsSchema, description: 'The sections of a document whose kind cannot be decided with confidence (none by default)' },
        allowEmpty: { type: 'boolean', description: "Accept a required section whose heading has nothing under it, or only a placeholder such as `TBD`" },
      },
    },
    tags: ['sections'],
    messages,
    needs: ['kind'],
    settings: { requiredSections: 'sections' },
  },
  (tree, file, options) => checkSections(tree, file, options, sectionsFor(tree, file, options)),
);

/** Reports, on `file`, the sections `choice` requires that the document lacks, and the empty ones. */
export function checkSections(tree: Root, file: VFile, options: RequiredSectionsOptions, choice: SectionsChoice): void {
  const source = String(file.value ?? '');
  if (choice.sections.length === 0) {
    if (choice.kind.guess) reportUnsettled(tree, file, options, choice.kind);
    return;
  }
  const index = treeIndex(tree);
  const matcher = createSectionMatcher(choice.sections);
  const finder = sectionFinder(tree, source, choice.sections, documentTitle(tree, source));
  const found = new Map<string, number>();
  const missing: SectionSpec[] = [];
  for (const section of choice.sections) {
    const evidence = finder.find(section);
    if (!evidence) missing.push(section);
    // Markdown headings are the only titles with a body to judge; any other evidence is content.
    else found.set(section.name, evidence.by === 'title' && evidence.title.form === 'heading' ? 1 : 2);
  }
  if (!options.allowEmpty) reportEmpty(file, index, matcher, found, (section) => shownByContent(tree, source, section) !== undefined);
  if (missing.length === 0) return;
  const seen = describeTitles(outline(tree, source).titles.map((t) => t.text));
  const place = titlePlace(tree);
  // A short job post that sends readers to its full text elsewhere may have the section there,
  // and a page that lists roles linked to their pages is about several: advice, not a failure.
  const pointer = choice.kind.kind === 'job-post' ? (fullPostingPointer(tree, source) ?? applicationPointer(tree, source)) : undefined;
  const roles = pointer === undefined ? rolesListed(tree) : undefined;
  // A document in a language whose titles are not read may have the section under a title in it.
  const language = documentLanguage(tree, source, file);
  const unread = language.language !== undefined && !readLanguages.has(language.language) ? language : undefined;
  // An inferred post whose title names the page of openings (`Jobs`, `Careers`) may be several posts' index.
  const title = choice.kind.by === 'inferred' ? pageTitle(tree, source) : undefined;
  const openings = title !== undefined && openingsTitle.test(title) ? title : undefined;
  // ... and one that says there is no opening now (`We are not actively hiring`) invites applications for later.
  const notice = choice.kind.by === 'inferred' && openings === undefined ? noOpeningNotice(tree) : undefined;
  const inferred = choice.kind.by === 'inferred' && choice.why !== '';
  for (const section of missing) {
    const data = { section: section.name, why: choice.why, lookedFor: lookedFor(section), seen };
    const text = unread
      ? say('missingInLanguage', { ...data, language: languageName(unread.language!), reason: unread.reason })
      : openings
      ? say('missingInOpenings', { ...data, title: openings })
      : notice
      ? say('missingWithoutOpening', { ...data, notice })
      : pointer
      ? say('missingInSummary', { ...data, pointer })
      : roles
        ? say('missingInIndex', { ...data, roles: roles.slice(0, 3).map((r) => `\`${r}\``).join(', ') + (roles.length > 3 ? ` and ${roles.length - 3} more` : '') })
        : say('missing', data);
    const message = file.message(text, { place });
    message.expected = [section.name];
    if (unread || openings || notice || pointer || roles) asInfo(message);
    // A kind the model inferred is a reading, however sure: what it asks for fails no check until
    // the document or the configuration says its kind.
    else if (inferred) asWarning(message);
  }
}

/**
 * A document whose kind is not settled is checked on no guess; where the guess is a role document
 * that would lack sections, one `info` says so and how to settle the kind.
 */
function reportUnsettled(tree: Root, file: VFile, options: RequiredSectionsOptions, kind: KindDecision): void {
  const guess = kind.guess!;
  if (guess === 'other') return;
  const sections = sectionsOfKind(options, guess, leads(tree) && guess !== 'ladder-level');
  const finder = sectionFinder(tree, String(file.value ?? ''), sections, documentTitle(tree, String(file.value ?? '')));
  const missing = sections.filter((s) => !finder.find(s)).map((s) => `\`${s.name}\``);
  if (missing.length === 0) return;
  const message = file.message(
    say('unsettled', { reason: kind.reason, kind: kindNames[guess], missing: missing.join(' and '), guess }),
    { place: titlePlace(tree) },
  );
  asInfo(message);
}

/**
 * A required section whose headings have nothing under them is as good as missing: a template's
 * skeleton filled in only in part. Judged only where Markdown headings are all the evidence of the
 * section (a bold line, a table label or a list has no body to read), by its body
 * (section-body.ts): one that shows nothing, a comment only, or a placeholder (`TBD`) is empty.
 * The title lines of a pasted document are not judged.
 */
function reportEmpty(file: VFile, index: TreeIndex, matcher: SectionMatcher, found: ReadonlyMap<string, number>, shown: (section: string) => boolean): void {
  const headings = new Map<string, { heading: Heading; body: SectionBody }[]>();
  for (const at of index.of('heading')) {
    const heading = index.nodes[at] as Heading;
    const matches = matcher.sectionsNamed(toString(heading).trim());
    if (matches.length === 0) continue;
    // A pasted document's title lines are headings by inference (parse/plain-structure.ts), and a
    // short line of content may be taken for the next title: what is under them is not known.
    const body: SectionBody = heading.data?.plainText ? { kind: 'text' } : sectionBody(index, at);
    for (const { section } of matches) {
      if (found.get(section) !== 1) continue;
      // A heading right above one of its own level is a label over the sections that follow
      // (`## Key responsibilities` over `## Scope`, `## Practice`): judged by what the document
      // holds, as a section no title names is.
      if (body.kind === 'empty' && labelOver(index, at) && shown(section)) continue;
      const list = headings.get(section) ?? [];
      list.push({ heading, body });
      headings.set(section, list);
    }
  }
  for (const [section, list] of headings) {
    // A comment is no content here: a required section must show something.
    if (list.some((h) => h.body.kind === 'text')) continue;
    const { heading, body } = list[0]!;
    const title = toString(heading).trim();
    const message = file.message(
      body.kind === 'placeholder'
        ? say('placeholder', { section, placeholder: body.text, title })
        : body.kind === 'lead-in'
          ? say('leadIn', { section, text: body.text, title })
          : say('empty', { section, title }),
      { place: heading.position },
    );
    message.expected = [section];
  }
}


/** The document's title: its own heading, else its frontmatter's `title`. */
function pageTitle(tree: Root, source: string): string | undefined {
  const own = documentTitle(tree, source)?.text;
  if (own !== undefined) return own.trim();
  const { title } = frontmatterFields(tree).data;
  return typeof title === 'string' ? title.trim() : undefined;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** A language's English name (`Dutch` for `nl`), or its code where the runtime knows none. */
const languageName = (code: string) => languageNames.of(code) ?? code;

function describeTitles(titles: readonly string[]): string {
  const shown = titles.filter((t) => t.trim() !== '');
  if (shown.length === 0) return 'the document has no headings';
  const texts = shown.slice(0, listedTitles).map((title) => `\`${title}\``);
  const more = shown.length > listedTitles ? ` and ${shown.length - listedTitles} more` : '';
  return `titles found: ${texts.join(', ')}${more}`;
}

/** The document's title line: its first top-level heading, else the frontmatter `title`, else 1:1. */
function titlePlace(tree: Root): Position | { line: number; column: number } {
  const index = treeIndex(tree);
  const title = index.of('heading').map((at) => index.nodes[at] as Heading).find((h) => h.depth === 1);
  if (title?.position) return title.position;
  const block = frontmatterBlock(tree);
  if (block?.position) {
    const key = keyLine(block, 'title');
    if (key) {
      const line = block.position.start.line + 1 + key.index;
      return { start: { line, column: 1 }, end: { line, column: key.text.length + 1 } };
    }
  }
  return { line: 1, column: 1 };
}

