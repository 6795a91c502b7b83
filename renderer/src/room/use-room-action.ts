import { useState } from 'react';
import type { BacklogActionInput } from '../../../shared/room/backlog-action';
import type { ParticipantActionInput } from '../../../shared/room/participant-request';
import type { ParticipantView, RoomView } from '../../../shared/room/participant-view';
import { act } from './participant-client';

/** What each card of the participant's page gets: their token, the view, and where a new view goes. */
export interface CardProps {
  token: string;
  view: ParticipantView;
  onView: (view: RoomView) => void;
}

/** Sends one action; its refusal is shown beside the form that sent it. */
export function useRoomAction(token: string, onView: (view: RoomView) => void) {
  const [error, setError] = useState<string | null>(null);
  const run = async (action: ParticipantActionInput | BacklogActionInput): Promise<boolean> => {
    setError(null);
    try {
      onView(await act(token, action));
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    }
  };
  return { run, error };
}
