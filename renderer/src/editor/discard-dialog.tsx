import { Dialog } from '../components/dialog';

/** Asks before unsaved edits are thrown away. */
export function DiscardDialog({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  return (
    <Dialog title="Discard changes?" onDismiss={onKeep}>
      <div className="dialog-body">
        <p className="dialog-text">Your edits to this decision have not been saved. Leaving now loses them.</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onKeep}>
            Keep editing
          </button>
          <button type="button" className="button button-danger" onClick={onDiscard}>
            Discard
          </button>
        </div>
      </div>
    </Dialog>
  );
}
