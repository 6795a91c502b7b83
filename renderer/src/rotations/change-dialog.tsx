import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ChangePreview, Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import type { RotationChange } from '../../../shared/rotations/rotation-change';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { showToast } from '../stores/toast-store';
import { ChangePreviewView } from './change-preview-view';
import { formatDate } from './rotation-format';

export type ChangeType = RotationChange['type'];

const TITLES: Record<Exclude<ChangeType, 'removeOverride'>, string> = {
  absence: 'Mark an absence',
  skipDate: 'Skip a date',
  swap: 'Swap two turns',
  cover: 'Someone else takes a turn',
  addMember: 'Add a member',
  removeMember: 'Remove a member',
};

interface ChangeDialogProps {
  rotation: Rotation;
  schedule: RotationSchedule;
  type: Exclude<ChangeType, 'removeOverride'>;
  /** The occurrence the change started from, when it was opened from a row. */
  date?: string;
  onClose: () => void;
  onApplied: () => void;
}

/** Describes one change, shows what it would do to the upcoming turns, and applies it on request. */
export function ChangeDialog({ rotation, schedule, type, date, onClose, onApplied }: ChangeDialogProps) {
  const id = useId();
  const today = schedule.today;
  const activeMembers = rotation.members.filter((m) => m.activeUntil === null || m.activeUntil > today);
  const upcoming = schedule.occurrences.filter((o) => o.status === 'scheduled');
  const firstDate = date ?? upcoming[0]?.date ?? today;
  const holderOf = (d: string) => schedule.occurrences.find((o) => o.date === d)?.memberId ?? null;

  const [memberId, setMemberId] = useState(() => (type === 'absence' ? holderOf(firstDate) : null) ?? activeMembers[0]?.id ?? '');
  const [from, setFrom] = useState(type === 'absence' ? firstDate : today);
  const [to, setTo] = useState(firstDate);
  const [reason, setReason] = useState('');
  const [dateA, setDateA] = useState(firstDate);
  const [dateB, setDateB] = useState(() => upcoming.find((o) => o.date !== firstDate && o.memberId !== holderOf(firstDate))?.date ?? '');
  const [coverer, setCoverer] = useState(() => activeMembers.find((m) => m.id !== holderOf(firstDate))?.id ?? '');
  const [name, setName] = useState('');
  const [result, setResult] = useState<{ key: string; preview: ChangePreview | null; error: string | null } | null>(null);
  const [applyError, setApplyError] = useState<{ key: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const change = buildChange();
  const changeKey = JSON.stringify(change);
  const current = result?.key === changeKey ? result : null;
  const preview = change ? (current?.preview ?? null) : null;
  const previewError = (applyError?.key === changeKey ? applyError.message : null) ?? (change ? (current?.error ?? null) : null);

  function buildChange(): RotationChange | null {
    switch (type) {
      case 'absence':
        return memberId ? { type, memberId, from, to, reason } : null;
      case 'skipDate':
        return { type, date: dateA, reason };
      case 'swap':
        return dateB ? { type, dateA, dateB } : null;
      case 'cover':
        return coverer ? { type, date: dateA, memberId: coverer } : null;
      case 'addMember':
        return name.trim() ? { type, name, from } : null;
      case 'removeMember':
        return memberId ? { type, memberId, from } : null;
    }
  }

  useEffect(() => {
    const wanted = JSON.parse(changeKey) as RotationChange | null;
    if (!wanted) return;
    let current = true;
    // A short pause so typing a name or picking dates does not ask for a preview per keystroke.
    const timer = window.setTimeout(() => {
      api()
        .previewRotationChange({ rotationId: rotation.id, change: wanted })
        .then((value) => current && setResult({ key: changeKey, preview: value, error: null }))
        .catch((error: unknown) => current && setResult({ key: changeKey, preview: null, error: errorMessage(error) }));
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [changeKey, rotation.id]);

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!change) return;
    setBusy(true);
    try {
      const after = await api().applyRotationChange({ rotationId: rotation.id, change });
      // Skips, absences, swaps and covers are records that can be taken back; member changes are not.
      const added = after.overrides.find((o) => !rotation.overrides.some((b) => b.id === o.id));
      showToast(
        `${TITLES[type]}: done`,
        added ? async () => {
          await api().applyRotationChange({ rotationId: rotation.id, change: { type: 'removeOverride', overrideId: added.id } });
          onApplied();
        } : undefined,
      );
      onApplied();
      onClose();
    } catch (error) {
      setApplyError({ key: changeKey, message: errorMessage(error) });
      setBusy(false);
    }
  };

  const occurrenceOptions = upcoming.map((o) => (
    <option key={o.date} value={o.date}>
      {formatDate(o.date)} — {o.memberName}
    </option>
  ));
  const memberOptions = activeMembers.map((m) => (
    <option key={m.id} value={m.id}>
      {m.name}
    </option>
  ));

  return (
    <Dialog title={TITLES[type]} onDismiss={onClose} size="medium">
      <form className="dialog-body rotation-change" onSubmit={apply}>
        {(type === 'absence' || type === 'removeMember') && (
          <div className="field">
            <label htmlFor={`${id}-member`}>Member</label>
            <select id={`${id}-member`} className="select" value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              {memberOptions}
            </select>
          </div>
        )}
        {type === 'addMember' && (
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </div>
        )}
        {(type === 'skipDate' || type === 'swap' || type === 'cover') && (
          <div className="field">
            <label htmlFor={`${id}-date-a`}>{type === 'swap' ? 'This turn' : 'Turn'}</label>
            <select id={`${id}-date-a`} className="select" value={dateA} onChange={(e) => setDateA(e.target.value)}>
              {occurrenceOptions}
            </select>
          </div>
        )}
        {type === 'swap' && (
          <div className="field">
            <label htmlFor={`${id}-date-b`}>With this turn</label>
            <select id={`${id}-date-b`} className="select" value={dateB} onChange={(e) => setDateB(e.target.value)}>
              <option value="">Choose a turn…</option>
              {occurrenceOptions}
            </select>
          </div>
        )}
        {type === 'cover' && (
          <div className="field">
            <label htmlFor={`${id}-coverer`}>Taken by</label>
            <select id={`${id}-coverer`} className="select" value={coverer} onChange={(e) => setCoverer(e.target.value)}>
              {memberOptions}
            </select>
            <p className="field-hint">The member whose turn it was takes the next turn of whoever covers, so both stay even.</p>
          </div>
        )}
        {type === 'absence' && (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-from`}>Away from</label>
              <input id={`${id}-from`} className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>Until (inclusive)</label>
              <input id={`${id}-to`} className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </div>
          </div>
        )}
        {(type === 'addMember' || type === 'removeMember') && (
          <div className="field">
            <label htmlFor={`${id}-from`}>{type === 'addMember' ? 'Takes turns from' : 'No more turns from'}</label>
            <input id={`${id}-from`} className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
        )}
        {(type === 'absence' || type === 'skipDate') && (
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason (optional)</label>
            <input
              id={`${id}-reason`}
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={type === 'skipDate' ? 'e.g. Public holiday' : 'e.g. Vacation'}
              autoComplete="off"
            />
          </div>
        )}
        <section className="change-preview" aria-label="Preview" aria-live="polite">
          <h3 className="change-preview-title">What this changes</h3>
          <ErrorAlert message={previewError} />
          {preview && <ChangePreviewView preview={preview} />}
          {!preview && !previewError && <p className="section-empty">{change ? 'Working it out…' : 'Fill in the change to see its effect.'}</p>}
        </section>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !preview}>
            Apply change
          </button>
        </div>
      </form>
    </Dialog>
  );
}
