import { Field, FieldMessage } from '../forms/field';
import { SelectField } from '../forms/select-field';
import { emptyOptionDraft, type OptionDraft } from './decision-draft';
import { PlusIcon } from '../components/plus-icon';

interface OptionsEditorProps {
  options: OptionDraft[];
  chosenOption: string;
  hint: string;
  onChange: (options: OptionDraft[], chosenOption: string) => void;
}

/** The considered options of a MADR decision: name, description, pros and cons each, and which was chosen. */
export function OptionsEditor({ options, chosenOption, hint, onChange }: OptionsEditorProps) {
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
          const label = (part: string) => (
            <>
              <span className="sr-only">Option {n} </span>
              <span className="option-field-label">{part}</span>
            </>
          );
          return (
            <li key={index} className="option-card">
              <div className="option-card-head">
                <span className="option-number">Option {n}</span>
                <button type="button" className="button button-small button-quiet" onClick={() => removeOption(index)}>
                  Remove option {n}
                </button>
              </div>
              <Field name={`options.${index}.name`} label={label('name')}>
                {(control) => <input {...control} className="input" value={option.name} autoComplete="off" onChange={(event) => updateOption(index, { name: event.target.value })} />}
              </Field>
              <Field name={`options.${index}.description`} label={label('description')}>
                {(control) => <textarea {...control} className="textarea" rows={2} value={option.description} onChange={(event) => updateOption(index, { description: event.target.value })} />}
              </Field>
              <div className="option-arguments">
                <Field name={`options.${index}.pros`} label={label('pros')}>
                  {(control) => (
                    <textarea {...control} className="textarea textarea-pros" rows={3} value={option.pros} placeholder="One per line" onChange={(event) => updateOption(index, { pros: event.target.value })} />
                  )}
                </Field>
                <Field name={`options.${index}.cons`} label={label('cons')}>
                  {(control) => (
                    <textarea {...control} className="textarea textarea-cons" rows={3} value={option.cons} placeholder="One per line" onChange={(event) => updateOption(index, { cons: event.target.value })} />
                  )}
                </Field>
              </div>
            </li>
          );
        })}
      </ol>
      <FieldMessage name="options" />
      <div className="options-footer">
        <button type="button" className="button button-small" onClick={() => onChange([...options, emptyOptionDraft()], chosenOption)}>
          <PlusIcon />
          Add option
        </button>
        <SelectField name="chosenOption" label="Chosen option" className="field-inline" value={chosenOption} onChange={(value) => onChange(options, value)}>
          <option value="">None</option>
          {chosenChoices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
