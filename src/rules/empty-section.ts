/**
 * `empty-section`: a heading with nothing under it before the next heading as high, or only a
 * placeholder (`TODO`, `TBD`), as remark-lint-no-empty-sections reports empty sections. The
 * sections a document must have are required-sections' to judge (an empty one is as good as
 * missing, an error there), so they are left out here. So are the inferred title lines of a pasted
 * document, a section holding only a comment (it may stand for an include a site fills in) and a
 * document whose frontmatter lost its opening `---` (its YAML comments read as headings; the
 * frontmatter rule says what to fix), GitHub's issue and pull request templates, whose headings
 * stand over nothing for the author to fill in, the page's own `# Title`, a heading that is a
 * link to where its content is, an entry of a table of contents written as headings, and a
 * notice written as a heading (`Applications are closed`). A paragraph that a `---` line right under
 * it turned into a heading (a setext heading) is named as such.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createSectionMatcher } from '../text/sections.js';
import { htmlRuns } from '../text/html.js';
import { defineRule } from './define.js';
import { frontmatterBlock } from '../document/frontmatter-block.js';
import { repositoryFileOf } from '../document/place.js';
import { kindSections, leaderSections, sectionsFor, type SectionChoice } from '../document/section-needs.js';
import { labelOver, sectionBody } from '../document/section-body.js';
import { shownByContent, titleIsAbout } from '../document/section-presence.js';
import { numberedParts } from '../document/numbered-parts.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';
import { labels } from '../document/job-facts.data.js';
import { bylineVerbs, headingFieldLabels } from './empty-section.data.js';

/** What decides the sections a document must have: the configuration's `requiredSections` reaches this rule as it reaches required-sections, the kind the engine decides. */
export type EmptySectionOptions = SectionChoice;

/** Longest heading quoted whole in a message. */
const quoted = 60;

