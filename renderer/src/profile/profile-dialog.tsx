import { useState } from 'react';
import { CairnMark } from '../components/cairn-mark';
import { FormDialog } from '../components/form-dialog';
import { focusWhenReady } from '../focus/focus-when-ready';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { mutate } from '../queries/run-mutation';

const FIELDS = formFields({ name: 'Your name' });

/** First start: asks for the name that will author every revision. Cannot be skipped. */
export function ProfileDialog() {
  const [name, setNameText] = useState('');
  // The dialog closes once the name is saved; the focus goes to the page behind it, at its heading.
  const save = async () => {
    await mutate('setProfile', { name });
    focusWhenReady(() => document.querySelector<HTMLElement>('main h1'));
  };

  return (
    <FormDialog title="Welcome to Cairn" lead={<CairnMark className="welcome-mark" />} onSubmit={save} fields={FIELDS} submitLabel="Continue">
      <p className="dialog-text">
        Cairn keeps your team&apos;s architecture decisions: what was decided, by whom, and why. Each decision is a marker the next person can
        follow.
      </p>
      <TextField
        name="name"
        label="Your name"
        hint="It goes on every revision you save, so the history shows who changed what."
        value={name}
        onChange={setNameText}
        autoComplete="name"
      />
    </FormDialog>
  );
}
