/**
 * Where a document is, as the kind decision reads it: the folders and file name of its path
 * inside the project (never the checkout's own folder, so a run's findings do not depend on where
 * it was started or what the repository is called), and the repository file it is, if any.
 */
import { repositoryFileNames } from './document-kind.data.js';

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
 * The folders of a document's path inside its project, then its file name, lower case:
 * `['careers', 'jobs', 'engineer.md']`. With no project root, the folder it sits in and its name
 * (higher folders may be anyone's); with a path outside the project, its name alone.
 */
export function projectSegments(file: Located): readonly string[] {
  // Read by several rules a document: worked out once a file, while its path, folder and root stay.
  const known = segmentsRead.get(file);
  if (known && known.path === file.path && known.cwd === file.cwd && known.root === file.data?.projectRoot) return known.segments;
  const segments = readSegments(file);
  segmentsRead.set(file, { path: file.path, cwd: file.cwd, root: file.data?.projectRoot, segments });
  return segments;
}

const segmentsRead = new WeakMap<Located, { path: string | undefined; cwd: string; root: string | undefined; segments: readonly string[] }>();

function readSegments({ path, cwd, data }: Located): readonly string[] {
  if (!path) return [];
  const parts = absoluteParts(path, cwd).map((p) => p.toLowerCase());
  const root = data?.projectRoot === undefined ? undefined : rootParts(data.projectRoot);
  if (!root) return parts.slice(-2);
  if (parts.length - 1 >= root.length && root.every((part, i) => part === parts[i])) return parts.slice(root.length);
  return parts.slice(-1);
}

/** The project root's segments, lower case: the last root read is kept, as a run has one root. */
let lastRoot: { root: string; parts: readonly string[] } | undefined;
function rootParts(root: string): readonly string[] {
  if (lastRoot?.root !== root) lastRoot = { root, parts: absoluteParts(root, '/').map((p) => p.toLowerCase()) };
  return lastRoot.parts;
}

/** The name of the folder a document sits in, lower case, when that folder is inside the project. */
export function folderOf(file: Located): string | undefined {
  const segments = projectSegments(file);
  return segments.length >= 2 ? segments.at(-2) : undefined;
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

/**
 * Whether a document is a form to fill in: GitHub's issue and pull request templates, or a file
 * its name calls a template (`inclusive-leadership-template.md`), whose bullets are slots left for
 * the author (`* list item` twice).
 */
export function isTemplateFile(file: Located): boolean {
  return /template/i.test(file.path?.split(/[\\/]+/).at(-1) ?? '') || /template/i.test(repositoryFileOf(file) ?? '');
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
