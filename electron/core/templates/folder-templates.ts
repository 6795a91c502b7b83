import fs from 'node:fs';
import path from 'node:path';
import { detectDialect } from '../../../shared/dialects/detect-dialect';
import type { DialectId } from '../../../shared/dialects/adr-document';
import { isTemplateFileName, TEMPLATE_FOLDER } from '../../../shared/templates/template-file-name';
import type { CoreContext } from '../core-context';
import { listFolder, readMarkdownFile, reasonOf } from '../files';
import { syncedFiles, syncFolderPath } from '../sync';

/** A template file of a linked folder, read: its path inside the folder, its text, the dialect it is written in. */
export interface FolderTemplateFile {
  name: string;
  text: string;
  dialect: DialectId;
}

export interface FolderTemplates {
  templates: FolderTemplateFile[];
  /** Template files that could not be read, each with the reason naming it; the others are offered still. */
  unreadable: { name: string; reason: string }[];
}

/**
 * The template files of a linked folder: those beside the records that are named as templates
 * (`template.md`, `adr-template.md` …, see isTemplateFileName) and every Markdown file of its
 * `templates/` folder, where adr-tools keeps a project's own. They are read with the sync's rules
 * (plain files only, never through a symbolic link; at most 1 MB; UTF-8 text), so a template file
 * that links out of the folder is not offered, and a bad one fails alone with its name.
 */
export function readFolderTemplates(folder: string): FolderTemplates {
  const found: FolderTemplates = { templates: [], unreadable: [] };
  let names: string[];
  try {
    names = listFolder(folder).markdown.filter(isTemplateFileName);
  } catch (error) {
    found.unreadable.push({ name: folder, reason: error instanceof Error ? error.message : String(error) });
    return found;
  }
  const templatesFolder = path.join(folder, TEMPLATE_FOLDER);
  try {
    // lstat: a `templates` that is a link is not followed (it could lead anywhere on the disk).
    if (fs.lstatSync(templatesFolder).isDirectory()) names.push(...listFolder(templatesFolder).markdown.map((name) => `${TEMPLATE_FOLDER}/${name}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') found.unreadable.push({ name: `${TEMPLATE_FOLDER}/`, reason: `${TEMPLATE_FOLDER}/: ${reasonOf(error)}` });
  }
  for (const name of names) {
    const file = readMarkdownFile(folder, name);
    if ('error' in file) found.unreadable.push({ name, reason: file.error });
    else found.templates.push({ name, text: file.text, dialect: detectDialect(file.text, path.posix.basename(name)) });
  }
  return found;
}

/**
 * The template files of the workspace's linked folder (none without one), less any the sync already
 * keeps as a record: a file imported as a decision before it was known to be a template stays that.
 */
export function linkedFolderTemplates(ctx: CoreContext, workspaceId: string): FolderTemplates {
  const folder = syncFolderPath(ctx, workspaceId);
  if (folder === null) return { templates: [], unreadable: [] };
  const records = new Set(syncedFiles(ctx, workspaceId).map((file) => file.path));
  const found = readFolderTemplates(folder);
  return { templates: found.templates.filter((t) => !records.has(t.name)), unreadable: found.unreadable.filter((u) => !records.has(u.name)) };
}
