/**
 * `--fix`: the corrections rules are certain of (a finding's `fix`), written back into the file.
 * Fixes that do not overlap are applied in document order, then the document is linted again, since
 * a fix may leave another, as ESLint does, for at most `maxPasses` passes. Nothing else changes:
 * the text goes back in its own encoding and byte-order mark, a file whose bytes would not come
 * back the same (invalid UTF-8, read as U+FFFD) is never written, and the file is replaced through
 * a temporary file beside it, so a crash leaves the old file or the new one, never part of one.
 */
import { chmodSync, chownSync, closeSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes } from '../core/fixes.js';
import type { FileResult, Finding, ResolvedConfig } from '../core/types.js';
import { decodeDocument } from '../engine/decode.js';
import type { Encoding } from '../engine/guard.js';
import { lintOne, type Document } from './lint.js';

/** ESLint's bound: fixes that keep making fixes stop here. */
const maxPasses = 10;

/** Text to bytes in the encoding it was read in, after the byte-order mark it had. */
export function encodeText(text: string, encoding: Encoding, bom: Uint8Array): Uint8Array {
  const body = Buffer.from(text, encoding === 'utf-8' ? 'utf8' : 'utf16le');
  if (encoding === 'utf-16be') body.swap16();
  return Buffer.concat([bom, body]);
}

/**
 * Applies the fixes of `first` (the document's findings) and writes the file at `absolute`. The
 * result is the findings that remain, with `fixed` counting what was fixed, or `first` with
 * `notFixed` saying why the file was left as it was.
 */
export async function fixDocument(document: Document & { contents: Uint8Array }, absolute: string, config: ResolvedConfig, first: FileResult): Promise<FileResult> {
  const bytes = document.contents;
  const decoded = decodeDocument(bytes);
  if (!decoded) return first;
  const { encoding } = decoded;
  const bom = bytes.subarray(0, decoded.bomLength);
  if (decoded.invalid || !Buffer.from(encodeText(decoded.text, encoding, bom)).equals(bytes)) {
    return { ...first, notFixed: `it is not valid ${encoding.toUpperCase()}, and writing it back would change more than the fixes` };
  }

  let text = decoded.text;
  let result = first;
  let fixed = 0;
  // Fixes that would have made a finding the document did not have, by what they fix.
  const withheld = new Map<string, string>();
  const open = () => result.messages.filter((m) => m.fix && !withheld.has(fixKey(m, result.messages)));
  for (let pass = 0, tries = 0; pass < maxPasses && tries < maxTries; tries++) {
    const fixable = open();
    if (fixable.length === 0) break;
    // All at once, as ESLint does; where that makes a finding, one at a time, keeping each that makes none.
    const next = applyFixes(text, fixable);
    if (next.applied === 0) break;
    const after = await lintOne({ ...document, contents: next.text }, config);
    const made = newFindings(result, after);
    if (made === undefined) {
      fixed += next.applied;
      text = next.text;
      result = after;
      pass++;
      continue;
    }
    const one = fixable[0]!;
    const alone = applyFixes(text, [one]);
    const afterOne = await lintOne({ ...document, contents: alone.text }, config);
    const madeByOne = newFindings(result, afterOne);
    if (madeByOne === undefined) {
      fixed++;
      text = alone.text;
      result = afterOne;
    } else {
      withheld.set(fixKey(one, result.messages), `\`${one.actual ?? one.ruleId}\` on line ${one.line} (it would make ${madeByOne})`);
    }
  }
  if (fixed === 0 && withheld.size === 0) return first;
  // A withheld fix is a finding to correct by hand: it no longer says `--fix` can.
  const messages = result.messages.map((m) => (m.fix && withheld.has(fixKey(m, result.messages)) ? withoutFix(m) : m));
  const kept = withheld.size > 0 ? { fixesWithheld: `${withheld.size} fix${withheld.size === 1 ? ' was' : 'es were'} not made, since each would make a finding the document did not have: ${[...withheld.values()].join('; ')}` } : {};
  if (fixed === 0) return { ...first, messages: first.messages.map((m) => (m.fix ? withoutFix(m) : m)), ...kept };
  try {
    writeReplacing(absolute, encodeText(text, encoding, bom), bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ...first, notFixed: `it could not be written (${code ? `${code}: ` : ''}${(error as Error).message.replace(/^\w+: /, '')}); it is unchanged` };
  }
  return { ...result, messages, fixed, ...kept };
}

