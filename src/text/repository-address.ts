/**
 * A link into a repository of a code host (`https://github.com/buildpacks/imgutil`): its owner
 * and name name a project, in the document that links it and, read once a run, in every document
 * of the repository (vocabulary.ts).
 */

/** The address's owner (1) and repository name (2), at the start of a link's target. */
export const repositoryAddress = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([\w.-]+)\/([\w.-]+)/i;

/** The same anywhere in a lower-case text, every one (with `matchesOf`). */
export const repositoryAddresses = /\bhttps?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([\w.-]{1,100})\/([\w.-]{1,100})/g;