export const emptySection = defineRule<EmptySectionOptions>(
  {
    id: 'empty-section',
    description: 'Disallow a heading with nothing under it, or only a placeholder such as TODO (the required sections are judged by required-sections)',
    defaultLevel: 'warning',
    defaults: { kinds: kindSections, leaderSections, fallbackSections: [] },
    schema: { type: 'object', additionalProperties: false, properties: {} },
    tags: ['sections'],
    messages: {
      placeholder: 'Section `{{name}}` holds only a placeholder (`{{placeholder}}`): write it, or remove the heading',
      leadIn: 'Section `{{name}}` holds only a line leading into what is not there (`{{text}}`): write what it announces, or remove the heading',
      setext: '`{{name}}` reads as a paragraph, but the `---` on the line under it makes it a heading with nothing under it; put a blank line before the `---` if it is meant as a rule',
      empty: 'Section `{{name}}` is empty: nothing follows its heading; write it, or remove the heading',
    },
    needs: ['kind'],
    settings: { requiredSections: 'sections' },
  },
  (tree, file, options, say) => {
    if (tree.data?.unopenedFrontmatter || /template/i.test(repositoryFileOf(file) ?? '')) return;
    const index = treeIndex(tree);
    const headings = index.of('heading');
    if (headings.length === 0) return;
    const { sections } = sectionsFor(tree, file, options);
    const required = sections.length > 0 ? createSectionMatcher(sections) : undefined;
    const source = String(file.value ?? '');
    const contents = contentsEntries(index, headings);
    let parts: ReadonlySet<number> | undefined;
    let allocations: number | undefined;
    for (const at of headings) {
      const heading = index.nodes[at] as Heading;
      if (heading.data?.plainText || !heading.position) continue;
      // A heading's lines (a paragraph over `---`) named as one line.
      const title = toString(heading).trim().replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
      if (required && required.sectionsNamed(title).length > 0) continue;
      // The page's own title, a heading that points to where its content is, a notice written as a heading.
      if ((at === headings[0] && (heading.depth === 1 || opensPage(tree, heading))) || pointsElsewhere(heading) || subtitle(tree, index, headings, at) || contents.has(at)) continue;
      const setext = paragraphMadeHeading(heading, title, source);
      if (!setext && (isNotice(title) || fieldHeading.test(title) || byline.test(title))) continue;
      const body = sectionBody(index, at);
      if (body.kind === 'text' || body.kind === 'comment') continue;
      // A line leading into a list that stands right under the next heading (`Specific responsibilities
      // include:` over `## Leadership, governance, and oversight:` and its items): what it announces is there.
      if (body.kind === 'lead-in' && leadsAcrossHeading(index, headings, at)) continue;
      // A title about a required section right above a heading of its own level, where the
      // document shows the section (`### Requirements of the job` over `### Eligibility` and its
      // qualifications): a label over what follows, as required-sections reads it.
      if (body.kind === 'empty' && labelOver(index, at) && sections.some((section) => titleIsAbout(title, section) && shownByContent(tree, source, section.name) !== undefined)) continue;
      // A title right above the first of numbered parts of its own level (`## Desafio QA` over `## Parte 1`, `## Parte 2`): the parts are its content.
      if (body.kind === 'empty' && labelOver(index, at) && (parts ??= numberedParts(index)).has(index.end(at)) && !parts.has(at)) continue;
      // One of three headings or more ending in a quantity in brackets (`#### Office hours (1)`, `#### Staff meeting (1)`): an allocation's items, written as headings, that need no body.
      if (body.kind === 'empty' && quantified.test(title) && (allocations ??= headings.filter((h) => quantified.test(toString(index.nodes[h]!).trim())).length) >= minAllocations) continue;
      // A plain title naming things in the plural right above one of its own level written wholly in
      // emphasis (`### Non-Technical Roles` over `### ___PR___`): a label over the styled titles that
      // follow. (A role's title so, `## GIS Developer` over `## **GIS Program Manager**`, is a section left empty.)
      if (body.kind === 'empty' && labelOver(index, at) && plural.test(title) && emphasisedWhole(index.nodes[index.end(at)] as Heading) && !emphasisedWhole(heading)) continue;
      const name = title.length > quoted ? `${title.slice(0, quoted).trimEnd()}…` : title;
      const message =
        body.kind === 'placeholder'
          ? say('placeholder', { name, placeholder: body.text })
          : body.kind === 'lead-in'
            ? say('leadIn', { name, text: body.text })
            : say(setext ? 'setext' : 'empty', { name });
      file.message(message, { place: heading.position });
    }
  },
);

/** A title ending in a quantity in brackets (`Office hours (2)`, `Grading (1.5 h)`), and the fewest such headings that make an allocation. */
const quantified = /\(\s*\d{1,3}(?:[.,]\d)?\s*(?:h|hrs?|hours?)?\s*\)$/i;
const minAllocations = 3;

/** A title ending in a plural noun (`Non-Technical Roles`, `Other teams:`). */
const plural = /\p{L}{2,}[^s\W]s[\s:.]*$/u;

/** Whether a heading's text is one emphasis or strong span (`### ___PR___`, `### **Design**`), as a page styles its subtitles. */
function emphasisedWhole(heading: Heading): boolean {
  const shown = heading.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  return shown.length === 1 && (shown[0]!.type === 'emphasis' || shown[0]!.type === 'strong');
}

/** A heading over a table of contents. */
const contentsTitle = /^(?:table of contents|contents|toc|on this page|in this (?:page|guide|document)|sommaire|table des matières|inhalt|inhaltsverzeichnis|índice|contenido)$/i;

/**
 * The entries of a table of contents written as headings (`# Table of Contents` over `###
 * Technical Decisions`, `### Daily To-Do's`…, then the sections themselves): the headings right
 * after a contents heading, up to the first with content under it. (Not any heading a later one
 * repeats: a ladder in one file names each level's sections alike, and one may be empty.)
 */
