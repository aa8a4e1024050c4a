// Compiles the spelling data (cspell binary tries, misspellings, frequencies) into lib/dicts/, where
// the engine in lib/ finds it as a bundle finds dist/dicts/: the benchmark and anything else run
// from lib/ then load it as users do, in milliseconds, instead of compiling it on every start.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileSpellingData } from '../lib/node/dictionaries.js';

const out = process.argv[2] ?? 'lib/dicts';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, bytes] of await compileSpellingData()) writeFileSync(path.join(out, name), bytes);
