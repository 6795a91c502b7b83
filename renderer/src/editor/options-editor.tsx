import { useId } from 'react';
import { emptyOptionDraft, type OptionDraft } from './decision-draft';

interface OptionsEditorProps {
  options: OptionDraft[];
  chosenOption: string;
  hint: string;
  invalidField: string | null;
  onChange: (options: OptionDraft[], chosenOption: string) => void;
}

/** The considered options of a MADR decision: name, description, pros and cons each, and which was chosen. */
export function OptionsEditor({ options, chosenOption, hint, invalidField, onChange }: OptionsEditorProps) {
  const id = useId();

  const updateOption = (index: number, change: Partial<OptionDraft>) => {
    const before = options[index];
    const next = options.map((option, i) => (i === index ? { ...option, ...change } : option));
    // Renaming the chosen option keeps it chosen.
    const renamedChosen = before && change.name !== undefined && before.name.trim() === chosenOption && chosenOption !== '';
    onChange(next, renamedChosen ? (change.name ?? '').trim() : chosenOption);
  };

  const removeOption = (index: number) => {
    const removed = options[index];
    const next = options.filter((_, i) => i !== index);
    onChange(next, removed && removed.name.trim() === chosenOption ? '' : chosenOption);
  };

  const names = [...new Set(options.map((option) => option.name.trim()).filter((name) => name !== ''))];
  const chosenChoices = chosenOption && !names.includes(chosenOption) ? [...names, chosenOption] : names;

  return (
    <fieldset className="options-editor" data-field="options">
      <legend>Considered Options</legend>
      <p className="field-hint">{hint}</p>
      {options.length === 0 && <p className="options-empty">No options yet. Most decisions weigh two or three.</p>}
      <ol className="option-list">
        {options.map((option, index) => {
          const n = index + 1;
          const fieldId = (part: string) => `${id}-${index}-${part}`;
          const invalid = (part: string) => (invalidField === `options.${index}.${part}` || invalidField === `options.${index}` ? true : undefined);
          return (
            <li key={index} className="option-card">
              <div className="option-card-head">
                <span className="option-number">Option {n}</span>
                <button type="button" className="button button-small button-quiet" onClick={() => removeOption(index)}>
                  Remove option {n}
                </button>
              </div>
              <div className="field">
                <label htmlFor={fieldId('name')}>
                  <span className="sr-only">Option {n} </span>
                  <span className="option-field-label">name</span>
                </label>
                <input
                  id={fieldId('name')}
                  className="input"
                  value={option.name}
                  data-field={`options.${index}.name`}
                  aria-invalid={invalid('name')}
                  autoComplete="off"
                  onChange={(event) => updateOption(index, { name: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={fieldId('description')}>
                  <span className="sr-only">Option {n} </span>
                  <span className="option-field-label">description</span>
                </label>
                <textarea
                  id={fieldId('description')}
                  className="textarea"
                  rows={2}
                  value={option.description}
                  data-field={`options.${index}.description`}
                  aria-invalid={invalid('description')}
                  onChange={(event) => updateOption(index, { description: event.target.value })}
                />
              </div>
              <div className="option-arguments">
                <div className="field">
                  <label htmlFor={fieldId('pros')}>
                    <span className="sr-only">Option {n} </span>
                    <span className="option-field-label">pros</span>
                  </label>
                  <textarea
                    id={fieldId('pros')}
                    className="textarea textarea-pros"
                    rows={3}
                    value={option.pros}
                    placeholder="One per line"
                    data-field={`options.${index}.pros`}
                    aria-invalid={invalid('pros')}
                    onChange={(event) => updateOption(index, { pros: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={fieldId('cons')}>
                    <span className="sr-only">Option {n} </span>
                    <span className="option-field-label">cons</span>
                  </label>
                  <textarea
                    id={fieldId('cons')}
                    className="textarea textarea-cons"
                    rows={3}
                    value={option.cons}
                    placeholder="One per line"
                    data-field={`options.${index}.cons`}
                    aria-invalid={invalid('cons')}
                    onChange={(event) => updateOption(index, { cons: event.target.value })}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="options-footer">
        <button type="button" className="button button-small" onClick={() => onChange([...options, emptyOptionDraft()], chosenOption)}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 3v10M3 8h10" />
          </svg>
          Add option
        </button>
        <div className="field field-inline">
          <label htmlFor={`${id}-chosen`}>Chosen option</label>
          <select
            id={`${id}-chosen`}
            className="select"
            value={chosenOption}
            data-field="chosenOption"
            aria-invalid={invalidField === 'chosenOption' ? true : undefined}
            onChange={(event) => onChange(options, event.target.value)}
          >
            <option value="">None</option>
            {chosenChoices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
