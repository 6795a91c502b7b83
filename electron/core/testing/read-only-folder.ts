import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Makes `dir` (an existing, empty folder) one nobody may write in, returning the way back; null when
 * this machine does not let a test make one. A plain user gets `chmod 555`; root writes through that,
 * so root gets a read-only tmpfs mounted there (Linux, where the container allows mounting).
 */
export function makeReadOnlyFolder(dir: string): (() => void) | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return () => fs.chmodSync(dir, 0o755);
  }
  if (process.platform !== 'linux') return null;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('umount', [dir], { stdio: 'ignore' });
}
