/** The .ppkg module: read WIM archives, inspect packages, and the USB kit rules. Pure core: no UI, no CLI. */
export { inspectPackage, type InspectOptions, type PackageInspection, type PackageMember } from './inspect.ts';
export {
  preflight,
  type FindingSeverity,
  type PackageFacts,
  type PackageFinding,
  type PreflightOptions,
} from './preflight.ts';
export { recognise, type PackageIdentity, type RecognisedSetting, type Recognition } from './recognise.ts';
export { SETTING_RULES, type SettingId, type SettingRule } from './settings-table.ts';
export * from './drive-rules.ts';
export * from './build-rules.ts';
export { WimArchive, DEFAULT_WIM_LIMITS, type WimLimits, type WimOpenOptions } from './wim/reader.ts';
export { extractBlobToFile, extractImage, blobReadable, type ExtractSummary } from './wim/extract.ts';
export { WimError, type WimErrorCode } from './wim/errors.ts';
export type { WimCompression, WimHeader } from './wim/header.ts';
export type { ImageMetadata, WimEntry, NamedStream } from './wim/metadata.ts';
export { DecodePool } from './wim/decode-pool.ts';
