import { useState } from 'react';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { ErrorAlert } from '../components/error-alert';
import { decisionName } from '../decisions/decision-name';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
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
  const [query, setQuery] = useState('');
  const { candidates, error } = useLinkCandidates(workspaceId, query);
  const choices = candidates?.filter((candidate) => !excludeIds.includes(candidate.id)) ?? null;

  return (
    <>
      <TextField
        name={`${name}-search`}
        label="Find by number or title"
        type="search"
        value={query}
        onChange={(typed) => {
          setQuery(typed);
          // The list changes with the search: a choice made before it may no longer be in view.
          onChange(null);
        }}
        placeholder="Type to narrow the list"
      />
      <SelectField
        name={name}
        label="Decision"
        value={value?.id ?? ''}
        onChange={(id) => onChange(choices?.find((candidate) => candidate.id === id) ?? null)}
        disabled={choices === null}
      >
        <option value="">{choices === null ? 'Loading decisions…' : `Choose one of ${choices.length}…`}</option>
        {choices?.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {decisionName(candidate)}
          </option>
        ))}
      </SelectField>
      <ErrorAlert message={error} />
    </>
  );
}
