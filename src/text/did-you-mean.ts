/** The closest of some known names to a misspelt one, for "did you mean" hints; undefined when none is close. */
import { editDistance } from './distance.js';

export function closest(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = Math.max(1, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

export function didYouMean(name: string, known: Iterable<string>): string {
  const hit = closest(name, known);
  return hit ? `; did you mean \`${hit}\`?` : '';
}
