import { useId, useState } from 'react';
import type { Rotation, RotationLogEntry } from '../../../shared/api/rotation-operations';
import { addDays } from '../../../shared/domain/calendar-date';
import { mutate } from '../queries/run-mutation';
import { ErrorAlert } from '../components/error-alert';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { useProfileName } from '../profile/use-profile-name';
import { showToast } from '../stores/toast-store';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { BehaviorTargetControl } from './behavior-target-control';
import { formatDate } from './rotation-format';
import { SessionLinkPicker, type LinkChoice } from './session-link-picker';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';

/** How far back the log offers sessions to record. */
const PAST_DAYS = 120;

interface LogProps {
  rotation: Rotation;
  today: string;
  log: RotationLogEntry[];
}

/** Past sessions: what was taught or handled, who came, notes, handover, and quick feedback. */
export function LogPanel({ rotation, today, log }: LogProps) {
  const [editing, setEditing] = useState<{ date: string; holder: string | null } | null>(null);
  const [rating, setRating] = useState<string | null>(null);

  const from = addDays(today, -PAST_DAYS) < rotation.startDate ? rotation.startDate : addDays(today, -PAST_DAYS);
  const schedule = useServerQuery('getRotationSchedule', { id: rotation.id, from, count: 60 });
  // Without the schedule the log still lists the dates it has entries for.
  const past = schedule.data?.occurrences.filter((o) => o.date <= today && o.status === 'scheduled').reverse() ?? null;

  const dates = [...new Set([...(past ?? []).map((o) => o.date), ...log.map((e) => e.date)])].sort().reverse();
  const holderOn = (date: string) => past?.find((o) => o.date === date)?.memberName ?? log.find((e) => e.date === date)?.holderName ?? null;

  return (
    <section className="log-panel" aria-labelledby="log-heading">
      <h2 id="log-heading" className="section-title">
        Session log
      </h2>
      <BehaviorTargetControl rotation={rotation} />
      {dates.length === 0 ? (
        <p className="section-empty">No sessions have happened yet. After the first one, record what was {rotation.kind === 'teaching' ? 'taught' : 'handled'} here.</p>
      ) : (
        <ul className="log-list">
          {dates.map((date) => {
            const entry = log.find((e) => e.date === date);
            const holder = holderOn(date);
            return (
              <li key={date} className="log-row" aria-label={`Session on ${formatDate(date)}`}>
                <div className="log-head">
                  <h3 className="log-date">
                    {formatDate(date)} {holder && <span className="log-holder">— {holder}</span>}
                  </h3>
                  {entry?.averageRating != null && (
                    <span className="log-rating" aria-label={`Rated ${entry.averageRating} of 5`}>
                      ★ {entry.averageRating} ({entry.feedback.length})
                    </span>
                  )}
                  <div className="log-actions">
                    <button type="button" className="button button-small" onClick={() => setEditing({ date, holder })}>
                      {entry ? 'Edit log' : 'Log session'}
                    </button>
                    <button type="button" className="button button-quiet button-small" onClick={() => setRating(date)}>
                      Give feedback
                    </button>
                  </div>
                </div>
                {entry ? (
                  <div className="log-body">
                    {entry.summary && <p>{entry.summary}</p>}
                    {entry.attendance.length > 0 && <p className="field-hint">Attended: {entry.attendance.join(', ')}</p>}
                    {entry.notes && <p className="log-notes">Notes: {entry.notes}</p>}
                    {entry.handover && <p className="log-notes">Handover: {entry.handover}</p>}
                    {(entry.decisions.length > 0 || entry.goals.length > 0) && (
                      <p className="log-links">
                        About:{' '}
                        {[
                          ...entry.decisions.map((d) => ({ key: d.id, href: routeHash({ name: 'decision', id: d.id }), label: decisionName(d) })),
                          ...entry.goals.map((g) => ({ key: g.id, href: routeHash({ name: 'goal', id: g.id }), label: g.title })),
                        ].map((link, index) => (
                          <span key={link.key}>
                            {index > 0 && ', '}
                            <a href={link.href}>{link.label}</a>
                          </span>
                        ))}
                      </p>
                    )}
                    {entry.feedback.filter((f) => f.comment).map((f) => (
                      <p key={f.id} className="log-feedback">
                        {f.rating}/5 · {f.author}: {f.comment}
                      </p>
                    ))}
                  </div>
                ) : (
                  <p className="section-empty">Not logged yet.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing && (
        <LogEntryDialog rotation={rotation} date={editing.date} holder={editing.holder} entry={log.find((e) => e.date === editing.date)} onClose={() => setEditing(null)} />
      )}
      {rating && <FeedbackDialog rotationId={rotation.id} date={rating} onClose={() => setRating(null)} />}
    </section>
  );
}

interface EntryProps {
  rotation: Rotation;
  date: string;
  holder: string | null;
  entry: RotationLogEntry | undefined;
  onClose: () => void;
}

const LOG_FIELDS = formFields({ summary: 'Summary', notes: 'Notes', handover: 'Handover' });

function LogEntryDialog({ rotation, date, holder, entry, onClose }: EntryProps) {
  const [summary, setSummary] = useState(entry?.summary ?? '');
  const [attendance, setAttendance] = useState<string[]>(entry?.attendance ?? []);
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [handover, setHandover] = useState(entry?.handover ?? '');
  const [decisionIds, setDecisionIds] = useState<string[]>(entry?.decisions.map((d) => d.id) ?? []);
  const [goalIds, setGoalIds] = useState<string[]>(entry?.goals.map((g) => g.id) ?? []);
  const decisionsQuery = useServerQuery('searchDecisions', { workspaceId: rotation.workspaceId, sort: 'number', order: 'desc', limit: 1000 });
  const goalsQuery = useServerQuery('listGoals', { workspaceId: rotation.workspaceId });
  const decisionChoices: LinkChoice[] | null = decisionsQuery.data?.items.map((d) => ({ id: d.id, label: decisionName(d) })) ?? null;
  const goalChoices: LinkChoice[] | null = goalsQuery.data?.map((g) => ({ id: g.id, label: g.title })) ?? null;
  const loadError = queryErrorMessage(decisionsQuery) ?? queryErrorMessage(goalsQuery);
  const people = [...new Set([...rotation.members.map((m) => m.name), ...attendance])];

  const submit = async () => {
    await mutate('saveRotationLogEntry', { rotationId: rotation.id, date, summary, attendance, notes, handover, decisionIds, goalIds });
    showToast(`Logged ${formatDate(date)}`);
    onClose();
  };

  return (
    <FormDialog title={`Log ${formatDate(date)}${holder ? ` — ${holder}` : ''}`} size="medium" onDismiss={onClose} onSubmit={submit} fields={LOG_FIELDS} submitLabel="Save log">
      <TextField name="summary" label={rotation.kind === 'teaching' ? 'What was taught' : 'What the role handled'} rows={3} value={summary} onChange={setSummary} />
      <fieldset className="field">
        <legend>Attendance</legend>
        <div className="attendance-grid">
          {people.map((person) => (
            <label key={person} className="choice">
              <input
                type="checkbox"
                className="checkbox"
                checked={attendance.includes(person)}
                onChange={(e) => setAttendance(e.target.checked ? [...attendance, person] : attendance.filter((p) => p !== person))}
              />
              {person}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField name="notes" label="Notes" rows={2} value={notes} onChange={setNotes} />
      {rotation.kind === 'role' && <TextField name="handover" label="Handover to the next holder" rows={2} value={handover} onChange={setHandover} />}
      <SessionLinkPicker
        noun="decision"
        choices={decisionChoices}
        selected={decisionIds}
        onChange={setDecisionIds}
        emptyHint="This workspace has no decisions yet to link the session to."
      />
      <SessionLinkPicker noun="goal" choices={goalChoices} selected={goalIds} onChange={setGoalIds} emptyHint="This workspace has no goals yet to link the session to." />
      <ErrorAlert message={loadError} />
    </FormDialog>
  );
}

const FEEDBACK_FIELDS = formFields({ comment: 'Comment' });

function FeedbackDialog({ rotationId, date, onClose }: { rotationId: string; date: string; onClose: () => void }) {
  const id = useId();
  const me = useProfileName() ?? 'Someone';
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');

  const submit = async () => {
    await mutate('addRotationFeedback', { rotationId, date, rating, comment, author: me });
    showToast('Thanks for the feedback');
    onClose();
  };

  return (
    <FormDialog title={`Feedback on ${formatDate(date)}`} onDismiss={onClose} onSubmit={submit} fields={FEEDBACK_FIELDS} submitLabel="Send feedback" submitDisabled={rating === 0}>
      <fieldset className="field">
        <legend>How useful was it?</legend>
        <div className="rating-choices">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" name={`${id}-rating`} checked={rating === value} onChange={() => setRating(value)} />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField name="comment" label="Comment (optional)" rows={2} value={comment} onChange={setComment} />
    </FormDialog>
  );
}
