/**
 * Which kind of role document a tree is, and why: from configuration (by path), from the
 * frontmatter (`kind:`, or a `layout:` naming one), or inferred from the document (its headings,
 * frontmatter keys and folders). Undefined when nothing settles it; the caller then applies the
 * default sections. `other` is inferred only for documents that are plainly not role documents:
 * all or mostly frontmatter, a team or process page, several headings none of which names a role
 * section, or a title alone that names no role.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shownText } from '../text/html.js';
import { createSectionMatcher, sectionKey, type SectionSpec } from '../text/sections.js';
import { frontmatterBlock } from './frontmatter-block.js';
import { sectionTitles } from './section-titles.js';
import { treeIndex } from './tree-index.js';
import { dataDocument, documentKinds, jobPostCompanions, kindSignals, layoutWords, otherHeadings, repositoryFileNames, roleTitles, type DocumentKind } from './document-kind.data.js';

export { documentKinds, type DocumentKind } from './document-kind.data.js';

export interface KindDecision {
  kind: DocumentKind | undefined;
  by: 'config' | 'frontmatter' | 'inferred' | 'default';
  /** What settled it, for messages and `--print-config`. */
  reason: string;
}

const signalKeys = Object.fromEntries(
  Object.entries(kindSignals).map(([kind, s]) => [kind, new Set(s.headings.map(sectionKey))]),
) as Record<keyof typeof kindSignals, Set<string>>;

const otherKeys = new Set(otherHeadings.map(sectionKey));
const companionKeys = new Set(jobPostCompanions.map(sectionKey));

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (documentKinds as readonly string[]).includes(value);
}

declare module 'vfile' {
  interface DataMap {
    /** The project's root folder (absolute): neither it nor a folder above it names a document's kind. */
    projectRoot: string;
  }
}

/** A document's path, as given, the folder a relative one starts from, and its project's root (a VFile is one). */
export interface Located {
  readonly path?: string | undefined;
  readonly cwd: string;
  readonly data?: { projectRoot?: string };
}

/**
 * The name of the folder a document sits in, lower case, when that folder is inside the project:
 * `jobs` for `jobs/a.md`, and for `a.md` linted from inside `jobs/`, so a run's findings do not
 * depend on where it was started. A checkout's own folder (`~/src/jobs/README.md`) names none.
 */
export function folderOf({ path, cwd, data }: Located): string | undefined {
  if (!path) return undefined;
  const parts = absoluteParts(path, cwd);
  const root = data?.projectRoot === undefined ? undefined : absoluteParts(data.projectRoot, '/');
  if (root && !(parts.length - 1 > root.length && root.every((part, i) => part === parts[i]))) return undefined;
  return parts.at(-2)?.toLowerCase();
}

/**
 * The name of a repository file a document is (`CODE_OF_CONDUCT.md`, `.github/PULL_REQUEST_TEMPLATE/feature.md`),
 * as written, when it is one.
 */
export function repositoryFileOf({ path }: Located): string | undefined {
  if (!path) return undefined;
  const parts = path.split(/[\\/]+/);
  const key = (part: string | undefined) => part?.replace(/\.[^.]*$/, '').toLowerCase().replace(/-/g, '_');
  if (repositoryFileNames.has(key(parts.at(-1))!)) return parts.at(-1);
  // GitHub's folders of issue and pull request templates.
  const folder = key(parts.at(-2));
  return folder === 'issue_template' || folder === 'pull_request_template' ? parts.slice(-2).join('/') : undefined;
}

/** The segments of a path resolved against `cwd`, `.` and `..` applied (POSIX or Windows). */
function absoluteParts(path: string, cwd: string): string[] {
  const absolute = /^([a-zA-Z]:)?[\\/]/.test(path);
  const parts: string[] = [];
  for (const part of `${absolute ? '' : `${cwd}/`}${path}`.split(/[\\/]+/)) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts;
}

