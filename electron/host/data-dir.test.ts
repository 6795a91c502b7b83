import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

describe('the data directory', () => {
  it('takes --data-dir first, then CAIRN_DATA_DIR', () => {
    expect(resolveDataDir({ flag: 'here', env: { CAIRN_DATA_DIR: '/env' } })).toBe(path.resolve('here'));
    expect(resolveDataDir({ env: { CAIRN_DATA_DIR: '/env' } })).toBe(path.resolve('/env'));
  });

  it("falls back to the platform's user data folder", () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/ada' })).toBe('/home/ada/.config/Cairn');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/ada' })).toBe('/cfg/Cairn');
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/ada' })).toBe('/Users/ada/Library/Application Support/Cairn');
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\ada' })).toBe(
      path.join('C:\\Users\\ada\\AppData\\Roaming', 'Cairn'),
    );
  });
});
