import { create } from 'zustand';
import { api } from '../api/api';

interface ProfileState {
  /** Undefined until loaded; null when nobody has said their name yet (first start). */
  name: string | null | undefined;
  load: () => Promise<void>;
  /** Saves the name that authors revisions; throws ApiCallError for a bad name. */
  setName: (name: string) => Promise<void>;
}

export const useProfileStore = create<ProfileState>()((set) => ({
  name: undefined,
  load: async () => {
    const profile = await api().getProfile({});
    set({ name: profile.name });
  },
  setName: async (name) => {
    const profile = await api().setProfile({ name });
    set({ name: profile.name });
  },
}));
