/**
 * `--fix`: the corrections rules are certain of (a finding's `fix`), written back into the file.
 * Fixes that do not overlap are applied in document order, then the document is linted again, since
 * a fix may leave another, as ESLint does, for at most `maxPasses` passes. Nothing else changes:
 * the text goes back in its own encoding and byte-order mark, a file whose bytes would not come
 * back the same (invalid UTF-8, read as U+FFFD) is never written, and the file is replaced through
 * a temporary file beside it, so a crash leaves the old file or the new one, never part of one.
 */
import { chmodSync, chownSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes } from '../core/fixes.js';
import type { FileResult, ResolvedConfig } from '../core/types.js';
import { decodeDocument } from './decode.js';
import type { Encoding } from './guard.js';
import { lintDocument, type Document } from './lint.js';

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
  for (let pass = 0; pass < maxPasses; pass++) {
    const next = applyFixes(text, result.messages);
    if (next.applied === 0) break;
    fixed += next.applied;
    text = next.text;
    result = await lintDocument({ ...document, contents: text }, config);
  }
  try {
    writeReplacing(absolute, encodeText(text, encoding, bom));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ...first, notFixed: `it could not be written (${code ? `${code}: ` : ''}${(error as Error).message.replace(/^\w+: /, '')}); it is unchanged` };
  }
  return { ...result, fixed };
}

/**
 * Writes `bytes` over the file at `file` (through a symbolic link, to what it names) with the
 * file's own mode and owner. A file with other hard links is written in place: a new file renamed
 * over one of its names would leave the others with the old text.
 */
function writeReplacing(file: string, bytes: Uint8Array): void {
  const target = realpathSync(file);
  const before = statSync(target);
  // Renaming over a file needs only its folder writable: a read-only file must refuse it itself.
  if ((before.mode & 0o222) === 0) throw Object.assign(new Error('the file is read-only'), { code: 'EACCES' });
  if (before.nlink > 1) return writeFileSync(target, bytes);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.rolelint-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    chmodSync(temporary, before.mode & 0o7777);
    // Only where it differs, as when run by root on another user's file: chown is a privileged call.
    if (process.getuid && (before.uid !== process.getuid() || before.gid !== process.getgid!())) chownSync(temporary, before.uid, before.gid);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