/** Tries of fixes, one at a time past the first pass: enough for the fixes of a large document, and a bound. */
const maxTries = 200;

/** A finding with a fix, named so that the same finding is known again after other fixes moved it on its line. */
function fixKey(finding: Finding, all: readonly Finding[]): string {
  const same = all.filter((m) => m.ruleId === finding.ruleId && m.line === finding.line && m.actual === finding.actual);
  return `${finding.ruleId}\0${finding.line}\0${finding.actual}\0${same.indexOf(finding)}`;
}

function withoutFix(finding: Finding): Finding {
  const { fix: _, ...rest } = finding;
  return rest;
}

/**
 * The findings `after` has that `before` did not, counted by rule and line (a message may change
 * with a fix, as the headings a missing section lists do), named for a sentence; undefined when
 * there are none. Fixes change no line count, so lines are comparable.
 */
function newFindings(before: FileResult, after: FileResult): string | undefined {
  const count = (result: FileResult) => {
    const counts = new Map<string, number>();
    for (const m of result.messages) counts.set(`${m.ruleId} on line ${m.line}`, (counts.get(`${m.ruleId} on line ${m.line}`) ?? 0) + 1);
    return counts;
  };
  const was = count(before);
  const made = [...count(after)].filter(([key, n]) => n > (was.get(key) ?? 0)).map(([key]) => `\`${key.split(' ')[0]}\`${key.slice(key.indexOf(' '))}`);
  return made.length > 0 ? made.join(', ') : undefined;
}

/** A fix file older than this was left by a run that was stopped (`kill -9`), not one writing now. */
const staleAfterMs = 60_000;

/**
 * Writes `bytes` over the file at `file` (through a symbolic link, to what it names) with the
 * file's own mode and owner, if it still holds `read`, the bytes the fixes were made on. A file
 * with other hard links is written in place: a new file renamed over one of its names would leave
 * the others with the old text.
 *
 * The new text goes first into `.<name>.rolelint-fix` beside it, created only if absent: while it
 * is there, another `rolelint --fix` on the same file (two editors' runs, a hook and a terminal)
 * leaves the file to this one and says so, and once it is renamed into place the other finds the
 * file changed. Either way each fix is made, and claimed, once.
 */
function writeReplacing(file: string, bytes: Uint8Array, read: Uint8Array): void {
  const target = realpathSync(file);
  const before = statSync(target);
  // Renaming over a file needs only its folder writable: a read-only file must refuse it itself.
  if ((before.mode & 0o222) === 0) throw Object.assign(new Error('the file is read-only'), { code: 'EACCES' });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.rolelint-fix`);
  claim(temporary);
  try {
    if (!readFileSync(target).equals(read)) throw Object.assign(new Error('it changed while rolelint was fixing it (another --fix, or an editor): run again'), { code: 'ECHANGED' });
    if (before.nlink > 1) {
      writeFileSync(target, bytes);
      rmSync(temporary, { force: true });
      return;
    }
    writeFileSync(temporary, bytes);
    chmodSync(temporary, before.mode & 0o7777);
    // Only where it differs, as when run by root on another user's file: chown is a privileged call.
    if (process.getuid && (before.uid !== process.getuid() || before.gid !== process.getgid!())) chownSync(temporary, before.uid, before.gid);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Creates the fix file, failing when another run holds it; one a stopped run left is taken over. */
function claim(temporary: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      closeSync(openSync(temporary, 'wx'));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const age = Date.now() - (statSync(temporary, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age < staleAfterMs) throw Object.assign(new Error(`another rolelint --fix is writing it (\`${path.basename(temporary)}\` is there; remove it if none runs)`), { code: 'EBUSY' });
      rmSync(temporary, { force: true });
    }
  }
}
