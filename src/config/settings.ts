/**
 * The settings a configuration file, an override or the Action's inputs can give. Their types are
 * generated from rolelint.schema.json (settings.generated.ts), so the schema is their one source.
 */
import type { RolelintConfiguration } from './settings.generated.js';

export type Settings = RolelintConfiguration;

/** What one layer sets for the documents it applies to: an override's settings, or a file's besides its own `files` and `ignore`. */
export type LayerSettings = Omit<NonNullable<Settings['overrides']>[number], 'files'>;

export type SectionSetting = NonNullable<LayerSettings['requiredSections']>[number];

/** Where a layer of settings came from: a file (paths in it are relative to its folder) or the Action's inputs. */
export interface Layer {
  settings: LayerSettings;
  /** `.rolelintrc.json`, `.rolelintrc.json overrides[1]`, `action inputs`. */
  source: string;
  /** Words read from `wordsFile`, resolved at load time. */
  fileWords?: string[];
}
