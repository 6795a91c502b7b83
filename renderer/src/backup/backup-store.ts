import { create } from 'zustand';
import type { BackupInfo, BackupList } from '../../../shared/api/backup-operations';
import { api } from '../api/api';

interface BackupState {
  list: BackupList | null;
  load: () => Promise<void>;
  /** Takes a backup now and returns it; the list is reloaded. */
  backUp: () => Promise<BackupInfo>;
  /** Replaces all data with the backup; returns the copy of what was there before. */
  restore: (file: string) => Promise<BackupInfo>;
}

export const useBackupStore = create<BackupState>()((set, get) => ({
  list: null,
  load: async () => set({ list: await api().listBackups({}) }),
  backUp: async () => {
    const backup = await api().backupNow({});
    await get().load();
    return backup;
  },
  restore: async (file) => {
    const { safetyCopy } = await api().restoreBackup({ file });
    return safetyCopy;
  },
}));
