/** Where rules find a document's frontmatter: YAML (`---`) or TOML (`+++`), parsed by the engine. */
import type { Root, Toml, Yaml } from 'mdast';

/** The frontmatter block; remark-frontmatter only ever makes it the document's first node. */
export function frontmatterBlock(tree: Root): Yaml | Toml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' || first?.type === 'toml' ? first : undefined;
}

/** The line of a top-level key (`title: …` in YAML, `title = …` in TOML): its index in the block and its text. */
export function keyLine(block: Yaml | Toml, key: string): { index: number; text: string } | undefined {
  const separator = block.type === 'yaml' ? ':' : '=';
  const pattern = new RegExp(`^"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*${separator}`);
  const lines = block.value.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => pattern.test(line));
  return index >= 0 ? { index, text: lines[index]! } : undefined;
}
