import { useId, useState } from 'react';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { ErrorAlert } from '../components/error-alert';
import { decisionName } from '../decisions/decision-name';
import { Field } from '../forms/field';
import { useLinkCandidates } from './use-link-candidates';

interface DecisionPickerProps {
  workspaceId: string;
  /** Decisions that cannot be chosen: the decision itself, those linked already. */
  excludeIds: readonly string[];
  /** The form's field for the choice: its error shows under the list. */
  name: string;
  value: DecisionSummary | null;
  onChange: (decision: DecisionSummary | null) => void;
}

/** Finds a decision of the workspace by number or title and chooses it: the target of a link. */
export function DecisionPicker({ workspaceId, excludeIds, name, value, onChange }: DecisionPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const { candidates, error } = useLinkCandidates(workspaceId, query);
  const choices = candidates?.filter((candidate) => !excludeIds.includes(candidate.id)) ?? null;

  return (
    <>
      <div className="field">
        <label htmlFor={id}>Find by number or title</label>
        <input
          id={id}
          type="search"
          className="input"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            // The list changes with the search: a choice made before it may no longer be in view.
            onChange(null);
          }}
          placeholder="Type to narrow the list"
          autoComplete="off"
        />
      </div>
      <Field name={name} label="Decision">
        {(control) => (
          <select
            {...control}
            className="select"
            value={value?.id ?? ''}
            onChange={(event) => onChange(choices?.find((candidate) => candidate.id === event.target.value) ?? null)}
            disabled={choices === null}
          >
            <option value="">{choices === null ? 'Loading decisions…' : `Choose one of ${choices.length}…`}</option>
            {choices?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {decisionName(candidate)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorAlert message={error} />
    </>
  );
}
