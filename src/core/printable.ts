/**
 * Text from documents, file names and configuration, made safe to print on one line of a terminal
 * or a CI log. A newline in a file name (`jobs/evil<newline>::error::x.md`) would start a line of
 * its own, which a GitHub runner reads as a workflow command; an escape sequence would recolour
 * the terminal or move its cursor; a bidirectional override would show the text in another order.
 * Each is written as an escape instead (`\n`, `\u{1b}`, `\u{202e}`); tabs stay.
 */
const unprintable = /[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

export function printable(text: string): string {
  return text.replace(unprintable, (c) => named[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * A path as the first thing on a line: printable, and never starting with `::`, which a GitHub
 * runner reads as a workflow command at the start of a line (`./::error::x.md` names the same file).
 */
export function printablePath(path: string): string {
  const shown = printable(path);
  return shown.startsWith('::') ? `./${shown}` : shown;
}
