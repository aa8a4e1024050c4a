/**
 * The hostile documents of issue 30, each as the issue made it (its size) or past it, with what
 * rolelint must say of it. Built in memory: a few of them are hundreds of kilobytes.
 */
const lines = (n: number, line: (i: number) => string, separator = '\n') => Array.from({ length: n }, (_, i) => line(i)).join(separator);

export interface HostileInput {
  name: string;
  text: string;
  /** The one finding expected: rule, line and the start of its message. */
  expected: { ruleId: string; line: number; message: RegExp };
}

const tooCostly = (what: string) => new RegExp(`^\`[^\`]+\` is too costly to parse: by line [\\d,]+, its ${what} take as long as 1\\.0 MiB of plain text`);
const tooDeep = (what: string) => new RegExp(`^\`[^\`]+\` has ${what} at line \\d+; Markdown this deep would take minutes to parse`);

export const hostileInputs: HostileInput[] = [
  // 1. A long word: quadratic in the typo rule's suggestions.
  { name: 'word-20000', text: `# T\n\n${'a'.repeat(20_000)}\n`, expected: { ruleId: 'typo', line: 3, message: /^`a{20}…` \(20,000 characters\) is longer than any word/ } },
  { name: 'word-1mib', text: `# T\n\n${'a'.repeat(1_040_000)}\n`, expected: { ruleId: 'typo', line: 3, message: /^`a{20}…` \(1,040,000 characters\) is longer than any word/ } },
  // 2. Nesting on one line and over many, and constructs each cheap alone but costly in numbers.
  { name: 'dash-5000', text: `${'- '.repeat(5000)}x\n`, expected: { ruleId: 'file-too-complex', line: 1, message: tooDeep('list items nested 5,000 deep on one line \\(more than 100\\)') } },
  { name: 'dash-10000', text: `${'- '.repeat(10_000)}x\n`, expected: { ruleId: 'file-too-complex', line: 1, message: tooDeep('list items nested 10,000 deep on one line \\(more than 100\\)') } },
  { name: 'dash-500000', text: `${'- '.repeat(500_000)}x\n`, expected: { ruleId: 'file-too-complex', line: 1, message: tooDeep('list items nested 500,000 deep on one line \\(more than 100\\)') } },
  { name: 'ordered-10000', text: `${'1. '.repeat(10_000)}x\n`, expected: { ruleId: 'file-too-complex', line: 1, message: tooDeep('list items nested 10,000 deep on one line \\(more than 100\\)') } },
  { name: 'quote-dash-5000', text: `${'> - '.repeat(5000)}x\n`, expected: { ruleId: 'file-too-complex', line: 1, message: tooDeep('lists and block quotes nested 10,000 deep on one line \\(more than 100\\)') } },
  { name: 'lazy-nested-400', text: `${lines(400, (i) => `${'- '.repeat(i + 1)}x`)}\n`, expected: { ruleId: 'file-too-complex', line: 101, message: tooDeep('list items nested 101 deep on one line \\(more than 100\\)') } },
  { name: 'lazy-open-100-deep', text: `${'- '.repeat(100)}x\n${'lazy\n'.repeat(200_000)}`, expected: { ruleId: 'file-too-complex', line: 5045, message: tooCostly('lists or block quotes nested up to 100 deep, left open over 5,045 lines') } },
  { name: 'items-50000', text: `# T\n\n${lines(50_000, (i) => `- item ${i}`)}\n`, expected: { ruleId: 'file-too-complex', line: 17_962, message: tooCostly('17,960 list items') } },
  { name: 'links-30000', text: `# T\n\n${lines(30_000, (i) => `[a${i}](/p${i})`, ' ')}\n`, expected: { ruleId: 'file-too-complex', line: 3, message: tooCostly('120,000 inline marks \\(links, emphasis, code\\) in one paragraph') } },
  { name: 'links-30000-lines', text: `# T\n\n${lines(30_000, (i) => `- [a${i}](/p${i})`)}\n`, expected: { ruleId: 'file-too-complex', line: 13_673, message: tooCostly('13,671 list items') } },
  { name: 'footnotes-10000', text: `# T\n\n${lines(10_000, (i) => `x[^${i}]`, ' ')}\n\n${lines(10_000, (i) => `[^${i}]: note ${i}`)}\n`, expected: { ruleId: 'file-too-complex', line: 3, message: tooCostly('20,000 inline marks \\(links, emphasis, code\\) in one paragraph') } },
  { name: 'footnote-definitions-20000', text: `# T\n\n${lines(20_000, (i) => `[^${i}]: note ${i}\n`)}\n`, expected: { ruleId: 'file-too-complex', line: 20_777, message: tooCostly('10,388 footnotes and footnote references and 10,389 paragraphs and other blocks') } },
  { name: 'headings-50000', text: `${lines(50_000, (i) => `# Heading ${i}`)}\n`, expected: { ruleId: 'file-too-complex', line: 20_778, message: tooCostly('20,778 headings') } },
  { name: 'setext-10000', text: `${lines(10_000, (i) => `Heading ${i}\n---`)}\n`, expected: { ruleId: 'file-too-complex', line: 3854, message: tooCostly('1,927 headings underlined with `---` or `===`') } },
  { name: 'frontmatter-keys-50000', text: `---\n${lines(50_000, (i) => `key${i}: value`)}\n---\n# T\n`, expected: { ruleId: 'file-too-complex', line: 35_322, message: tooCostly('554,030 characters of text and 35,322 frontmatter lines') } },
  { name: 'emphasis-12500', text: `# T\n\n${'*_'.repeat(12_500)}\n`, expected: { ruleId: 'file-too-complex', line: 3, message: tooCostly('25,000 inline marks \\(links, emphasis, code\\) in one paragraph') } },
  { name: 'link-openers-12000', text: `# T\n\n${'[a]('.repeat(12_000)}\n`, expected: { ruleId: 'file-too-complex', line: 3, message: tooCostly('36,000 inline marks \\(links, emphasis, code\\) in one paragraph') } },
  { name: 'table-20000', text: `| a | b | c |\n| - | - | - |\n${lines(20_000, (i) => `| ${i} | x | y |`)}\n`, expected: { ruleId: 'file-too-complex', line: 8972, message: tooCostly('35,888 table cells') } },
  { name: 'paragraphs-50000', text: `# T\n\n${lines(50_000, (i) => `Paragraph ${i}.`, '\n\n')}\n`, expected: { ruleId: 'file-too-complex', line: 49_287, message: tooCostly('24,644 paragraphs and other blocks') } },
];
