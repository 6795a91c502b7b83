import type { Page } from '@playwright/test';
import type { HostApi } from './host-api';

/** How often the host's watcher looks for newly linked folders (electron/host/sync-watcher.ts). */
const WATCHER_RESCAN_MS = 5_000;

/**
 * The host syncs a folder once as it begins to watch it (within its rescan), and that sync writes
 * and reads what waits: a test that makes changes wait, or a conflict, lets it pass first, or the
 * watcher settles them before the test looks. That sync may have run during the import already,
 * and then the last-synced time does not change again: waiting out two rescans (one may be slow
 * under load) is enough either way.
 */
export async function watcherFirstSync(api: HostApi, page: Page, workspaceId: string): Promise<void> {
  const imported = (await api('getSyncFolder', { workspaceId }))?.lastSyncedAt ?? null;
  for (let waited = 0; waited < 2 * WATCHER_RESCAN_MS; waited += 250) {
    if (((await api('getSyncFolder', { workspaceId }))?.lastSyncedAt ?? null) !== imported) return;
    await page.waitForTimeout(250);
  }
}
