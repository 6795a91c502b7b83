import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { AppShell } from './models/app-shell';
import { DecisionsListPage } from './models/decisions-list-page';

const binary = findElectronBinary();

test.describe('the Electron shell', () => {
  test.skip(!binary.ok, `No Electron binary, so the Electron tests do not run here: ${binary.ok ? '' : binary.reason}`);

  test('opens the app window with the bridge, and a person can start', async () => {
    if (!binary.ok) return;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [path.resolve('.')],
      env: { ...process.env, CAIRN_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      // Served from the app's own scheme, never file:// (docs/security.md).
      expect(page.url()).toMatch(/^cairn:\/\/app\/index\.html/);
      const bridge = await page.evaluate(() => ({
        cairn: typeof (window as { cairn?: unknown }).cairn,
        require: typeof (window as { require?: unknown }).require,
        process: typeof (window as { process?: unknown }).process,
      }));
      expect(bridge).toEqual({ cairn: 'object', require: 'undefined', process: 'undefined' });

      const shell = new AppShell(page);
      await shell.enterName('Ada Lovelace');
      await shell.createFirstWorkspace('Payments platform');
      await new DecisionsListPage(page).expectLoaded();
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
