import type { SyncPreview } from '../../../shared/api/sync-operations';

/** What the header says about the linked folder, and how its dot looks. */
export interface SyncIndicatorState {
  text: string;
  tone: 'in-step' | 'waiting' | 'conflict' | 'unavailable';
}

/**
 * The header's words for what the next sync would do: conflicts first (they wait for the person),
 * then changes on either side still to be synced, else "In step". `planError` is why the plan could
 * not be made (git busy in the folder).
 */
export function syncIndicatorState(plan: SyncPreview | undefined, planError: string | null): SyncIndicatorState | null {
  if (planError !== null) return { text: 'Sync paused', tone: 'unavailable' };
  if (plan === undefined) return null;
  if (plan.unavailable) return { text: plan.unavailable.reason === 'missing' ? 'Folder not found' : 'Sync on hold', tone: 'unavailable' };
  const { conflicts, in: incoming, out, deleted, renamed } = plan.counts;
  if (conflicts > 0) return { text: conflicts === 1 ? '1 conflict' : `${conflicts} conflicts`, tone: 'conflict' };
  const waiting = incoming + out + deleted + renamed;
  if (waiting > 0) return { text: waiting === 1 ? '1 change waiting' : `${waiting} changes waiting`, tone: 'waiting' };
  return { text: 'In step', tone: 'in-step' };
}
