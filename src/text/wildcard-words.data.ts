/**
 * Words a `*` stands before as a wildcard, as the field writes families of systems (`*nix` or
 * `*nux` for Unix and Linux, `*BSD`, `*aaS`): the `*` is meant to show, no italics were meant, and
 * the word is no word of the prose.
 */
export const wildcardWords: ReadonlySet<string> = new Set(['nix', 'nux', 'bsd', 'aas']);
