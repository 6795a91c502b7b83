import fs from 'node:fs';
import path from 'node:path';

/** A path Cairn may write to: the file, and what is there now (null when nothing is). */
export interface WritablePath {
  file: string;
  existing: fs.Stats | null;
}

/**
 * Where Cairn may write `relative` (a name like `0001-a.md` or `rotations/support.md`) inside
 * `root`, the folder a person chose (issue 21). The name cannot leave the folder (no absolute path,
 * no `..`); every folder on the way must be a real folder, since a repository can hold a symbolic
 * link that points anywhere and writing through it would write outside the folder; and what is at the
 * name already must be a plain file, never a link. Folders missing on the way are created when
 * `createFolders` is set. The folder reached is checked again after following every link, against
 * the root's own real path. Throws an Error that says why (naming the folder on the way that was refused), for the caller to put after the file's name.
 */
export function writablePathInside(root: string, relative: string, options: { createFolders?: boolean } = {}): WritablePath {
  const parts = relative.split(/[\\/]/);
  if (relative.includes('\0') || path.isAbsolute(relative) || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`${JSON.stringify(relative)} is not a file name inside the folder`);
  }
  let folder = root;
  for (let depth = 0; depth < parts.length - 1; depth++) {
    folder = path.join(folder, parts[depth] as string);
    const shown = parts.slice(0, depth + 1).join('/');
    let stat = lstatOrNull(folder);
    if (stat === null && options.createFolders) {
      // Not recursive: each level is checked before the next is made inside it.
      fs.mkdirSync(folder, { recursive: false, mode: 0o777 });
      stat = fs.lstatSync(folder);
    }
    if (stat === null) throw Object.assign(new Error(`${shown} does not exist`), { code: 'ENOENT' });
    if (stat.isSymbolicLink()) throw new Error(`${shown} is a symbolic link; Cairn writes only inside the folder and never through a link`);
    if (!stat.isDirectory()) throw new Error(`${shown} is a file, not a folder`);
  }
  if (folder !== root) {
    const real = fs.realpathSync(folder);
    const realRoot = fs.realpathSync(root);
    if (!real.startsWith(realRoot + path.sep)) throw new Error(`${path.dirname(relative)} leads out of the folder (to ${real})`);
  }
  const file = path.join(folder, parts.at(-1) as string);
  const existing = lstatOrNull(file);
  if (existing?.isSymbolicLink()) throw new Error('it is a symbolic link; Cairn writes only inside the folder and never through a link');
  if (existing && !existing.isFile()) throw new Error(`it is ${existing.isDirectory() ? 'a folder' : 'not a plain file'}`);
  return { file, existing };
}

function lstatOrNull(file: string): fs.Stats | null {
  // Asked not to throw: a missing file is the common case of an export into a new folder, and an
  // error built per file (its stack included) was most of the cost of stat-ing 10,000 of them.
  return fs.lstatSync(file, { throwIfNoEntry: false }) ?? null;
}
