// The Markdown folders on disk, which several features read and write: their public entry.
export { removeFile, removeLeftoverTempFiles, writeFileIfChanged } from './atomic-file-writer';
export { writablePathInside, type WritablePath } from './path-inside-folder';
export {
  INDEX_FILE,
  isNotARecord,
  listFolder,
  listMarkdownFiles,
  readMarkdownFile,
  readMarkdownFolder,
  reasonOf,
  requireExistingFolder,
  type FolderFile,
} from './markdown-folder';
export { readRecordFile, type RecordFile } from './record-file-reader';
