import { describe, expect, it } from 'vitest';
import { projectVocabulary } from './vocabulary.js';

describe('projectVocabulary', () => {
  it('takes a word used in three documents, in different sentences, for a term of the project', () => {
    const docs = ['Build it with frobc first.', 'The frobc flags are listed below.\n', '# Tools\n\n- frobc, the compiler'];
    expect(projectVocabulary(docs).has('frobc')).toBe(true);
  });

  it('takes no word used in two documents only, nor one sentence copied into many (a template paragraph)', () => {
    expect(projectVocabulary(['Build it with frobc first.', 'The frobc flags are listed below.']).has('frobc')).toBe(false);
    const template = 'We value autoomatic checks.';
    expect(projectVocabulary(Array.from({ length: 27 }, (_, i) => `# Role ${i}\n\n${template}\n`)).has('autoomatic')).toBe(false);
    // Copies with their spacing or line breaks changed are the same sentence.
    expect(projectVocabulary([template, 'We  value autoomatic\tchecks.', `Intro.\n${template}`, '- We value *autoomatic* checks.']).has('autoomatic')).toBe(false);
  });

  it('counts three sentences of one document as one document', () => {
    expect(projectVocabulary(['Run frobc. Then frobc again. And frobc once more.', 'No word here.', 'Nor here.']).has('frobc')).toBe(false);
  });

  it('takes the owner and name of a repository a document links to for terms, used once', () => {
    const vocabulary = projectVocabulary(['* [imgutil](https://github.com/Buildpacks/imgutil)', 'Work on the lifecycle.', 'Nothing here.']);
    expect(['imgutil', 'buildpacks'].every((w) => vocabulary.has(w))).toBe(true);
    // A hyphenated name's parts, of three letters or more; a page of a site that is no code host names nothing.
    expect([...projectVocabulary(['See https://gitlab.com/acme-co/frob-ctl/-/issues.', 'https://example.com/frobnix/tool', 'x'])].sort()).toEqual(['acme', 'ctl', 'frob']);
  });

  it('reads the parts of a hyphenated word and lower-cases them', () => {
    expect([...projectVocabulary(['Ask SIG-Frobex.', 'The frobex chairs.', 'frobex meets weekly']).values()]).toContain('frobex');
  });

  it('finds every term, past the number it finds by their span of the text too', () => {
    // 20,000 words of five letters, each in a sentence of its own in each of three documents.
    const words = Array.from({ length: 20_000 }, (_, n) => Array.from({ length: 5 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join(''));
    const docs = ['qqqq', 'wwww', 'zzzz'].map((mark) => words.map((w) => `${w} ${mark}.`).join(' '));
    // Twice: words met again once they are terms are skipped, whether found by span or by string.
    const terms = projectVocabulary([...docs, ...docs]);
    expect(terms.size).toBe(20_000);
    expect(words.every((w) => terms.has(w))).toBe(true);
  });

  it('finds the same terms by their span as by their string (random texts of words that share letters)', () => {
    // Words that are prefixes, suffixes and near copies of one another, in sentences and documents at random.
    const words = ['frob', 'frobc', 'robc', 'frobcx', 'xfrob', 'frobs', 'kube', 'kubec', 'ubec', 'the', 'and', 'team'];
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 200; round++) {
      const docs = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 12) }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(words)).join(pick([' ', '-', ', '])) + pick(['. ', '.\n', '! ', '\n'])).join(''),
      );
      expect([...projectVocabulary(docs)].sort()).toEqual([...projectVocabulary(docs, undefined, 0)].sort());
    }
  });
});
