/** Where the project's documents live online; rule findings link to their rule's page here. */
import { version } from './version.js';

export const repositoryUrl = 'https://github.com/rolelint/rolelint';

/**
 * A document at the released version that is running (its tag, `v0.1.0`), as ESLint links to the
 * docs of its version: a page on `main` may already describe a rule as the next release changes it.
 */
export function docsUrl(path: string): string {
  return `${repositoryUrl}/blob/v${version}/${path}`;
}