export function decideKind(
  tree: Root,
  /** Where the document is: the folder it sits in (`folderOf`), and the repository file it is (`repositoryFileOf`). */
  { folder, repositoryFile }: { folder: string | undefined; repositoryFile?: string | undefined },
  configured: DocumentKind | undefined,
  allSections: readonly SectionSpec[],
): KindDecision {
  if (configured) return { kind: configured, by: 'config', reason: `configured for this path` };

  const block = frontmatterBlock(tree);
  const data = block?.data?.frontmatter?.data ?? {};
  if (isDocumentKind(data.kind)) return { kind: data.kind, by: 'frontmatter', reason: `frontmatter \`kind: ${data.kind}\`` };
  if (typeof data.layout === 'string') {
    const word = data.layout.toLowerCase().split(/[^a-z]+/).find((w) => w in layoutWords);
    if (word) return { kind: layoutWords[word], by: 'frontmatter', reason: `frontmatter \`layout: ${data.layout}\`` };
  }
  if (repositoryFile) return { kind: 'other', by: 'inferred', reason: `\`${repositoryFile}\` is one of a repository's own files (code of conduct, contributing guide, licence, changelog, templates), not a role document` };

  // HTML that shows no text (comments, empty containers) is no content either; a post pasted as HTML is.
  if (block && tree.children.every((n) => n === block || (n.type === 'html' && shownText(n.value) === ''))) {
    return { kind: 'other', by: 'inferred', reason: 'the document is all frontmatter (its content is data for a site template)' };
  }
  // Mostly frontmatter: the content is data a site template lays out (a framework's levels and
  // criteria), and the short body is an introduction, not where its sections are.
  const dataLines = block?.position ? block.position.end.line - block.position.start.line + 1 : 0;
  const bodyLines = block?.position && tree.position ? tree.position.end.line - block.position.end.line : 0;
  if (dataLines >= dataDocument.minLines && dataLines >= dataDocument.bodyRatio * bodyLines) {
    return { kind: 'other', by: 'inferred', reason: `the document is mostly frontmatter (${dataLines} lines of data beside ${bodyLines} of text, for a site template)` };
  }

  const index = treeIndex(tree);
  const headings = index.of('heading').map((at) => toString(index.nodes[at] as Heading).trim());
  // HTML headings, and bold or colon-ended lines under a lone title: evidence, not headings to count.
  const titles = sectionTitles(tree);
  // Only the folder a document sits in: higher folders name areas (`careers/`), not kinds.

  // Headings first (the document's own words), then frontmatter keys, then folders.
  const kinds = Object.entries(kindSignals) as [keyof typeof kindSignals, (typeof kindSignals)[keyof typeof kindSignals]][];
  for (const [kind, signals] of kinds) {
    const heading = titles.find((h) => signalKeys[kind].has(sectionKey(h)) || signals.headingPatterns.some((p) => p.test(h)));
    if (heading) return { kind, by: 'inferred', reason: `heading \`${heading}\`` };
  }
  for (const [kind, signals] of kinds) {
    const key = signals.frontmatterKeys.find((k) => k in data);
    if (key) return { kind, by: 'inferred', reason: `frontmatter key \`${key}\`` };
  }
  for (const [kind, signals] of kinds) {
    if (folder && signals.folders.includes(folder)) return { kind, by: 'inferred', reason: `folder \`${folder}/\`` };
  }
  const pageHeadings = headings.filter((h) => otherKeys.has(sectionKey(h)));
  if (new Set(pageHeadings.map(sectionKey)).size >= 2) {
    return { kind: 'other', by: 'inferred', reason: `a team or process page (headings ${pageHeadings.slice(0, 3).map((h) => `\`${h}\``).join(', ')})` };
  }

  const matcher = createSectionMatcher(allSections);
  const namesRoleSection = titles.some((h) => matcher.matchAll(h).length > 0);
  // Weaker than the signals above: what an employer offers, beside what the job is.
  const companion = titles.find((h) => companionKeys.has(sectionKey(h)));
  if (companion && namesRoleSection) return { kind: 'job-post', by: 'inferred', reason: `heading \`${companion}\` beside role sections` };

  if (!namesRoleSection) {
    if (headings.length > 1) return { kind: 'other', by: 'inferred', reason: 'no heading names a role section (not a role document)' };
    // A title alone: a pasted job description may have no other heading, but then its title names
    // the role (`Senior Software Engineer`); `Org chart` or `Values and practices` does not. A
    // document with no heading at all is a paste that lacks every section.
    const title = headings.length === 1 ? headings[0]! : undefined;
    if (title !== undefined && !roleTitles.some((p) => p.test(title))) {
      return { kind: 'other', by: 'inferred', reason: `\`${title}\` is its only heading and names no single role (a page, not a role document)` };
    }
  }
  return { kind: undefined, by: 'default', reason: 'nothing settles the kind' };
}
