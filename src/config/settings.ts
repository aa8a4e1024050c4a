/** The settings a configuration file, an override or the Action's inputs can give (rolelint.schema.json). */
import type { DocumentKind } from '../document/document-kind.js';

export type RuleEntry = string | number | [string | number, Record<string, unknown>?];

export interface SectionSetting {
  name: string;
  aliases?: string[];
}

export interface LayerSettings {
  kind?: DocumentKind;
  requiredSections?: SectionSetting[];
  rules?: Record<string, RuleEntry>;
  words?: string[];
  wordsFile?: string;
  locale?: 'en' | 'en-US' | 'en-GB';
  duplicateThreshold?: number;
  /** The jurisdictions whose pay-transparency laws the `pay-transparency` rule checks. */
  jurisdictions?: string[];
}

export interface Settings extends LayerSettings {
  $schema?: string;
  extends?: string | string[];
  files?: string[];
  ignore?: string[];
  overrides?: (LayerSettings & { files: string[] })[];
}

/** Where a layer of settings came from: a file (paths in it are relative to its folder) or the Action's inputs. */
export interface Layer {
  settings: LayerSettings;
  /** `.rolelintrc.json`, `.rolelintrc.json overrides[1]`, `action inputs`. */
  source: string;
  /** Words read from `wordsFile`, resolved at load time. */
  fileWords?: string[];
}
