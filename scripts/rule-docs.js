// The parts of the documentation written from the rules' meta, as markdownlint and remark-lint
// write theirs: the README's rule table, and each rule page's options table. Each sits between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; what is outside is written by hand.
const marker = (name) => [`<!-- generated:${name} (scripts/generate.js, from the rules' meta) -->`, `<!-- /generated:${name} -->`];

/** `text` with the block `name` replaced by `body`; the block must be there, once. */
export function replaceBlock(text, name, body, file) {
  const [open, close] = marker(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end < start || text.indexOf(open, start + 1) !== -1) throw new Error(`${file}: no single ${open} … ${close} block`);
  return `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`;
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The README's table of rules: id and page, default level, `--fix`, tags, what it checks. */
export function ruleTable(rules) {
  const rows = rules.map(({ meta }) => `| [\`${meta.id}\`](${meta.docs}) | ${meta.defaultLevel} | ${meta.fixable ? 'yes' : ''} | ${(meta.tags ?? []).join(', ')} | ${cell(meta.description)} |`);
  return ['| rule | default | `--fix` | tags | what it checks |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** A rule page's options table, from the options schema, the defaults and each option's description. */
export function optionsTable(meta) {
  const properties = Object.entries(meta.schema.properties ?? {});
  if (properties.length === 0) return 'This rule has no options.';
  const rows = properties.map(([name, schema]) => `| \`${name}\` | ${cell(typeOf(schema))} | ${cell(brief(meta.defaults[name]))} | ${cell(schema.description ?? '')} |`);
  return ['| option | type | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function typeOf(schema) {
  if (schema.enum) return schema.enum.map((v) => `\`${v}\``).join(', ');
  if (schema.type === 'array') return schema.items?.enum ? `list of ${typeOf(schema.items)}` : `\`${typeOf(schema.items ?? {}).replaceAll('`', '')}[]\``;
  if (schema.type === 'object' && schema.required?.includes('name')) return 'section';
  if (schema.type === 'object') return 'object';
  return schema.type ?? 'any';
}

/** A default as short as it can be read: sections by name, a long list as its length. */
function brief(value) {
  if (value === undefined) return '(none)';
  const names = (list) => (Array.isArray(list) && list.every((s) => s && typeof s === 'object' && 'name' in s) ? list.map((s) => s.name).join(', ') || 'none' : undefined);
  if (names(value) !== undefined) return names(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => names(v) !== undefined)) {
    return Object.entries(value).map(([k, v]) => `${k}: ${names(v)}`).join('; ');
  }
  const json = `\`${JSON.stringify(value)}\``;
  return json.length <= 72 ? json : `${Array.isArray(value) ? `${value.length} entries` : 'built in'} (see above)`;
}
