import { ChangeEvent } from '../../../shared/api/change-event';

/** What a window does with the change feed. */
export interface ChangeHandlers {
  /** A change committed in the core. */
  change(event: ChangeEvent): void;
  /** Events may have been missed (the connection came back, an event did not read as one): read everything again. */
  missed(): void;
}

/** Follows the core's change feed until the returned function is called. */
export type ChangeSource = (handlers: ChangeHandlers) => () => void;

/** Passes one event on if it reads as a ChangeEvent; anything else means the window cannot tell what changed. */
export function receiveChange(data: unknown, handlers: ChangeHandlers): void {
  const parsed = ChangeEvent.safeParse(data);
  if (parsed.success) handlers.change(parsed.data);
  else handlers.missed();
}
