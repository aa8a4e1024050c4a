// Writes the files generated from the rules' metadata: rolelint.schema.json, the config file's
// JSON Schema (composed in src/config/schema.ts), and src/config/settings-validator.generated.ts,
// the same schema compiled ahead of time. Run after `npm run build`; .ci/run regenerates and
// compares, and tests check both committed files against the source.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../lib/config/schema.js';
import { allMeta } from '../lib/rules/index.js';
import { settingsValidatorCode } from './settings-validator.js';

const schema = configSchema(allMeta);
writeFileSync('rolelint.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('src/config/settings-validator.generated.ts', settingsValidatorCode(schema));
