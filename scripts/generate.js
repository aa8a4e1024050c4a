// Writes the files generated from the rules' metadata: rolelint.schema.json, the config file's
// JSON Schema (composed in src/config/schema.ts). Run after `npm run build`; .ci/run regenerates
// and compares, and a test checks the committed schema against the source.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../lib/config/schema.js';
import { allMeta } from '../lib/rules/index.js';

writeFileSync('rolelint.schema.json', `${JSON.stringify(configSchema(allMeta), null, 2)}\n`);
