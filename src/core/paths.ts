/** Paths as globs, reports and GitHub write them. */
import path from 'node:path';

/** `to` relative to the folder `from`, with `/` between its parts on every platform. */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
