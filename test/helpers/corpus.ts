import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { shared } from './paths.js';

export const corpus = path.join(shared, 'corpus');

/** The corpus documents as `source/file.md` paths with their bytes, in a stable order. */
export function corpusDocuments(): { path: string; contents: Uint8Array }[] {
  const out: { path: string; contents: Uint8Array }[] = [];
  for (const source of readdirSync(corpus).sort()) {
    const dir = path.join(corpus, source);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.md')) out.push({ path: `${source}/${name}`, contents: readFileSync(path.join(dir, name)) });
    }
  }
  return out;
}
