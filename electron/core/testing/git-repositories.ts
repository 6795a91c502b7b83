import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './temp-core';

/** A name and an email to commit as, `main` as the first branch. */
export const TEST_GIT_CONFIG = '[user]\n\tname = Test Person\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n';

/**
 * Makes the git of this test file independent of the machine's: a global config of its own (a name,
 * an email, `main` as the first branch) and no system config (or the `text` given). The runner passes the environment on
 * to git, so Cairn's calls see the same. Returns the way back.
 */
export function isolateGitConfig(text = TEST_GIT_CONFIG): () => void {
  const dir = makeTempDir();
  const config = path.join(dir, 'gitconfig');
  fs.writeFileSync(config, text);
  const before = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM };
  process.env.GIT_CONFIG_GLOBAL = config;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  return () => {
    restore('GIT_CONFIG_GLOBAL', before.global);
    restore('GIT_CONFIG_NOSYSTEM', before.nosystem);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Runs git in `cwd` as a test's own setup step (not Cairn's runner), with its output. */
export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A shared remote (a bare repository) with one commit on main, and the clones of the teammates named. */
export interface TeamRepositories {
  root: string;
  remote: string;
  clones: Record<string, string>;
  dispose(): void;
}

export function makeTeamRepositories(teammates: readonly string[]): TeamRepositories {
  const root = makeTempDir();
  const remote = path.join(root, 'remote.git');
  gitIn(root, 'init', '-q', '--bare', remote);
  const seed = path.join(root, 'seed');
  gitIn(root, 'clone', '-q', remote, seed);
  fs.mkdirSync(path.join(seed, 'docs', 'decisions'), { recursive: true });
  fs.writeFileSync(path.join(seed, 'README.md'), '# The team repository\n');
  gitIn(seed, 'add', '-A');
  gitIn(seed, 'commit', '-q', '-m', 'Start the repository');
  gitIn(seed, 'push', '-q', 'origin', 'main');
  const clones: Record<string, string> = {};
  for (const name of teammates) {
    const clone = path.join(root, name);
    gitIn(root, 'clone', '-q', remote, clone);
    gitIn(clone, 'config', 'user.name', name);
    gitIn(clone, 'config', 'user.email', `${name.toLowerCase()}@example.com`);
    // The folder is in no commit yet (git keeps no empty folder): each teammate's Cairn links it as it comes.
    fs.mkdirSync(path.join(clone, 'docs', 'decisions'), { recursive: true });
    clones[name] = clone;
  }
  return { root, remote, clones, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}
