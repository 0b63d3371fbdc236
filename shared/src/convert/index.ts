// The converters' public API; everything else in this folder is internal.
export type { ImportFormat } from './detect-format.ts';
export { toHar } from './har-export.ts';
export { formatSize, IMPORT_LIMITS } from './limits.ts';
export { freshCopy, readPortableCollection, toPortableCollection, toPortableJson } from './portable.ts';
export { toPostmanEnvironment } from './postman-environment.ts';
export { POSTMAN_SCHEMA_V21, toPostmanCollection } from './postman-export.ts';
export { type ImportResult, readImportFile } from './read-import-file.ts';
