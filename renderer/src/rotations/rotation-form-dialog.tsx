import { useId, useState } from 'react';
import type { Rotation, RotationKind } from '../../../shared/api/rotation-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { WEEKDAY_NAMES, type Cadence } from '../../../shared/rotations/rotation-model';
import { FormDialog } from '../components/form-dialog';
import { Field, FieldControl, FieldMessage } from '../forms/field';
import { formFields } from '../forms/form-errors';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { localTimeZone } from './rotation-format';
import { mutate } from '../queries/run-mutation';

type CadenceChoice = 'weekly' | 'every-n-weeks' | 'monthly';

/** The fields the dialog shows as it is set, by what a message calls them ("members.2" is the list of names). */
function rotationFields(shown: { members: boolean; choice: CadenceChoice; cap: boolean; checklist: boolean }) {
  return formFields({
    name: 'Name',
    ...(shown.members ? { members: 'Members' } : {}),
    'cadence.kind': 'Repeats',
    ...(shown.choice === 'every-n-weeks' ? { 'cadence.everyWeeks': 'Weeks between turns' } : {}),
    ...(shown.choice === 'monthly' ? { 'cadence.nth': 'Week of the month' } : {}),
    'cadence.weekday': 'Weekday',
    startDate: 'Start date',
    time: 'Time',
    durationMinutes: 'Duration',
    timeZone: 'Time zone',
    ...(shown.cap ? { 'cap.maxTurns': 'Most turns', 'cap.periodWeeks': 'Weeks of the limit' } : {}),
    ...(shown.checklist ? { checklist: 'Checklist' } : {}),
  });
}

interface FormProps {
  /** With a workspace the dialog creates a rotation; with a rotation it edits that one's settings. */
  workspaceId?: string;
  rotation?: Rotation;
  onClose: () => void;
}

