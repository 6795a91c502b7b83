import { describe, expect, it } from 'vitest';
import type { SyncPreview } from '../../../shared/api/sync-operations';
import { syncIndicatorState } from './sync-indicator-state';

function plan(counts: Partial<SyncPreview['counts']>, unavailable: SyncPreview['unavailable'] = null): SyncPreview {
  return { unavailable, counts: { in: 0, out: 0, conflicts: 0, deleted: 0, renamed: 0, unreadable: 0, ...counts }, actions: [] };
}

describe('the header sync indicator', () => {
  it('says "In step" when a sync would change nothing', () => {
    expect(syncIndicatorState(plan({}), null)).toEqual({ text: 'In step', tone: 'in-step' });
  });

  it('counts the changes waiting on both sides', () => {
    expect(syncIndicatorState(plan({ in: 1, out: 1, deleted: 1 }), null)?.text).toBe('3 changes waiting');
    expect(syncIndicatorState(plan({ renamed: 1 }), null)?.text).toBe('1 change waiting');
  });

  it('puts conflicts first, since they wait for the person', () => {
    expect(syncIndicatorState(plan({ in: 2, conflicts: 1 }), null)).toEqual({ text: '1 conflict', tone: 'conflict' });
    expect(syncIndicatorState(plan({ conflicts: 2 }), null)?.text).toBe('2 conflicts');
  });

  it('says the sync is paused while the plan cannot be made, and when the folder is gone', () => {
    expect(syncIndicatorState(undefined, 'git is writing files')?.text).toBe('Sync paused');
    const missing = { reason: 'missing' as const, message: 'gone', lost: 0, synced: 0, canForce: false };
    expect(syncIndicatorState(plan({}, missing), null)?.text).toBe('Folder not found');
  });

  it('says nothing before the first answer', () => {
    expect(syncIndicatorState(undefined, null)).toBeNull();
  });
});
