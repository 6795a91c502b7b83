import os from 'node:os';
import path from 'node:path';

export interface DataDirSources {
  /** The value of `--data-dir`, when given. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * Where Cairn keeps its database: `--data-dir`, else `CAIRN_DATA_DIR`, else the platform's usual
 * per-user application data folder (the same place Electron's `userData` points to for "Cairn").
 */
export function resolveDataDir({ flag, env, platform = process.platform, home = os.homedir() }: DataDirSources): string {
  if (flag) return path.resolve(flag);
  if (env.CAIRN_DATA_DIR) return path.resolve(env.CAIRN_DATA_DIR);
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Cairn');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Cairn');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Cairn');
  }
}
