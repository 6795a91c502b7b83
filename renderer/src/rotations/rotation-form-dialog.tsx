import { useId, useState, type FormEvent } from 'react';
import type { Rotation, RotationKind } from '../../../shared/api/rotation-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { WEEKDAY_NAMES, type Cadence } from '../../../shared/rotations/rotation-model';
import { api } from '../api/api';
import { errorField, errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { localTimeZone } from './rotation-format';

type CadenceChoice = 'weekly' | 'every-n-weeks' | 'monthly';

interface FormProps {
  /** With a workspace the dialog creates a rotation; with a rotation it edits that one's settings. */
  workspaceId?: string;
  rotation?: Rotation;
  onClose: () => void;
  onSaved?: (rotation: Rotation) => void;
}

/** Creates a rotation or edits its settings: name, kind, members in order, cadence, time, cap, checklist. */
export function RotationFormDialog({ workspaceId, rotation, onClose, onSaved }: FormProps) {
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
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  const cadence: Cadence =
    choice === 'monthly' ? { kind: 'monthly', weekday, nth } : { kind: 'weekly', weekday, everyWeeks: choice === 'weekly' ? 1 : everyWeeks };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
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
    try {
      if (rotation) {
        const saved = await api().updateRotation({ id: rotation.id, ...settings });
        showToast(`Saved ${saved.name}`);
        onSaved?.(saved);
        onClose();
      } else if (workspaceId) {
        const list = members.split('\n').map((m) => m.trim()).filter(Boolean);
        const created = await api().createRotation({ workspaceId, members: list, ...settings });
        onClose();
        navigate({ name: 'rotation', id: created.id });
      }
    } catch (failure) {
      setError({ message: errorMessage(failure), field: errorField(failure) });
      setBusy(false);
    }
  };

  const invalid = (field: string) => (error?.field?.startsWith(field) ? true : undefined);
  return (
    <Dialog title={editing ? `Edit ${rotation.name}` : 'New rotation'} onDismiss={onClose} size="medium">
      <form className="dialog-body rotation-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Friday teaching, Security Commander"
            aria-invalid={invalid('name')}
            autoComplete="off"
          />
        </div>
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
          <div className="field">
            <label htmlFor={`${id}-members`}>Members, in order</label>
            <textarea
              id={`${id}-members`}
              className="textarea"
              rows={4}
              value={members}
              onChange={(e) => setMembers(e.target.value)}
              placeholder={'Ada\nGrace\nLinus'}
              aria-describedby={`${id}-members-hint`}
              aria-invalid={invalid('members')}
            />
            <p id={`${id}-members-hint`} className="field-hint">
              One name per line; the first takes the first turn. Add or remove members later without reshuffling the others.
            </p>
          </div>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-cadence`}>Repeats</label>
            <select id={`${id}-cadence`} className="select" value={choice} onChange={(e) => setChoice(e.target.value as CadenceChoice)}>
              <option value="weekly">Every week</option>
              <option value="every-n-weeks">Every few weeks</option>
              <option value="monthly">Monthly</option>
            </select>
          </div>
          {choice === 'every-n-weeks' && (
            <div className="field">
              <label htmlFor={`${id}-every`}>Every … weeks</label>
              <input id={`${id}-every`} className="input" type="number" min={1} max={12} value={everyWeeks} onChange={(e) => setEveryWeeks(Number(e.target.value))} aria-invalid={invalid('cadence')} />
            </div>
          )}
          {choice === 'monthly' && (
            <div className="field">
              <label htmlFor={`${id}-nth`}>Which</label>
              <select id={`${id}-nth`} className="select" value={nth} onChange={(e) => setNth(Number(e.target.value) as 1 | 2 | 3 | 4 | -1)}>
                <option value={1}>First</option>
                <option value={2}>Second</option>
                <option value={3}>Third</option>
                <option value={4}>Fourth</option>
                <option value={-1}>Last</option>
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-weekday`}>On</label>
            <select id={`${id}-weekday`} className="select" value={weekday} onChange={(e) => setWeekday(Number(e.target.value))}>
              {WEEKDAY_NAMES.map((day, i) => (
                <option key={day} value={i + 1}>
                  {day}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-start`}>Starting</label>
            <input id={`${id}-start`} className="input" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} aria-invalid={invalid('startDate')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>At</label>
            <input id={`${id}-time`} className="input" type="time" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={invalid('time')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-duration`}>Minutes</label>
            <input id={`${id}-duration`} className="input" type="number" min={5} max={1440} value={duration} onChange={(e) => setDuration(Number(e.target.value))} aria-invalid={invalid('durationMinutes')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-zone`}>Time zone</label>
            <input id={`${id}-zone`} className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} aria-invalid={invalid('timeZone')} autoComplete="off" />
          </div>
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
                <input className="input input-narrow" type="number" min={1} max={52} value={maxTurns} onChange={(e) => setMaxTurns(Number(e.target.value))} aria-label="Most turns" />
              </label>
              <label>
                turn(s) in{' '}
                <input className="input input-narrow" type="number" min={1} max={52} value={periodWeeks} onChange={(e) => setPeriodWeeks(Number(e.target.value))} aria-label="Weeks" />{' '}
                week(s)
              </label>
            </div>
          )}
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
          <div className="field">
            <label htmlFor={`${id}-checklist`}>Checklist / runbook</label>
            <textarea
              id={`${id}-checklist`}
              className="textarea"
              rows={4}
              value={checklist}
              onChange={(e) => setChecklist(e.target.value)}
              placeholder={'- Triage new security alerts daily\n- Open tickets; do not fix them yourself\n- Hand over open items on Friday'}
            />
          </div>
        )}
        <ErrorAlert message={error?.message} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {editing ? 'Save' : 'Create rotation'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function cadenceChoice(cadence: Cadence | undefined): CadenceChoice {
  if (!cadence) return 'weekly';
  if (cadence.kind === 'monthly') return 'monthly';
  return cadence.everyWeeks === 1 ? 'weekly' : 'every-n-weeks';
}
