import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { SitePage } from '../../../shared/site/site-build';
import { reasonOf, removeFile, removeLeftoverTempFiles, writeFileIfChanged } from '../files';

/**
 * The list of the pages a run wrote, kept in the site's folder: it marks the folder as a site Cairn
 * publishes (so a folder of other files is never written into) and says which pages of the last run
 * to remove when the site no longer has them. Hidden, so web hosts do not serve it.
 */
export const SITE_MANIFEST = '.cairn-site';

export interface WrittenSite {
  written: string[];
  unchanged: number;
  removed: string[];
}

/**
 * Writes the pages into the folder. Each file is replaced whole through a temporary file (a reader
 * or a crash sees the old page or the new one), and a page already holding its bytes is not
 * touched, so a second run writes nothing and a web host or `rsync` sees only what changed. The
 * manifest is written last: a run stopped part-way is finished by the next.
 */
export function writeSiteFolder(folder: string, pages: readonly SitePage[]): WrittenSite {
  const previous = readManifest(folder);
  const folders = [...new Set(pages.map((page) => path.posix.dirname(page.path)))].sort();
  try {
    for (const sub of folders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot create the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }
  for (const sub of folders) removeLeftoverTempFiles(path.join(folder, sub));

  const written: string[] = [];
  let unchanged = 0;
  const stopped = (error: unknown) =>
    new AppError('internal', `Publishing to ${folder} stopped: ${reasonOf(error)}. Pages written so far are complete; publish again once the problem is fixed.`, 'folder');
  try {
    // The site can always be built again from the database, so no fsync per page (as for an export, ADR 0013).
    for (const page of pages) {
      if (writeFileIfChanged(folder, page.path, page.html, { durable: false })) written.push(page.path);
      else unchanged++;
    }
    const current = new Set(pages.map((page) => page.path));
    const removed = previous.filter((name) => !current.has(name));
    for (const name of removed) removeFile(folder, name);
    writeFileIfChanged(folder, SITE_MANIFEST, [...current].sort().join('\n') + '\n', { durable: false });
    return { written, unchanged, removed };
  } catch (error) {
    throw stopped(error);
  }
}

/**
 * The pages of the last run, or none for a folder that is missing or empty. A folder holding other
 * files and no manifest is refused: publishing there could overwrite someone's index.html.
 */
function readManifest(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppError('invalid_input', `Cannot read the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }
  if (names.length === 0) return [];
  if (!names.includes(SITE_MANIFEST)) {
    throw new AppError('conflict', `${folder} already holds files that are not a site Cairn published; choose an empty folder or one Cairn published before.`, 'folder');
  }
  const text = fs.readFileSync(path.join(folder, SITE_MANIFEST), 'utf8');
  // Only names this writer could have written: a manifest edited by hand cannot make it delete elsewhere.
  return text.split('\n').filter((name) => /^(?:[a-z]+\/)?[\w.-]+\.(?:html|js|xml)$/.test(name) && !name.includes('..'));
}
