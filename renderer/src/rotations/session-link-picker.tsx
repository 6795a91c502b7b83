import { useId } from 'react';

export interface LinkChoice {
  id: string;
  label: string;
}

interface PickerProps {
  /** "decision" or "goal": names the control and its buttons. */
  noun: string;
  choices: readonly LinkChoice[] | null;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown when there is nothing to pick from. */
  emptyHint: string;
}

/** The decisions or goals a session was about: chosen ones as removable chips, and a list to add another. */
export function SessionLinkPicker({ noun, choices, selected, onChange, emptyHint }: PickerProps) {
  const id = useId();
  const labelOf = (choiceId: string) => choices?.find((c) => c.id === choiceId)?.label ?? 'Loading…';
  const open = (choices ?? []).filter((c) => !selected.includes(c.id));
  return (
    <div className="field session-links">
      <label htmlFor={id}>{`About ${noun}s`}</label>
      {selected.length > 0 && (
        <ul className="session-link-chips" aria-label={`Linked ${noun}s`}>
          {selected.map((choiceId) => (
            <li key={choiceId} className="session-link-chip">
              <span>{labelOf(choiceId)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${labelOf(choiceId)}`}
                onClick={() => onChange(selected.filter((s) => s !== choiceId))}
              >
                <svg viewBox="0 0 12 12" aria-hidden="true">
                  <path d="M3 3l6 6M9 3l-6 6" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices !== null && choices.length === 0 ? (
        <p className="field-hint">{emptyHint}</p>
      ) : (
        <select
          id={id}
          className="select"
          value=""
          disabled={choices === null || open.length === 0}
          onChange={(event) => event.target.value && onChange([...selected, event.target.value])}
        >
          <option value="">{choices === null ? 'Loading…' : open.length === 0 ? `Every ${noun} is linked` : `Link a ${noun}…`}</option>
          {open.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
