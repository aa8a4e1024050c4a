/**
 * What a typing slip costs: a weighted edit distance where a dropped or doubled letter, a
 * transposition or a neighbouring key costs less than an arbitrary change, and letter counts that
 * bound it from below. Arithmetic only: a rule can ask whether two words are one slip apart without
 * loading the spelling libraries or their data.
 */

const costs = { insert: 0.7, delete: 1, substitute: 1.2, nearKey: 0.9, vowel: 0.8, doubled: 0.5, transpose: 0.6 };
/** The most one edit of any kind costs. */
export const oneEditCost = Math.max(...Object.values(costs));
/** The most letters a word and a near miss of it differ by: a letter more or fewer costs at least a doubled letter's cost. */
export const oneEditLengthChange = Math.floor(oneEditCost / Math.min(costs.insert, costs.delete, costs.doubled));
/** What typing one letter too few costs. */
export const insertCost = costs.insert;

/**
 * The least an edit costs per letter count it changes, so letter counts bound the typing cost from
 * below: an insertion or deletion changes one count, a substitution two, a transposition none.
 */
export const costPerCount = Math.min(costs.insert, costs.delete, costs.doubled, costs.substitute / 2, costs.nearKey / 2, costs.vowel / 2);

/** Adds a word's letter counts (a-z, then everything else) into `counts` at `at`. */
export function countLetters(word: string, counts: Uint8Array, at: number): void {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[at + (c >= 0 && c < 26 ? c : 26)]!++;
  }
}

/** Substitution costs between a-z: neighbouring keys and vowel-for-vowel cost less. */
const substitution = (() => {
  const at = new Map<number, [number, number]>();
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].forEach((row, y) => [...row].forEach((c, x) => at.set(c.charCodeAt(0) - 97, [x + y * 0.5, y])));
  const vowels = new Set([...'aeiouy'].map((c) => c.charCodeAt(0) - 97));
  const table = new Float64Array(26 * 26);
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const p = at.get(a)!;
      const q = at.get(b)!;
      table[a * 26 + b] =
        a === b ? 0 : Math.hypot(p[0] - q[0], p[1] - q[1]) < 1.3 ? costs.nearKey : vowels.has(a) && vowels.has(b) ? costs.vowel : costs.substitute;
    }
  }
  return table;
})();

function substituteCost(a: number, b: number): number {
  if (a === b) return 0;
  const x = a - 97;
  const y = b - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? substitution[x * 26 + y]! : costs.substitute;
}

let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];

/** Whether `meant` is at most one edit of any kind from `typed` (case aside): a near miss, not a different word. */
export function withinOneEdit(typed: string, meant: string): boolean {
  return typingCost(typed.toLowerCase(), meant.toLowerCase(), oneEditCost) <= oneEditCost;
}

/** Weighted optimal-string-alignment cost of typing `typed` when `meant` was meant; stops past `max`. */
export function typingCost(typed: string, meant: string, max = Number.POSITIVE_INFINITY): number {
  return typingCostAt(typed, meant, 0, meant.length, max);
}

/** The least a letter more or fewer costs (a doubled one, typed or dropped). */
const lengthChangeCost = Math.min(costs.insert, costs.delete, costs.doubled);

/**
 * typingCost where what was meant is the `n` characters of `text` from `at`: a scan of a word list
 * kept as one text makes no string for a word it rules out. Only the cells of a band round the
 * diagonal are computed: a path through a cell `d` columns off the diagonal has typed |d| letters
 * more or fewer than were meant, and has |d + m - n| more to make up before the end, each costing
 * at least lengthChangeCost; past `max`, no path through that cell can end within it. It stops
 * at a row whose cells all cost more than `max`, unless a transposition steps over that row from
 * the one before within it. A cost within `max` is exact; past it, the value returned is only past
 * it too.
 */
export function typingCostAt(typed: string, text: string, at: number, n: number, max = Number.POSITIVE_INFINITY): number {
  const m = typed.length;
  const c = m - n;
  // The diagonals d (= j - i) where |d| + |d + c| letters more or fewer cost at most max: the sum
  // is |c| from d = 0 to d = -c and grows by two a diagonal beyond, so that stretch widened on
  // either side by half the reach left over. A hair generous: a cell too many changes nothing.
  const spare = Math.floor((max / lengthChangeCost - Math.abs(c)) / 2 + 1e-9);
  if (spare < 0) return Math.abs(c) * lengthChangeCost;
  const low = Math.min(0, -c) - spare;
  const high = Math.max(0, -c) + spare;
  if (rows[0]!.length <= n + 1) rows = [new Float64Array(n + 2), new Float64Array(n + 2), new Float64Array(n + 2)];
  let [prev2, prev, cur] = rows as [Float64Array, Float64Array, Float64Array];
  for (let j = 0; j <= n; j++) prev[j] = j * costs.insert;
  for (let i = 1; i <= m; i++) {
    const a = typed.charCodeAt(i - 1);
    const del = i > 1 && typed.charCodeAt(i - 2) === a ? costs.doubled : costs.delete;
    const from = Math.max(0, i + low);
    const to = Math.min(n, i + high);
    let rowMin = Number.POSITIVE_INFINITY;
    // Cells beside the band read as out of reach (the rows are reused: they may hold another word's costs).
    if (from > 0) cur[from - 1] = Number.POSITIVE_INFINITY;
    else rowMin = cur[0] = i * costs.delete;
    for (let j = Math.max(1, from); j <= to; j++) {
      const b = text.charCodeAt(at + j - 1);
      const ins = j > 1 && text.charCodeAt(at + j - 2) === b ? costs.doubled : costs.insert;
      let v = Math.min(prev[j]! + del, cur[j - 1]! + ins, prev[j - 1]! + substituteCost(a, b));
      if (i > 1 && j > 1 && a === text.charCodeAt(at + j - 2) && typed.charCodeAt(i - 2) === b) v = Math.min(v, prev2[j - 2]! + costs.transpose);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < n) cur[to + 1] = Number.POSITIVE_INFINITY;
    // Every path crosses this row, or steps over it by a transposition from the row before.
    if (rowMin > max && !transposesOver(typed, text, at, n, prev, i, Math.max(0, i - 1 + low), Math.min(n - 2, i - 1 + high), max)) return rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * Whether a transposition from a cell of row `i` - 1 (`prev`, columns `from` to `to`) into row
 * `i` + 1, over row `i`, costs at most `max`: typed letters i - 1 and i (from 0) swapped in what
 * was meant.
 */
function transposesOver(typed: string, text: string, at: number, n: number, prev: Float64Array, i: number, from: number, to: number, max: number): boolean {
  if (i >= typed.length) return false;
  const a = typed.charCodeAt(i);
  const b = typed.charCodeAt(i - 1);
  for (let k = from; k <= to; k++) if (prev[k]! + costs.transpose <= max && text.charCodeAt(at + k) === a && text.charCodeAt(at + k + 1) === b) return true;
  return false;
}
