import { FormDialog } from './form-dialog';

/** Asks before unsaved edits of an editor (a decision's, a goal's, a new decision never saved) are thrown away. */
export function DiscardDialog({ what, onKeep, onDiscard }: { what: 'decision' | 'new decision' | 'goal'; onKeep: () => void; onDiscard: () => void }) {
  return (
    <FormDialog title="Discard changes?" onDismiss={onKeep} cancelLabel="Keep editing" onSubmit={onDiscard} submitLabel="Discard" tone="danger">
      <p className="dialog-text">
        {what === 'new decision'
          ? 'This new decision has not been saved. Leaving now discards it: nothing is kept, and its number stays free.'
          : `Your edits to this ${what} have not been saved. Leaving now loses them.`}
      </p>
    </FormDialog>
  );
}
