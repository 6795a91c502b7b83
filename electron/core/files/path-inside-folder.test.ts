import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFile, writeFileIfChanged } from './atomic-file-writer';
import { writablePathInside } from './path-inside-folder';
import { makeTempDir } from '../testing/temp-core';

let folder: string;
let outside: string;
beforeEach(() => {
  folder = makeTempDir();
  outside = makeTempDir();
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const contentsOf = (dir: string) => fs.readdirSync(dir).sort();

describe('a write stays inside its folder', () => {
  it('writes into subfolders it creates, one checked level at a time', () => {
    expect(writeFileIfChanged(folder, 'rotations/team/support.md', '# Support\n', { createFolders: true })).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'rotations', 'team', 'support.md'), 'utf8')).toBe('# Support\n');
    expect(() => writeFileIfChanged(folder, 'missing/support.md', 'x')).toThrow('Cannot write missing/support.md: no such file or folder');
  });

  it('refuses a folder on the way that is a symbolic link, writing nothing where it points', () => {
    fs.symlinkSync(outside, path.join(folder, 'rotations'));
    expect(() => writeFileIfChanged(folder, 'rotations/support.md', '# Support\n', { createFolders: true })).toThrow(
      'Cannot write rotations/support.md: rotations is a symbolic link; Cairn writes only inside the folder and never through a link',
    );
    expect(contentsOf(outside)).toEqual([]);
  });

  it('refuses a symbolic link at the name, leaving the link and the file it points to as they were', () => {
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'keep me\n');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, '0001-a.md'));
    fs.symlinkSync(path.join(outside, 'not-yet.txt'), path.join(folder, '0002-b.md'));
    for (const name of ['0001-a.md', '0002-b.md']) {
      expect(() => writeFileIfChanged(folder, name, '# A\n')).toThrow(`Cannot write ${name}: it is a symbolic link`);
    }
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('keep me\n');
    expect(contentsOf(outside)).toEqual(['secret.txt']);
    expect(fs.lstatSync(path.join(folder, '0001-a.md')).isSymbolicLink()).toBe(true);
    expect(contentsOf(folder)).toEqual(['0001-a.md', '0002-b.md']);
  });

  it('refuses names that leave the folder or are no names', () => {
    for (const name of ['../escape.md', 'rotations/../../escape.md', path.join(outside, 'escape.md'), '', 'a//b.md', 'nul\0.md']) {
      expect(() => writablePathInside(folder, name, { createFolders: true }), name).toThrow('is not a file name inside the folder');
    }
    expect(contentsOf(outside)).toEqual([]);
    expect(contentsOf(folder)).toEqual([]);
  });

  it('takes a root that is itself reached through a link: the person chose that folder', () => {
    const linkedRoot = path.join(outside, 'linked');
    fs.symlinkSync(folder, linkedRoot);
    expect(writeFileIfChanged(linkedRoot, 'rotations/support.md', 'x\n', { createFolders: true })).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'rotations', 'support.md'), 'utf8')).toBe('x\n');
  });

  it('deletes only inside the folder: not through a linked folder, not a link, and a file already gone is fine', () => {
    fs.writeFileSync(path.join(outside, '0001-a.md'), 'outside\n');
    fs.symlinkSync(outside, path.join(folder, 'sub'));
    expect(() => removeFile(folder, 'sub/0001-a.md')).toThrow('Cannot delete sub/0001-a.md: sub is a symbolic link');
    fs.symlinkSync(path.join(outside, '0001-a.md'), path.join(folder, '0001-a.md'));
    expect(() => removeFile(folder, '0001-a.md')).toThrow('Cannot delete 0001-a.md: it is a symbolic link');
    expect(fs.readFileSync(path.join(outside, '0001-a.md'), 'utf8')).toBe('outside\n');
    expect(() => removeFile(folder, 'gone/0009-z.md')).not.toThrow();
    expect(() => removeFile(folder, '0009-z.md')).not.toThrow();
  });
});
