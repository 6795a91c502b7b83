import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitActivity } from './git-activity';
import { makeTempDir } from '../testing/temp-core';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function repoWithFolder(): { repo: string; folder: string } {
  const repo = makeTempDir();
  dirs.push(repo);
  const folder = path.join(repo, 'docs', 'decisions');
  fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(path.join(repo, '.git'));
  return { repo, folder };
}

describe('git activity around a sync folder', () => {
  it('sees a pull in progress by the index lock of the repository the folder is in', () => {
    const { repo, folder } = repoWithFolder();
    expect(gitActivity(folder)).toBeNull();
    fs.writeFileSync(path.join(repo, '.git', 'index.lock'), '');
    expect(gitActivity(folder)).toEqual({ repo, lockFile: path.join(repo, '.git', 'index.lock') });
  });

  it('follows the .git file of a worktree or submodule to its git directory', () => {
    const { repo, folder } = repoWithFolder();
    const worktree = path.join(repo, 'wt');
    fs.mkdirSync(path.join(worktree, 'adr'), { recursive: true });
    fs.mkdirSync(path.join(repo, '.git', 'worktrees', 'wt'), { recursive: true });
    fs.writeFileSync(path.join(worktree, '.git'), 'gitdir: ../.git/worktrees/wt\n');
    fs.writeFileSync(path.join(repo, '.git', 'worktrees', 'wt', 'index.lock'), '');
    expect(gitActivity(path.join(worktree, 'adr'))).toEqual({ repo: worktree, lockFile: path.join(repo, '.git', 'worktrees', 'wt', 'index.lock') });
    // The main working tree's own index is not locked.
    expect(gitActivity(folder)).toBeNull();
  });

  it('finds nothing for a folder outside any repository', () => {
    const folder = makeTempDir();
    dirs.push(folder);
    expect(gitActivity(folder)).toBeNull();
  });
});