/** Creates a rotation or edits its settings: name, kind, members in order, cadence, time, cap, checklist. */
export function RotationFormDialog({ workspaceId, rotation, onClose }: FormProps) {
  const id = useId();
  const editing = rotation !== undefined;
  const [name, setName] = useState(rotation?.name ?? '');
  const [kind, setKind] = useState<RotationKind>(rotation?.kind ?? 'teaching');
  const [members, setMembers] = useState('');
  const [choice, setChoice] = useState<CadenceChoice>(cadenceChoice(rotation?.cadence));
  const [weekday, setWeekday] = useState(rotation?.cadence.weekday ?? 5);
  const [everyWeeks, setEveryWeeks] = useState(rotation?.cadence.kind === 'weekly' ? rotation.cadence.everyWeeks : 2);
  const [nth, setNth] = useState<1 | 2 | 3 | 4 | -1>(rotation?.cadence.kind === 'monthly' ? rotation.cadence.nth : 1);
  const [startDate, setStartDate] = useState(rotation?.startDate ?? toCalendarDate(new Date()));
  const [time, setTime] = useState(rotation?.time ?? '15:00');
  const [duration, setDuration] = useState(rotation?.durationMinutes ?? 45);
  const [timeZone, setTimeZone] = useState(rotation?.timeZone ?? localTimeZone());
  const [capOn, setCapOn] = useState(rotation?.cap != null);
  const [maxTurns, setMaxTurns] = useState(rotation?.cap?.maxTurns ?? 1);
  const [periodWeeks, setPeriodWeeks] = useState(rotation?.cap?.periodWeeks ?? 4);
  const [checklist, setChecklist] = useState(rotation?.checklist ?? '');
  const [withSecondary, setWithSecondary] = useState(rotation?.withSecondary ?? false);

  const cadence: Cadence =
    choice === 'monthly' ? { kind: 'monthly', weekday, nth } : { kind: 'weekly', weekday, everyWeeks: choice === 'weekly' ? 1 : everyWeeks };

  const submit = async () => {
    const settings = {
      name,
      kind,
      cadence,
      startDate,
      time,
      durationMinutes: duration,
      timeZone,
      cap: capOn ? { maxTurns, periodWeeks } : null,
      checklist,
      withSecondary: kind === 'role' && withSecondary,
    };
    if (rotation) {
      const saved = await mutate('updateRotation', { id: rotation.id, ...settings });
      showToast(`Saved ${saved.name}`);
      onClose();
    } else if (workspaceId) {
      const list = members.split('\n').map((m) => m.trim()).filter(Boolean);
      const created = await mutate('createRotation', { workspaceId, members: list, ...settings });
      onClose();
      navigate({ name: 'rotation', id: created.id });
    }
  };

  return (
    <FormDialog
      title={editing ? `Edit ${rotation.name}` : 'New rotation'}
      size="medium"
      onDismiss={onClose}
      onSubmit={submit}
      fields={rotationFields({ members: !editing, choice, cap: capOn, checklist: kind === 'role' })}
      submitLabel={editing ? 'Save' : 'Create rotation'}
      className="rotation-form"
    >
      <TextField name="name" label="Name" value={name} onChange={setName} placeholder="e.g. Friday teaching, Security Commander" />
      <fieldset className="field rotation-kind-field">
        <legend>Kind</legend>
        <label className="choice">
          <input type="radio" className="radio" name={`${id}-kind`} checked={kind === 'teaching'} onChange={() => setKind('teaching')} />
          Teaching session <span className="field-hint">one member teaches the team a topic</span>
        </label>
        <label className="choice">
          <input type="radio" className="radio" name={`${id}-kind`} checked={kind === 'role'} onChange={() => setKind('role')} />
          Role <span className="field-hint">one member holds a duty for the turn</span>
        </label>
      </fieldset>
      {!editing && (
        <TextField
          name="members"
          label="Members, in order"
          hint="One name per line; the first takes the first turn. Add or remove members later without reshuffling the others."
          rows={4}
          value={members}
          onChange={setMembers}
          placeholder={'Ada\nGrace\nLinus'}
        />
      )}
      <div className="field-row">
        <SelectField name="cadence.kind" label="Repeats" value={choice} onChange={(value) => setChoice(value as CadenceChoice)}>
          <option value="weekly">Every week</option>
          <option value="every-n-weeks">Every few weeks</option>
          <option value="monthly">Monthly</option>
        </SelectField>
        {choice === 'every-n-weeks' && (
          <Field name="cadence.everyWeeks" label="Every … weeks">
            {(control) => <input {...control} className="input" type="number" min={1} max={12} value={everyWeeks} onChange={(e) => setEveryWeeks(Number(e.target.value))} />}
          </Field>
        )}
        {choice === 'monthly' && (
          <SelectField name="cadence.nth" label="Which" value={nth} onChange={(value) => setNth(Number(value) as 1 | 2 | 3 | 4 | -1)}>
            <option value={1}>First</option>
            <option value={2}>Second</option>
            <option value={3}>Third</option>
            <option value={4}>Fourth</option>
            <option value={-1}>Last</option>
          </SelectField>
        )}
        <SelectField name="cadence.weekday" label="On" value={weekday} onChange={(value) => setWeekday(Number(value))}>
          {WEEKDAY_NAMES.map((day, i) => (
            <option key={day} value={i + 1}>
              {day}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField name="startDate" label="Starting" type="date" value={startDate} onChange={setStartDate} />
        <TextField name="time" label="At" type="time" value={time} onChange={setTime} />
        <Field name="durationMinutes" label="Minutes">
          {(control) => <input {...control} className="input" type="number" min={5} max={1440} value={duration} onChange={(e) => setDuration(Number(e.target.value))} />}
        </Field>
        <TextField name="timeZone" label="Time zone" value={timeZone} onChange={setTimeZone} />
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" className="checkbox" checked={capOn} onChange={(e) => setCapOn(e.target.checked)} />
          Limit how often one member takes a turn
        </label>
        {capOn && (
          <div className="field-row rotation-cap">
            <label>
              At most{' '}
              <FieldControl name="cap.maxTurns">
                {(control) => <input {...control} className="input input-narrow" type="number" min={1} max={52} value={maxTurns} onChange={(e) => setMaxTurns(Number(e.target.value))} aria-label="Most turns" />}
              </FieldControl>
            </label>
            <label>
              turn(s) in{' '}
              <FieldControl name="cap.periodWeeks">
                {(control) => <input {...control} className="input input-narrow" type="number" min={1} max={52} value={periodWeeks} onChange={(e) => setPeriodWeeks(Number(e.target.value))} aria-label="Weeks" />}
              </FieldControl>{' '}
              week(s)
            </label>
          </div>
        )}
        {capOn && <FieldMessage name="cap.maxTurns" />}
        {capOn && <FieldMessage name="cap.periodWeeks" />}
      </div>
      {kind === 'role' && (
        <div className="field">
          <label className="choice">
            <input type="checkbox" className="checkbox" checked={withSecondary} onChange={(e) => setWithSecondary(e.target.checked)} />
            The next holder backs up each turn as secondary
          </label>
        </div>
      )}
      {kind === 'role' && (
        <TextField
          name="checklist"
          label="Checklist / runbook"
          rows={4}
          value={checklist}
          onChange={setChecklist}
          placeholder={'- Triage new security alerts daily\n- Open tickets; do not fix them yourself\n- Hand over open items on Friday'}
        />
      )}
    </FormDialog>
  );
}

function cadenceChoice(cadence: Cadence | undefined): CadenceChoice {
  if (!cadence) return 'weekly';
  if (cadence.kind === 'monthly') return 'monthly';
  return cadence.everyWeeks === 1 ? 'weekly' : 'every-n-weeks';
}
