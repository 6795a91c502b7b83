import { useState } from 'react';
import type { LedgerView, OccurrenceView, Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import { changeList, type ChangeEntry } from '../../../shared/rotations/change-list';
import { planOf } from '../../../shared/rotations/rotation-plan';
import { DEFAULT_SCHEDULE_LENGTH } from '../../../shared/rotations/schedule-length';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { showToast } from '../stores/toast-store';
import { ChangeDialog, type ChangeType } from './change-dialog';
import { HandoverNote } from './handover-note';
import { formatDate, formatDay, turnTimeText } from './rotation-format';

type OpenChange = { type: Exclude<ChangeType, 'removeOverride'>; date?: string };

/** The lengths the schedule offers: a quarter, half a year, a year and two of a weekly rotation. */
const DATE_CHOICES = [DEFAULT_SCHEDULE_LENGTH, 26, 52, 104] as const;

/** Upcoming turns with who holds them, the fairness counts, and the changes made so far. */
export function SchedulePanel({
  rotation,
  schedule,
  dates,
  onDatesChange,
}: {
  rotation: Rotation;
  schedule: RotationSchedule;
  /** How many dates are shown, and the way to show more or fewer. */
  dates: number;
  onDatesChange: (dates: number) => void;
}) {
  const [open, setOpen] = useState<OpenChange | null>(null);
  const next = schedule.occurrences.find((o) => o.status === 'scheduled');
  const holderWord = rotation.kind === 'teaching' ? 'Presenter' : 'Holder';

  const changes = changeList(planOf(rotation), schedule.unapplied);

  const undo = async (entry: ChangeEntry) => {
    try {
      await mutate('applyRotationChange', { rotationId: rotation.id, change: entry.undo });
      showToast(`Undone: ${describeChange(rotation, entry)}`);
    } catch (error) {
      showToast(errorMessage(error));
    }
  };

  return (
    <div className="schedule-panel">
      {next && (
        <p className="schedule-next">
          Next up: <strong>{next.memberName}</strong> on {formatDate(next.date)} at {turnTimeText(next.startsAt, rotation.timeZone)}
          {next.topic ? <> — “{next.topic.title}”</> : null}
        </p>
      )}
      {rotation.kind === 'role' && schedule.handover && (
        <HandoverNote handover={schedule.handover} forWhom={`for ${schedule.handover.toName}, who takes over ${formatDay(schedule.handover.toDate)}`} />
      )}
      <div className="schedule-toolbar" role="toolbar" aria-label="Schedule changes">
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'absence' })}>
          Mark absence
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'swap' })}>
          Swap turns
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'skipDate' })}>
          Skip a date
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'addMember' })}>
          Add member
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'removeMember' })}>
          Remove member
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen({ type: 'reorder' })}>
          Change order
        </button>
      </div>
      <div className="schedule-columns">
        <section aria-labelledby="schedule-heading" className="schedule-section">
          <div className="schedule-heading">
            <h2 id="schedule-heading" className="section-title">
              Upcoming turns
            </h2>
            <label className="schedule-length">
              Dates shown{' '}
              <select className="select" value={dates} onChange={(event) => onDatesChange(Number(event.target.value))}>
                {DATE_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <table className="schedule-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">{holderWord}</th>
                {rotation.withSecondary && <th scope="col">Secondary</th>}
                {rotation.kind === 'teaching' && <th scope="col">Topic</th>}
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {schedule.occurrences.map((o) => (
                <tr key={o.date} className={`schedule-row is-${o.status}`}>
                  <td className="schedule-date">{formatDate(o.date)}</td>
                  <td>{o.status === 'scheduled' ? <strong>{o.memberName}</strong> : <span className="schedule-empty">{o.status === 'skipped' ? 'Skipped' : 'Nobody available'}</span>}</td>
                  {rotation.withSecondary && <td>{o.secondaryName ?? ''}</td>}
                  {rotation.kind === 'teaching' && <td className="schedule-topic">{o.topic?.title ?? ''}</td>}
                  <td className="schedule-note">{noteOf(o)}</td>
                  <td className="schedule-actions">
                    {o.status === 'scheduled' && (
                      <>
                        <button type="button" className="button button-quiet button-small" onClick={() => setOpen({ type: 'absence', date: o.date })} aria-label={`${o.memberName} is away on ${formatDate(o.date)}`}>
                          Away
                        </button>
                        <button type="button" className="button button-quiet button-small" onClick={() => setOpen({ type: 'cover', date: o.date })} aria-label={`Cover ${formatDate(o.date)}: someone else takes the turn`}>
                          Cover
                        </button>
                        <button type="button" className="button button-quiet button-small" onClick={() => setOpen({ type: 'swap', date: o.date })} aria-label={`Swap ${formatDate(o.date)}`}>
                          Swap
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <aside className="schedule-side">
          <section aria-labelledby="fairness-heading">
            <h2 id="fairness-heading" className="section-title">
              Fairness
            </h2>
            <table className="fairness-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Held</th>
                  <th scope="col">Upcoming</th>
                  <th scope="col">Owes</th>
                </tr>
              </thead>
              <tbody>
                {schedule.ledger.map((line) => (
                  <tr key={line.memberId} className={line.active ? undefined : 'is-inactive'}>
                    <th scope="row">
                      {line.name}
                      {memberStanding(line) && <span className="field-hint"> ({memberStanding(line)})</span>}
                    </th>
                    <td>{line.held}</td>
                    <td>{line.upcoming}</td>
                    <td>
                      {line.coversOwed}
                      {line.owes.map((debt) => (
                        <span key={debt.coverId} className="field-hint fairness-debt">
                          {' '}
                          {debt.creditorName} covered {formatDate(debt.coveredOn)}; {debt.repaysOn ? `repays ${formatDate(debt.repaysOn)}` : 'no repay date in sight yet'}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="field-hint">Held: turns so far. Upcoming: in the {schedule.occurrences.length} dates shown. Owes: covers received and not yet repaid.</p>
          </section>
          <section aria-labelledby="changes-heading">
            <h2 id="changes-heading" className="section-title">
              Changes
            </h2>
            {changes.length === 0 ? (
              <p className="section-empty">No absences, skips, swaps, covers or member changes yet.</p>
            ) : (
              <ul className="override-list">
                {changes.map((entry) => (
                  <li key={entry.id} className={entry.noLongerApplies ? 'override-row is-unapplied' : 'override-row'}>
                    <span>
                      {describeChange(rotation, entry)}
                      {entry.noLongerApplies && <span className="field-hint"> — no longer applies: {entry.noLongerApplies}</span>}
                    </span>
                    <button type="button" className="button button-link" onClick={() => void undo(entry)} aria-label={`Undo: ${describeChange(rotation, entry)}`}>
                      Undo
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      {open && <ChangeDialog rotation={rotation} schedule={schedule} type={open.type} date={open.date} onClose={() => setOpen(null)} />}
    </div>
  );
}

function noteOf(o: OccurrenceView): string {
  if (o.status !== 'scheduled') return o.reason ?? '';
  const parts: string[] = [];
  if (o.source === 'swap') parts.push('swapped');
  if (o.source === 'cover') parts.push('covering');
  if (o.source === 'repay') parts.push('repays a cover');
  if (o.passedOver.length > 0) parts.push(`${o.passedOver.join(', ')} away — goes next`);
  return parts.join(' · ');
}

/** Why a member has no turns in some of the window: they join later, or leave. */
function memberStanding(line: LedgerView): string | null {
  if (line.joinsOn) return `joins ${formatDate(line.joinsOn)}`;
  if (line.leavesOn) return `${line.active ? 'leaves' : 'left'} ${formatDate(line.leavesOn)}`;
  return line.active ? null : 'not in the rotation';
}

function describeChange(rotation: Rotation, o: ChangeEntry): string {
  const name = (id: string) => rotation.members.find((m) => m.id === id)?.name ?? 'someone';
  switch (o.type) {
    case 'skip':
      return `Skip ${formatDate(o.date)}${o.reason ? ` (${o.reason})` : ''}`;
    case 'absence':
      return `${name(o.memberId)} away ${formatDate(o.from)} – ${formatDate(o.to)}${o.reason ? ` (${o.reason})` : ''}`;
    case 'swap':
      return `Swap ${formatDate(o.dateA)} ↔ ${formatDate(o.dateB)}`;
    case 'cover':
      return `${name(o.memberId)} takes ${formatDate(o.date)}`;
    case 'join':
      return `${name(o.memberId)} joins ${formatDate(o.date)}`;
    case 'leave':
      return `${name(o.memberId)} leaves ${formatDate(o.date)}`;
    case 'reorder':
      return `New order from ${formatDate(o.date)}: ${o.memberIds.map(name).join(', ')}`;
  }
}
