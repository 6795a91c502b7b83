import { useId, useState, type FormEvent } from 'react';
import type { BacklogView } from '../../../shared/room/backlog-view';
import type { RoomView } from '../../../shared/room/participant-view';
import { useRoomAction } from './use-room-action';

interface BacklogProps {
  token: string;
  view: BacklogView;
  onView: (view: RoomView) => void;
}

/** A teaching rotation's backlog on a participant's device: propose a topic, vote and withdraw a vote as oneself. */
export function BacklogRoomView({ token, view, onView }: BacklogProps) {
  return (
    <main className="room-page">
      <header className="room-header">
        <p className="room-eyebrow">
          You are {view.me.name} · {view.participantCount} in the room
        </p>
        <h1 className="room-title">{view.title}</h1>
        <p className="muted">Topic backlog: vote for what you would like taught next, or propose a topic.</p>
      </header>
      <TopicsCard token={token} view={view} onView={onView} />
      <ProposeCard token={token} view={view} onView={onView} />
    </main>
  );
}

function TopicsCard({ token, view, onView }: BacklogProps) {
  const id = useId();
  const { run, error } = useRoomAction(token, onView);
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Open topics
      </h2>
      {view.topics.length === 0 ? (
        <p className="muted">No open topics yet: propose the first.</p>
      ) : (
        <ul className="room-topics" aria-label="Open topics">
          {view.topics.map((topic) => (
            <li key={topic.id} className="room-topic" aria-label={topic.title}>
              <button
                type="button"
                className={`room-vote${topic.mine ? ' is-voted' : ''}`}
                aria-pressed={topic.mine}
                aria-label={topic.mine ? `Withdraw my vote for ${topic.title}` : `Vote for ${topic.title}`}
                onClick={() => void run({ type: 'voteTopic', topicId: topic.id, vote: !topic.mine })}
              >
                <span aria-hidden="true">▲</span>
                <span className="room-vote-count" aria-label="Votes">
                  {topic.votes}
                </span>
              </button>
              <div>
                <p className="room-topic-title">{topic.title}</p>
                {topic.description && <p className="muted room-topic-text">{topic.description}</p>}
                <p className="muted room-topic-text">Proposed by {topic.proposedBy}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="room-error">{error}</p>}
    </section>
  );
}

function ProposeCard({ token, onView }: BacklogProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { run, error } = useRoomAction(token, onView);
  const propose = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'proposeTopic', title, description })) {
      setTitle('');
      setDescription('');
    }
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Propose a topic
      </h2>
      <form className="room-form" onSubmit={(event) => void propose(event)}>
        <label htmlFor={`${id}-topic`}>Topic</label>
        <input id={`${id}-topic`} className="input" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        <label htmlFor={`${id}-why`}>Why it matters (optional)</label>
        <textarea id={`${id}-why`} className="textarea" value={description} onChange={(e) => setDescription(e.target.value)} />
        {error && <p className="field-message">{error}</p>}
        <button type="submit" className="button" disabled={!title.trim()}>
          Propose
        </button>
      </form>
    </section>
  );
}
