import { useState } from 'react';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { navigate } from '../router';
import { mutate } from '../queries/run-mutation';
import { localTimeZone } from '../rotations/rotation-format';

interface StartSessionDialogProps {
  workspaceId: string;
  /** The decision to hold the session on; without it the session starts a new decision. */
  decision?: { id: string; name: string };
  onClose: () => void;
}

const FIELDS = formFields({ title: 'Title' });

/** Starts a facilitated session, on an existing decision or on a new one named here. */
export function StartSessionDialog({ workspaceId, decision, onClose }: StartSessionDialogProps) {
  const [title, setTitle] = useState('');

  const submit = async () => {
    const session = await mutate('createSession', decision ? { workspaceId, decisionId: decision.id } : { workspaceId, title, timeZone: localTimeZone() });
    onClose();
    navigate({ name: 'session', id: session.id });
  };

  return (
    <FormDialog title="Start a decision session" size="medium" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Start the session">
      {decision ? (
        <p className="dialog-text">
          The session works on <strong>{decision.name}</strong>: what it already says comes along, and finishing the session saves the outcome as its
          next revision.
        </p>
      ) : (
        <TextField
          name="title"
          label="What are you deciding?"
          hint="A new proposed decision is created with this title; the session fills it in as you go."
          value={title}
          onChange={setTitle}
          placeholder="e.g. Pick a message broker for orders"
          large
        />
      )}
      <p className="dialog-text">
        Six timeboxed phases, about 45 minutes: frame, drivers, options, concerns, evaluate, outcome. You can change every timebox and go back to any
        phase.
      </p>
    </FormDialog>
  );
}
