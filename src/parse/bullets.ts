/**
 * Word-processor bullets (`•`, `·`, `▪`, `◦`, `●`, `–`) become Markdown list markers in a copy of the
 * source of exactly the same length, so every offset, line and column the parser reports is still
 * that of the original text. Fenced code and the frontmatter block are left alone.
 */
import { wordProcessorBullets } from '../text/bullets.js';

const bulletLine = new RegExp(`^([ \\t]*)[${wordProcessorBullets}]([ \\t\\u00A0]+)(?=\\S)`);
const anyBullet = new RegExp(`[${wordProcessorBullets}]`);
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;

/** Where a word-processor bullet line's marker and content start; undefined for other lines. */
export function plainBullet(line: string): { markerAt: number; contentAt: number } | undefined {
  const m = bulletLine.exec(line);
  return m ? { markerAt: m[1]!.length, contentAt: m[0].length } : undefined;
}

export function markdownBullets(text: string): string {
  if (!anyBullet.test(text)) return text;
  const lines = text.split(/(\r\n|\r|\n)/);
  let fence: string | undefined;
  const frontmatterFence = lines[0] === '---' || lines[0] === '+++' ? lines[0] : undefined;
  let inFrontmatter = frontmatterFence !== undefined;
  let changed = false;
  // Odd indices hold the line endings the split kept.
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    if (inFrontmatter) {
      if (i > 0 && line.trimEnd() === frontmatterFence) inFrontmatter = false;
      continue;
    }
    if (fence) {
      if (line.trimStart().startsWith(fence) && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined;
      continue;
    }
    const open = fenceOpen.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    const m = bulletLine.exec(line);
    if (!m) continue;
    const rewritten = asListItem(line, m[1]!, m[2]!);
    if (rewritten !== undefined) {
      lines[i] = rewritten;
      changed = true;
    }
  }
  return changed ? lines.join('') : text;
}

/**
 * The same line with a `-` marker whose content starts at the original column. CommonMark wants
 * the marker indented by at most 3 columns and the content within 4 spaces after it; deeper
 * indentation is moved left, and a line that cannot fit stays as it was.
 */
function asListItem(line: string, indent: string, gap: string): string | undefined {
  const contentAt = indent.length + 1 + gap.length;
  const rest = line.slice(contentAt);
  const plainIndent = indent.replace(/\t/g, ' ');
  if (plainIndent.length === indent.length && indent.length <= 3) {
    return `${indent}-${' '.repeat(gap.length)}${rest}`;
  }
  const markerAt = Math.max(0, contentAt - 5);
  if (markerAt > 3) return undefined;
  return `${' '.repeat(markerAt)}-${' '.repeat(contentAt - markerAt - 1)}${rest}`;
}
