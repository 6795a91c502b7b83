import { useState } from 'react';
import type { Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import type { RotationEdit } from '../../../shared/rotations/rotation-change';
import { useTypingPause } from '../keyboard/use-typing-pause';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { ErrorAlert } from '../components/error-alert';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { showToast } from '../stores/toast-store';
import { ChangePreviewView } from './change-preview-view';
import { keepArrangement, orderFrom } from './member-order';
import { MemberOrderField } from './member-order-field';
import { formatDate } from './rotation-format';

/** The changes a person describes in this dialog: undoing a join or a leave is the Changes list's. */
export type ChangeType = Exclude<RotationEdit['type'], 'undoJoin' | 'undoLeave'>;

const TITLES: Record<Exclude<ChangeType, 'removeOverride'>, string> = {
  absence: 'Mark an absence',
  skipDate: 'Skip a date',
  swap: 'Swap two turns',
  cover: 'Someone else takes a turn',
  addMember: 'Add a member',
  removeMember: 'Remove a member',
  reorder: 'Change the order',
};

interface ChangeDialogProps {
  rotation: Rotation;
  schedule: RotationSchedule;
  type: Exclude<ChangeType, 'removeOverride'>;
  /** The occurrence the change started from, when it was opened from a row. */
  date?: string;
  onClose: () => void;
}

/** Describes one change, shows what it would do to the upcoming turns, and applies it on request. */
export function ChangeDialog({ rotation, schedule, type, date, onClose }: ChangeDialogProps) {
  const today = schedule.today;
  const activeMembers = rotation.members.filter((m) => m.activeUntil === null || m.activeUntil > today);
  const upcoming = schedule.occurrences.filter((o) => o.status === 'scheduled');
  const firstDate = date ?? upcoming[0]?.date ?? today;
  const holderOf = (d: string) => schedule.occurrences.find((o) => o.date === d)?.memberId ?? null;

  const [memberId, setMemberId] = useState(() => (type === 'absence' ? holderOf(firstDate) : null) ?? activeMembers[0]?.id ?? '');
  const [from, setFrom] = useState(type === 'absence' || type === 'reorder' ? firstDate : today);
  const [to, setTo] = useState(firstDate);
  const [reason, setReason] = useState('');
  const [dateA, setDateA] = useState(firstDate);
  const [dateB, setDateB] = useState(() => upcoming.find((o) => o.date !== firstDate && o.memberId !== holderOf(firstDate))?.date ?? '');
  const [coverer, setCoverer] = useState(() => activeMembers.find((m) => m.id !== holderOf(firstDate))?.id ?? '');
  const [name, setName] = useState('');
  // The order follows the date until the person moves someone: then it is theirs.
  const [order, setOrder] = useState<string[] | null>(null);
  const onDate = orderFrom(rotation, schedule.occurrences, from);
  const memberOrder = order ? keepArrangement(order, onDate) : onDate;

  const change = buildChange();
  const changeKey = JSON.stringify(change);
  // A short pause so typing a name or picking dates does not ask for a preview per keystroke.
  const wanted = JSON.parse(useTypingPause(changeKey, 150)) as RotationEdit | null;
  const previewQuery = useServerQuery(
    'previewRotationChange',
    { rotationId: rotation.id, change: wanted ?? { type: 'skipDate', date: today, reason: '' } },
    { enabled: wanted !== null },
  );
  const settled = change !== null && JSON.stringify(wanted) === changeKey;
  const preview = settled ? (previewQuery.data ?? null) : null;
  const previewError = settled ? queryErrorMessage(previewQuery) : null;

  function buildChange(): RotationEdit | null {
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
      case 'reorder':
        return memberOrder.length > 0 ? { type, from, memberIds: memberOrder } : null;
    }
  }

  const apply = async () => {
    if (!change) return;
    const after = await mutate('applyRotationChange', { rotationId: rotation.id, change });
    // Skips, absences, swaps, covers and new orders are records that can be taken back; member changes are not.
    const added =
      after.overrides.find((o) => !rotation.overrides.some((b) => b.id === o.id)) ?? after.reorders.find((r) => !rotation.reorders.some((b) => b.id === r.id));
    showToast(
      `${TITLES[type]}: done`,
      added
        ? async () => {
            await mutate('applyRotationChange', { rotationId: rotation.id, change: { type: 'removeOverride', overrideId: added.id } });
          }
        : undefined,
    );
    onClose();
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
    <FormDialog
      title={TITLES[type]}
      size="medium"
      onDismiss={onClose}
      onSubmit={apply}
      fields={changeFields(type)}
      submitLabel="Apply change"
      submitDisabled={!preview}
      className="rotation-change"
    >
      {(type === 'absence' || type === 'removeMember') && (
        <SelectField name="member" label="Member" value={memberId} onChange={setMemberId}>
          {memberOptions}
        </SelectField>
      )}
      {type === 'addMember' && (
        <TextField name="name" label="Name" value={name} onChange={setName} />
      )}
      {(type === 'skipDate' || type === 'swap' || type === 'cover') && (
        <SelectField name="dateA" label={type === 'swap' ? 'This turn' : 'Turn'} value={dateA} onChange={setDateA}>
          {occurrenceOptions}
        </SelectField>
      )}
      {type === 'swap' && (
        <SelectField name="dateB" label="With this turn" value={dateB} onChange={setDateB}>
          <option value="">Choose a turn…</option>
          {occurrenceOptions}
        </SelectField>
      )}
      {type === 'cover' && (
        <SelectField name="coverer" label="Taken by" hint="The member whose turn it was takes the next turn of whoever covers, so both stay even." value={coverer} onChange={setCoverer}>
          {memberOptions}
        </SelectField>
      )}
      {type === 'absence' && (
        <div className="field-row">
          <TextField name="from" label="Away from" type="date" value={from} onChange={setFrom} />
          <TextField name="to" label="Until (inclusive)" type="date" value={to} onChange={setTo} />
        </div>
      )}
      {(type === 'addMember' || type === 'removeMember' || type === 'reorder') && (
        <TextField name="from" label={FROM_LABELS[type]} type="date" value={from} onChange={setFrom} />
      )}
      {type === 'reorder' && <MemberOrderField rotation={rotation} order={memberOrder} onChange={setOrder} />}
      {(type === 'absence' || type === 'skipDate') && (
        <TextField name="reason" label="Reason (optional)" value={reason} onChange={setReason} placeholder={type === 'skipDate' ? 'e.g. Public holiday' : 'e.g. Vacation'} />
      )}
      <section className="change-preview" aria-label="Preview" aria-live="polite">
        <h3 className="change-preview-title">What this changes</h3>
        <ErrorAlert message={previewError} />
        {preview && <ChangePreviewView preview={preview} />}
        {!preview && !previewError && <p className="section-empty">{change ? 'Working it out…' : 'Fill in the change to see its effect.'}</p>}
      </section>
    </FormDialog>
  );
}

const FROM_LABELS = { addMember: 'Takes turns from', removeMember: 'No more turns from', reorder: 'New order from' } as const;

/** The dialog's fields for one type of change; the API names them inside "change". */
function changeFields(type: Exclude<ChangeType, 'removeOverride'>) {
  const labels: Record<string, string> = {
    member: 'Member',
    name: 'Name',
    dateA: type === 'swap' ? 'This turn' : 'Turn',
    dateB: 'Other turn',
    coverer: 'Taken by',
    from: type === 'absence' ? 'Away from' : type === 'reorder' ? FROM_LABELS.reorder : 'Start date',
    to: 'Until',
    reason: 'Reason',
    memberIds: 'New order',
  };
  return formFields(labels, { apiPrefix: 'change.', aliases: { memberId: type === 'cover' ? 'coverer' : 'member', date: 'dateA' } });
}
