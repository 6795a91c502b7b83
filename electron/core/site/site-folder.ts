import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { PlannedPage } from '../../../shared/site/site-build';
import { reasonOf, removeFile, removeLeftoverTempFiles, writablePathInside, writeFileIfChanged } from '../files';

/**
 * The list of the pages a run wrote, each with the digest of its key, kept in the site's folder: it
 * marks the folder as a site Cairn publishes (so a folder of other files is never written into),
 * says which pages of the last run to remove when the site no longer has them, and which pages
 * are made of what they were made of last time, so they need not be rendered again. Hidden, so
 * web hosts do not serve it.
 */
export const SITE_MANIFEST = '.cairn-site';

export interface WrittenSite {
  written: string[];
  unchanged: number;
  removed: string[];
}

/** The digest a page's key is kept as, and the one site-build uses for decisions inside keys. */
export function siteDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Writes the pages into the folder. A page whose key has the digest the manifest holds for it, and
 * whose file is there, is neither rendered nor read: it holds the bytes its key gives. Any other is
 * rendered, and written only when its bytes differ from the file's, so a second run writes nothing
 * and a web host or `rsync` sees only what changed. Each file there already is replaced whole
 * through a temporary file (a reader or a crash sees the old page or the new one). The manifest is written last, and
 * vouches only for the pages of a run that finished: a run stopped part-way is finished by the next.
 */
export function writeSiteFolder(folder: string, pages: readonly PlannedPage[]): WrittenSite {
  const previous = readManifest(folder);
  const folders = [...new Set(pages.map((page) => path.posix.dirname(page.path)))].sort();
  try {
    for (const sub of folders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot create the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }
  const present = new Set<string>();
  for (const sub of folders) {
    const entries = fs.readdirSync(path.join(folder, sub), { withFileTypes: true });
    removeLeftoverTempFiles(path.join(folder, sub), entries.map((entry) => entry.name));
    for (const entry of entries) if (entry.isFile()) present.add(sub === '.' ? entry.name : `${sub}/${entry.name}`);
  }

  // A page not there yet is written straight to its name: there is no old page for a reader to keep
  // seeing, and one cut short by a crash has no digest in the manifest, so the next run writes it
  // again. That saves a rename and a check of the path per page, most of a first build's writing.
  const checkedFolders = new Set<string>();
  const createPage = (name: string, text: string) => {
    const sub = path.posix.dirname(name);
    // Once per folder: a real folder inside the site's, not a link (as every write checks).
    if (!checkedFolders.has(sub)) writablePathInside(folder, name);
    checkedFolders.add(sub);
    const file = path.join(folder, name);
    // `wx`: whatever is at the name now, a link included, is refused rather than written through.
    const fd = fs.openSync(file, 'wx', 0o666);
    try {
      fs.writeSync(fd, text);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
      throw new Error(`Cannot write ${name}: ${reasonOf(error)}`, { cause: error });
    }
    fs.closeSync(fd);
  };
  const written: string[] = [];
  let unchanged = 0;
  const digests = new Map<string, string>();
  const stopped = (error: unknown) =>
    new AppError('internal', `Publishing to ${folder} stopped: ${reasonOf(error)}. Pages written so far are complete; publish again once the problem is fixed.`, 'folder');
  try {
    // The site can always be built again from the database, so no fsync per page (as for an export, ADR 0013).
    for (const page of pages) {
      const digest = siteDigest(page.key());
      digests.set(page.path, digest);
      if (previous.get(page.path) === digest && present.has(page.path)) unchanged++;
      else if (!present.has(page.path)) {
        createPage(page.path, page.render());
        written.push(page.path);
      } else if (writeFileIfChanged(folder, page.path, page.render(), { durable: false })) written.push(page.path);
      else unchanged++;
    }
    const removed = [...previous.keys()].filter((name) => !digests.has(name));
    for (const name of removed) removeFile(folder, name);
    const manifest = [...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, digest]) => `${name} ${digest}\n`);
    writeFileIfChanged(folder, SITE_MANIFEST, manifest.join(''), { durable: false });
    return { written, unchanged, removed };
  } catch (error) {
    throw stopped(error);
  }
}

/**
 * The pages of the last run with their keys' digests (null from a manifest that kept none), or none
 * for a folder that is missing or empty. A folder holding other files and no manifest is refused:
 * publishing there could overwrite someone's index.html.
 */
function readManifest(folder: string): Map<string, string | null> {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new AppError('invalid_input', `Cannot read the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }
  if (names.length === 0) return new Map();
  if (!names.includes(SITE_MANIFEST)) {
    throw new AppError('conflict', `${folder} already holds files that are not a site Cairn published; choose an empty folder or one Cairn published before.`, 'folder');
  }
  const pages = new Map<string, string | null>();
  for (const line of fs.readFileSync(path.join(folder, SITE_MANIFEST), 'utf8').split('\n')) {
    const [name = '', digest] = line.split(' ');
    // Only names this writer could have written: a manifest edited by hand cannot make it delete elsewhere.
    if (/^(?:[a-z]+\/)?[\w.-]+\.(?:html|js|xml)$/.test(name) && !name.includes('..')) pages.set(name, digest ?? null);
  }
  return pages;
}