function contentsEntries(index: TreeIndex, headings: readonly number[]): ReadonlySet<number> {
  const entries = new Set<number>();
  headings.forEach((at) => {
    if (!contentsTitle.test(toString(index.nodes[at]!).replace(/[*_:]/g, '').trim())) return;
    // Its following siblings: headings and rules, up to the first heading with anything under it.
    const sibling = (i: number) => (i < index.nodes.length && index.parent(i) === index.parent(at) ? index.nodes[i] : undefined);
    for (let i = index.end(at); sibling(i) !== undefined; i = index.end(i)) {
      const node = sibling(i)!;
      if (node.type === 'thematicBreak') continue;
      const next = sibling(index.end(i));
      if (node.type !== 'heading' || (next !== undefined && next.type !== 'heading' && next.type !== 'thematicBreak')) break;
      entries.add(i);
    }
  });
  return entries;
}

/** A setext heading (text over a `---` line) that reads as prose: a sentence, longer than a title, or lines of it (no title runs over two). */
function paragraphMadeHeading(heading: Heading, title: string, source: string): boolean {
  const { start, end } = heading.position!;
  if (start.line === end.line || end.offset === undefined) return false;
  const underline = source.slice(source.lastIndexOf('\n', end.offset - 1) + 1, end.offset);
  return /^ {0,3}-+[ \t]*$/.test(underline) && (title.length > 80 || /[.!?]$/.test(title) || end.line - start.line > 1);
}

/**
 * The page's first heading with nothing before it but frontmatter, rules and a layout's tags, at any
 * depth (`### Cruz & Gabela - Finance Committee` over `### Project Team`, `## Application deadline:
 * 24 August` over `## Grant amount`, a policy's `## ASF Financial Systems Access Policy` inside `<div
 * class="card-header">`, after a site's `Key: value` metadata lines): the page's title or a fact it opens with, not a section left empty. Not a
 * question (`## What does this change?`): that asks for what should follow it.
 */
function opensPage(tree: Root, heading: Heading): boolean {
  const block = frontmatterBlock(tree);
  const first = tree.children.find(
    (node, i) => node !== block && node.type !== 'thematicBreak' && !(node.type === 'html' && htmlRuns(node.value).length === 0) && !(i === 0 && node.type === 'paragraph' && metadataLines.test(toString(node))),
  );
  return first === heading && !/\?\s*$/.test(toString(heading));
}

/** Two lines or more of `Key: value` alone, as Pelican and MultiMarkdown write a page's metadata at its top (`Title: …` / `TabTitle: …`). */
const metadataLines = /^(?:[A-Za-z][\w-]*:[ \t][^\n]*\n){1,}[A-Za-z][\w-]*:[ \t][^\n]*$/;

/**
 * A line of the page's title block: a heading on the line right under the page's title (its `#`
 * heading, or its first heading with nothing before it: `## Fullstack Engineer`), or under such a
 * line, nothing between (`# Test Lead` over `### KMS Technology` over `#### 🌎 Remote, Ho Chi
 * Minh`): the title's subtitle, its employer, place or pay, not a section.
 */
function subtitle(tree: Root, index: TreeIndex, headings: readonly number[], at: number): boolean {
  const first = index.nodes[headings[0]!] as Heading;
  if (!(first.depth === 1 || opensPage(tree, first)) || !first.position) return false;
  let line = first.position.end.line;
  for (const other of headings.slice(1)) {
    const start = (index.nodes[other] as Heading).position?.start.line;
    if (start !== line + 1) return false;
    if (other === at) return true;
    line = (index.nodes[other] as Heading).position!.end.line;
  }
  return false;
}

/**
 * A heading that is a link and nothing else (`### [Company](../company-section.md)`, `#### 1.
 * [PM Onboarding](/onboarding)` after its number), or links
 * joined by `and`, commas or bars (`### [Our plan](/plan) and [Our values](/values)`): its content
 * is the pages it links to.
 */
