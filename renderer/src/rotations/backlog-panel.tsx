import { useId, useState } from 'react';
import type { RotationSchedule, RotationTopic } from '../../../shared/api/rotation-operations';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { ErrorAlert } from '../components/error-alert';
import { RoomPanel } from '../room/room-panel';
import { FormDialog } from '../components/form-dialog';
import { Form } from '../forms/form';
import { FormAlert } from '../forms/form-alert';
import { formFields } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TextField } from '../forms/text-field';
import { useProfileName } from '../profile/use-profile-name';
import { showToast } from '../stores/toast-store';
import { formatDate } from './rotation-format';

interface BacklogProps {
  rotationId: string;
  topics: RotationTopic[];
  schedule: RotationSchedule;
}

/** Topics the team wants taught: propose, vote, and give one to an upcoming session. */
export function BacklogPanel({ rotationId, topics, schedule }: BacklogProps) {
  const me = useProfileName() ?? 'Someone';
  const [deleting, setDeleting] = useState<RotationTopic | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sessions = schedule.occurrences.filter((o) => o.status === 'scheduled');

  const run = async (action: () => Promise<unknown>, message?: string) => {
    try {
      await action();
      setError(null);
      if (message) showToast(message);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="backlog-panel">
      <div className="backlog-side">
        <ProposeTopicForm rotationId={rotationId} proposedBy={me} />
        <RoomPanel target={{ kind: 'backlog', id: rotationId }} canOpen />
      </div>
      <ErrorAlert message={error} />
      <section aria-labelledby="backlog-heading">
        <h2 id="backlog-heading" className="section-title">
          Backlog
        </h2>
        {topics.length === 0 ? (
          <p className="section-empty">No topics yet. Propose what you would like to learn — or to teach.</p>
        ) : (
          <ul className="topic-list">
            {topics.map((topic) => {
              const voted = topic.voters.some((v) => v.toLowerCase() === me.toLowerCase());
              return (
                <li key={topic.id} className="topic-row" aria-label={topic.title}>
                  <button
                    type="button"
                    className={`vote-button${voted ? ' is-voted' : ''}`}
                    aria-pressed={voted}
                    aria-label={`Vote for ${topic.title}`}
                    title={topic.voters.length ? `Votes: ${topic.voters.join(', ')}` : 'No votes yet'}
                    onClick={() => void run(() => mutate('voteRotationTopic', { topicId: topic.id, voter: me, vote: !voted }))}
                  >
                    <span aria-hidden="true">▲</span>
                    <span className="vote-count">{topic.voters.length}</span>
                  </button>
                  <div className="topic-body">
                    <h3 className="topic-title">{topic.title}</h3>
                    {topic.description && <p className="topic-description">{topic.description}</p>}
                    {topic.links.length > 0 && (
                      <ul className="topic-links">
                        {topic.links.map((link) => (
                          <li key={link}>
                            <a href={link} target="_blank" rel="noreferrer noopener">
                              {link}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="field-hint">Proposed by {topic.proposedBy}</p>
                  </div>
                  <div className="topic-actions">
                    <label className="sr-only" htmlFor={`assign-${topic.id}`}>
                      Session for {topic.title}
                    </label>
                    <select
                      id={`assign-${topic.id}`}
                      className="select select-quiet"
                      value={topic.assignedDate ?? ''}
                      onChange={(e) =>
                        void run(
                          () => mutate('assignRotationTopic', { topicId: topic.id, date: e.target.value || null }),
                          e.target.value ? `“${topic.title}” is on ${formatDate(e.target.value)}` : `“${topic.title}” is back in the backlog`,
                        )
                      }
                    >
                      <option value="">Not assigned</option>
                      {topic.assignedDate && !sessions.some((s) => s.date === topic.assignedDate) && (
                        <option value={topic.assignedDate}>{formatDate(topic.assignedDate)}</option>
                      )}
                      {sessions.map((s) => (
                        <option key={s.date} value={s.date}>
                          {formatDate(s.date)} — {s.memberName}
                          {s.topic && s.topic.id !== topic.id ? ' (has a topic)' : ''}
                        </option>
                      ))}
                    </select>
                    <button type="button" className="button button-danger-quiet button-small" onClick={() => setDeleting(topic)} aria-label={`Delete ${topic.title}`}>
                      Delete
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {deleting && (
        <FormDialog
          title="Delete this topic?"
          onDismiss={() => setDeleting(null)}
          cancelLabel="Keep it"
          onSubmit={async () => {
            await mutate('deleteRotationTopic', { topicId: deleting.id });
            setDeleting(null);
            showToast(`Deleted “${deleting.title}”`);
          }}
          submitLabel="Delete topic"
          tone="danger"
        >
          <p className="dialog-text">
            “{deleting.title}” and its {deleting.voters.length} vote{deleting.voters.length === 1 ? '' : 's'} will be removed from the backlog.
          </p>
        </FormDialog>
      )}
    </div>
  );
}

const TOPIC_FIELDS = formFields({ title: 'Topic', description: 'Why it matters', links: 'Links' });

function ProposeTopicForm({ rotationId, proposedBy }: { rotationId: string; proposedBy: string }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [links, setLinks] = useState('');

  const submit = async () => {
    await mutate('proposeRotationTopic', {
      rotationId,
      title,
      description,
      links: links.split(/\s+/).filter(Boolean),
      proposedBy,
    });
    setTitle('');
    setDescription('');
    setLinks('');
  };

  return (
    <Form className="propose-form" onSubmit={submit} fields={TOPIC_FIELDS} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Propose a topic
      </h2>
      <TextField name="title" label="Topic" value={title} onChange={setTitle} placeholder="e.g. Property-based testing" />
      <TextField name="description" label="Why it matters (optional)" rows={2} value={description} onChange={setDescription} />
      <TextField name="links" label="Links (optional, one per line)" rows={1} value={links} onChange={setLinks} placeholder="https://…" />
      <FormAlert />
      <SubmitButton disabled={!title.trim()}>Propose</SubmitButton>
    </Form>
  );
}
