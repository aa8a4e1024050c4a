/**
 * cspell's libraries are evaluated when the first speller loads, not when the engine, the CLI or
 * the Action is imported: a run with nothing to spell-check (a pull request that changes no role
 * document, the CLI's main thread while workers lint) does not pay for them. The mocks pass the real
 * modules through; they only record that a module was loaded.
 */
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => [] as string[]);
vi.mock('cspell-trie-lib', async (original) => {
  loaded.push('cspell-trie-lib');
  return original();
});
vi.mock('cspell-dictionary', async (original) => {
  loaded.push('cspell-dictionary');
  return original();
});

describe('spelling libraries', () => {
  it('are not loaded with the engine, the CLI or the Action, and are on the first speller', async () => {
    await import('../src/node/lint.js');
    await import('../src/node/parallel.js');
    await import('../src/cli/main.js');
    await import('../src/action/main.js');
    expect(loaded).toEqual([]);

    const { loadSpeller } = await import('../src/node/dictionaries.js');
    const speller = await loadSpeller('en');
    expect(speller.isKnown('responsibilities')).toBe(true);
    expect(speller.isKnown('responsibilites')).toBe(false);
    expect([...loaded].sort()).toEqual(['cspell-dictionary', 'cspell-trie-lib']);
  });
});
