/**
 * `dataset-metadata.json` (and the legacy `datapackage.json`): finding, reading, validating and
 * writing it exactly as the official CLI does. The file lives in `dataset-file.ts`, the checks
 * of `create` and `version` in `dataset-validate.ts`, `metadata --update` in `dataset-settings.ts`.
 */
export {
  DEFAULT_SLUG,
  DEFAULT_TITLE,
  findMetadataFile,
  initTemplate,
  LEGACY_METADATA_FILE,
  lineOf,
  METADATA_FILE,
  type MetadataDocument,
  metadataFileText,
  parseMetadata,
  readMetadata,
  writeInitTemplate,
} from "./dataset-file";
export {
  type DatasetCreateSpec,
  type DatasetVersionSpec,
  isKnownLicense,
  LICENSE_NAMES,
  type ResourceSpec,
  validateForCreate,
  validateForVersion,
  type ValidateOptions,
} from "./dataset-validate";
export { COVER_IMAGE_NAMES, coverImage, settingsFromMetadata } from "./dataset-settings";
