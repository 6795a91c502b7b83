import { useId, useState, type FormEvent } from 'react';
import type { Room, RoomKind, RoomTarget } from '../../../shared/room/room';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';

/** What the panel says for each kind of room. */
const WORDING: Record<RoomKind, { intro: string; invite: string; reachable: string; anonymous: boolean }> = {
  session: {
    intro: 'Let people vote, score and raise concerns from their own phones or laptops, on this room’s network.',
    invite: 'Invite participants',
    reachable: 'Only this session is reachable there',
    anonymous: true,
  },
  backlog: {
    intro: 'Let people propose topics and vote for them from their own phones or laptops, on this room’s network, each under their own name.',
    invite: 'Open the backlog to the room',
    reachable: 'Only this backlog is reachable there',
    // Votes on topics are by name: one person, one vote a topic.
    anonymous: false,
  },
};

/**
 * A session's or a backlog's room: participants join from their own devices through a link, its QR
 * code or a short code, on an address of this machine the facilitator picks (the local network by
 * default). `canOpen` is false once a session is finished: its room can still be seen closing.
 */
export function RoomPanel({ target, canOpen }: { target: RoomTarget; canOpen: boolean }) {
  const id = useId();
  const roomQuery = useServerQuery('getRoom', target);
  const room = roomQuery.data ?? null;
  const [inviting, setInviting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const wording = WORDING[target.kind];
  if (!canOpen && !room) return null;

  const attempt = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    }
  };

  return (
    <section className="session-card room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="session-card-title">
        Room {room && <span className="muted">{room.participants.length} joined</span>}
      </h2>
      <ErrorAlert message={error ?? queryErrorMessage(roomQuery)} />
      {room ? (
        <OpenRoomView
          room={room}
          onRemove={(participantId) => void attempt(() => mutate('removeRoomParticipant', { ...target, participantId }))}
          onClose={() => void attempt(() => mutate('closeRoom', target))}
        />
      ) : inviting ? (
        <InviteForm
          reachable={wording.reachable}
          offerAnonymous={wording.anonymous}
          onCancel={() => setInviting(false)}
          onOpen={async (address, allowAnonymous) => {
            if (await attempt(() => mutate('openRoom', { ...target, address, allowAnonymous }))) setInviting(false);
          }}
        />
      ) : (
        <>
          <p className="section-empty">{wording.intro}</p>
          <button type="button" className="button button-primary" onClick={() => setInviting(true)}>
            {wording.invite}
          </button>
        </>
      )}
    </section>
  );
}

interface InviteFormProps {
  reachable: string;
  offerAnonymous: boolean;
  onOpen: (address: string, allowAnonymous: boolean) => Promise<void>;
  onCancel: () => void;
}

function InviteForm({ reachable, offerAnonymous, onOpen, onCancel }: InviteFormProps) {
  const id = useId();
  const addressesQuery = useServerQuery('listNetworkAddresses', {});
  const addresses = addressesQuery.data ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const [allowAnonymous, setAllowAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const address = picked ?? addresses[0]?.address ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await onOpen(address, allowAnonymous);
    setBusy(false);
  };

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)}>
      <ErrorAlert message={queryErrorMessage(addressesQuery)} />
      <div className="field">
        <label htmlFor={`${id}-address`}>Listen on</label>
        <select id={`${id}-address`} className="select" value={address} onChange={(e) => setPicked(e.target.value)} aria-describedby={`${id}-hint`}>
          {addresses.map((a) => (
            <option key={`${a.interface}-${a.address}`} value={a.address}>
              {a.address} ({a.internal ? 'this machine only' : a.interface})
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="field-hint">
          Pick the network the room shares. {reachable}, and only for people with the link or the code.
        </p>
      </div>
      {offerAnonymous && (
        <label className="check-label">
          <input type="checkbox" className="checkbox" checked={allowAnonymous} onChange={(e) => setAllowAnonymous(e.target.checked)} /> People may join without a name
        </label>
      )}
      <div className="room-actions">
        <button type="submit" className="button button-primary" disabled={busy || address === ''}>
          Open the room
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function OpenRoomView({ room, onRemove, onClose }: { room: Room; onRemove: (participantId: string) => void; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(room.joinUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="room-open">
      <img className="room-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qrSvg)}`} alt="QR code of the join link" width={180} height={180} />
      <p className="room-link">
        <a href={room.joinUrl} target="_blank" rel="noreferrer" className="room-join-link">
          {room.joinUrl.replace(/#.*$/, '')}
        </a>{' '}
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy link
        </button>
        <span role="status" className="muted">
          {copied ? ' Copied' : ''}
        </span>
      </p>
      {room.code ? (
        <p className="room-code-line">
          Or open <strong>http://{room.address}:{room.port}</strong> and type <strong className="room-code" aria-label="Short code">{room.code}</strong>
          <span className="muted"> (until {new Date(room.codeExpiresAt ?? '').toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })})</span>
        </p>
      ) : (
        <p className="muted">The short code has expired; the link and the QR code still work.</p>
      )}
      {room.participants.length === 0 ? (
        <p className="section-empty">Nobody has joined yet.</p>
      ) : (
        <ul className="participant-list" aria-label="Joined the room">
          {room.participants.map((p) => (
            <li key={p.participantId}>
              <span className="participant-name">{p.name}</span>
              <button type="button" className="icon-button" aria-label={`Remove ${p.name} from the room`} onClick={() => onRemove(p.participantId)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onClose}>
        Close the room
      </button>
    </div>
  );
}