function pointsElsewhere(heading: Heading): boolean {
  // A web address alone (`## https://example.com`, shown as a link by GitHub): where the content is.
  if (bareAddress.test(toString(heading).trim())) return true;
  // A number or a bullet before it (`#### 1. [PM Onboarding](/onboarding)`): an entry of a list written as headings.
  const shown = heading.children.filter((c, i) => !(c.type === 'text' && (c.value.trim() === '' || (i === 0 && enumerator.test(c.value)))));
  const isLink = (c: (typeof shown)[number]) => c.type === 'link' || c.type === 'linkReference';
  if (shown.length > 0 && isLink(shown[0]!) && shown.every((c) => isLink(c) || (c.type === 'text' && linkJoin.test(c.value)))) return true;
  // `For the current election, check the [Steering Elections][elections] directory`, `Have you seen
  // our [Designer](/careers/designer) position?`, `Want to join our team? [Contact Us](/contact)`: a
  // link and words sending the reader to it.
  return shown.some(isLink) && pointer.test(toString(heading));
}

const bareAddress = /^(?:https?:\/\/|www\.)\S+$/i;
const enumerator = /^\s*(?:\d{1,2}[.)]|[-•·*])\s*$/;

/** Whether the heading after the one at `at` has a list right under it. */
function leadsAcrossHeading(index: TreeIndex, headings: readonly number[], at: number): boolean {
  const next = headings[headings.indexOf(at) + 1];
  return next !== undefined && index.nodes[index.end(next)]?.type === 'list';
}

/** What joins the links of a heading made of links: `and`, `or`, `&`, a comma, a bar, a slash, a dot or a dash. */
const linkJoin = /^[\s,|/·•&–—-]*(?:(?:and|or)[\s,|/·•&–—-]*)?$/i;

/** Words that send a reader to a link: a heading holding one and these points elsewhere. */
const pointer = /\b(?:see|seen|check|visit|read|refer to|go to|head to|moved to|has moved|find (?:it|them|the \w+) (?:at|in|on)|look at|follow|click|apply|contact|get in touch|reach out|write to|e-?mail)\b/i;

/** A field and its value written as a heading (`Location: Tamilnadu (Remote)`, `Function – Technology`): a label of the job's facts or of the post's other fields, a colon or a spaced dash, then the value. */
const fieldHeading = new RegExp(`^(?:${[...labels.pay, ...labels.location, ...labels.employment, ...labels.closes, ...headingFieldLabels].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s*:|\\s+[-–—])\\s*\\S`, 'iu');

/** A byline written as a heading (`Contributed by Elsa Gonsiorowski`). */
const byline = new RegExp(`^(?:${bylineVerbs.join('|')})\\s+by\\s+\\S`, 'i');

const numberedStep = /^(?:step\s*)?\d{1,2}[.):]\s/i;
/** The fewest words of a numbered heading that is a step, not a section's title (its number counted). */
const stepWords = 7;
/** The fewest words of a question written as a heading that is a sentence to the reader, not a section's title. */
const sentenceQuestionWords = 10;

/**
 * A heading that is a whole sentence, a notice that stands alone by design (`Applications are
 * currently closed`, `This page has moved`, `Deprecated!`), a question as long as a sentence, or a
 * numbered step: a statement, not a section's title.
 */
function isNotice(title: string): boolean {
  const words = title.split(/\s+/).length;
  if (/[.!]$/.test(title) && words >= 2) return true;
  // A question as long as a sentence, a call to the reader (`So, will you join this network and
  // change the politics around you?`), not a section's title (`What are the perks?`).
  if (title.endsWith('?') && words >= sentenceQuestionWords) return true;
  // A numbered step of a procedure written as a heading (`1. ✔️ Tag the issue with the review label
  // in GitHub`): an instruction whole in itself, longer than a numbered section's title (`2. Scope`).
  if (numberedStep.test(title) && words >= stepWords) return true;
  // `is`, `are` or their contractions (`but we're happy to hear from you`).
  return /\b(?:is|are|was|were|has been|have been|will be|is now|are now|has moved|have moved|(?:we|you|they|it|that|there)['’](?:re|s))\b/i.test(title) && !/^(?:what|who|how|why|where|when|which|is|are|was|were|will|your|our|do|does|can)\b/i.test(title);
}
