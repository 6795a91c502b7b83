import type { SyncUnavailable } from '../../../shared/api/sync-operations';

/** A folder that lost more than this many files at once, and more than half of them, looks moved, not edited. */
export const MASS_LOSS_MIN_FILES = 5;

export interface FolderLoss {
  /** Whether the folder itself is there. */
  present: boolean;
  path: string;
  /** Files the last sync left in the folder. */
  synced: number;
  /** Of those, the ones gone now and not found under another name. */
  lost: number;
  /** The person chose "Sync anyway". */
  force: boolean;
}

/**
 * Whether a sync must change nothing because the folder more likely vanished than had its files
 * deleted: an unplugged drive, a `git checkout` of a branch without the folder, a sync client that
 * empties it to download it again (issue 21). The rule:
 *
 * - the folder is not there: unavailable, even when forced (there is nothing to sync with);
 * - every file the last sync left is gone (1 of 1 as much as 2,060 of 2,060): unavailable;
 * - more than half of them AND more than 5 are gone: unavailable;
 * - otherwise the missing files are deletions, and their decisions go to the trash.
 *
 * `force` (the person's "Sync anyway") lets a sync go ahead in the last two cases.
 */
export function judgeFolderLoss({ present, path, synced, lost, force }: FolderLoss): SyncUnavailable | null {
  if (!present) {
    return {
      reason: 'missing',
      message: `The folder ${path} is not there. Was it moved, renamed, or is it on a drive that is not connected? Nothing was changed: connect the drive or link the folder again.`,
      lost: synced,
      synced,
      canForce: false,
    };
  }
  const massLoss = synced > 0 && (lost === synced || (lost > synced / 2 && lost > MASS_LOSS_MIN_FILES));
  if (!massLoss || force) return null;
  return {
    reason: 'lost-files',
    message: `The folder lost ${count(lost)} of ${count(synced)} files since the last sync. Was it moved or unmounted? Nothing was changed.`,
    lost,
    synced,
    canForce: true,
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
