import { useState } from 'react';

/**
 * What the facilitator has entered so far on each voter's ballot, kept per voter. A cast's answer can
 * arrive after the next voter's ballot is already being filled in; clearing one shared draft then
 * would empty the next voter's choices, so a cast clears only its own voter's draft.
 */
export function useBallotDrafts<T>(empty: T) {
  const [drafts, setDrafts] = useState<Record<string, T>>({});
  return {
    draftOf: (voterId: string | undefined): T => (voterId !== undefined && Object.hasOwn(drafts, voterId) ? (drafts[voterId] as T) : empty),
    update: (voterId: string, draft: T) => setDrafts((previous) => ({ ...previous, [voterId]: draft })),
    clear: (voterId: string) =>
      setDrafts((previous) => {
        const next = { ...previous };
        delete next[voterId];
        return next;
      }),
  };
}
