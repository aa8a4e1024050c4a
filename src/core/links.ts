/** Where the project's documents live online; rule findings link to their rule's page here. */
export const repositoryUrl = 'https://github.com/rolelint/rolelint';

export function docsUrl(path: string): string {
  return `${repositoryUrl}/blob/main/${path}`;
}
