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

  it('reads the parts of a hyphenated word and lower-cases them', () => {
    expect([...projectVocabulary(['Ask SIG-Frobex.', 'The frobex chairs.', 'frobex meets weekly']).values()]).toContain('frobex');
  });
});
