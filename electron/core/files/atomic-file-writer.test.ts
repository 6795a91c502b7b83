import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftoverTempFiles, writeFileIfChanged } from './atomic-file-writer';
import { makeTempDir } from '../testing/temp-core';

let folder: string;
beforeEach(() => {
  folder = makeTempDir();
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The pid of a process that has exited, so no process holds it (until the system reuses it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('writing a file atomically', () => {
  it('writes new bytes, leaves equal bytes (and their time) alone, and leaves no temporary file', () => {
    expect(writeFileIfChanged(folder, '0001-a.md', '# 1. A\n')).toBe(true);
    const written = fs.statSync(path.join(folder, '0001-a.md')).mtimeMs;
    expect(writeFileIfChanged(folder, '0001-a.md', '# 1. A\n', { durable: false })).toBe(false);
    expect(fs.statSync(path.join(folder, '0001-a.md')).mtimeMs).toBe(written);
    expect(writeFileIfChanged(folder, '0001-a.md', '# 1. A, again\n', { durable: false })).toBe(true);
    expect(fs.readFileSync(path.join(folder, '0001-a.md'), 'utf8')).toBe('# 1. A, again\n');
    expect(fs.readdirSync(folder)).toEqual(['0001-a.md']);
  });

  it('keeps the permissions a file had', () => {
    fs.writeFileSync(path.join(folder, 'run.md'), 'old\n', { mode: 0o600 });
    fs.chmodSync(path.join(folder, 'run.md'), 0o640);
    writeFileIfChanged(folder, 'run.md', 'new\n');
    expect(fs.statSync(path.join(folder, 'run.md')).mode & 0o777).toBe(0o640);
  });

  it('names the file when it cannot be written, and leaves nothing behind', () => {
    fs.mkdirSync(path.join(folder, 'taken.md'));
    expect(() => writeFileIfChanged(folder, 'taken.md', 'text\n')).toThrow(/^Cannot write taken\.md: /);
    expect(fs.readdirSync(folder)).toEqual(['taken.md']);
  });
});

describe('cleaning up after a killed process', () => {
  it('deletes the temporary files of a process that is gone, not those of one still running', () => {
    const gone = `.0001-a.md.cairn-${deadPid()}-3.tmp`;
    const running = `.0002-b.md.cairn-${process.pid}-9.tmp`;
    for (const name of [gone, running, '0001-a.md', 'notes.txt']) fs.writeFileSync(path.join(folder, name), 'x');
    removeLeftoverTempFiles(folder);
    expect(fs.readdirSync(folder).sort()).toEqual([running, '0001-a.md', 'notes.txt'].sort());
  });
});
