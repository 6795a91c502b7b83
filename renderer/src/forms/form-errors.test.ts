import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../shared/api/api-result';
import { fieldPathCandidates, formErrorsOf, formFields, NO_FIELDS } from './form-errors';
import { FormProblem } from './form-problem';

const invalid = (field: string | undefined, message: string) => new ApiCallError('someOperation', { code: 'invalid_input', message, ...(field ? { field } : {}) });

describe('formFields', () => {
  const editor = formFields((field) => ({ title: 'Title', tags: 'Tags', 'options.0.name': 'Option 1 name' })[field], { apiPrefix: 'changes.' });

  it('finds the form\'s field for an API path, without the operation\'s prefix', () => {
    expect(editor.fieldOf('changes.title')).toBe('title');
    expect(editor.fieldOf('changes.options.0.name')).toBe('options.0.name');
  });

  it('finds the field an item of a list belongs to', () => {
    expect(editor.fieldOf('changes.tags.3')).toBe('tags');
  });

  it('finds no field for a path the form does not show', () => {
    expect(editor.fieldOf('changes.options.1.name')).toBeNull();
    expect(editor.fieldOf('id')).toBeNull();
  });

  it('takes aliases for inputs the form names otherwise', () => {
    const link = formFields({ decision: 'Decision' }, { aliases: { toId: 'decision' } });
    expect(link.fieldOf('toId')).toBe('decision');
    expect(link.labelOf('decision')).toBe('Decision');
  });

  it('does not take names from the label table\'s prototype', () => {
    expect(formFields({ title: 'Title' }).fieldOf('constructor')).toBeNull();
  });
});

describe('fieldPathCandidates', () => {
  it('lists a path and its parents, most specific first', () => {
    expect(fieldPathCandidates('options.0.name')).toEqual(['options.0.name', 'options.0', 'options']);
  });
});

describe('formErrorsOf', () => {
  const fields = formFields({ title: 'Title', template: 'Template' }, { apiPrefix: 'content.' });

  it('puts an error about a field under that field, in plain words naming it', () => {
    expect(formErrorsOf(invalid('content.title', 'content.title: title must not be empty'), fields)).toEqual({
      fields: { title: 'Title is required' },
      alert: null,
      code: 'invalid_input',
    });
  });

  it('puts an error about no field of the form in the alert', () => {
    const errors = formErrorsOf(invalid('workspaceId', 'workspaceId: Invalid UUID'), fields);
    expect(errors.fields).toEqual({});
    expect(errors.alert).toBe('Workspace id is not valid');
    expect(formErrorsOf(invalid(undefined, 'An import is being stored; try again in a moment.'), fields).alert).toBe('An import is being stored; try again in a moment.');
  });

  it('keeps the code, for forms that offer a way out of a conflict', () => {
    const conflict = new ApiCallError('updateDecision', { code: 'conflict', message: '0001 X was changed since you opened it. Reload to see the changes.' });
    expect(formErrorsOf(conflict, fields)).toMatchObject({ alert: '0001 X was changed since you opened it. Reload to see the changes.', code: 'conflict' });
  });

  it('places the form\'s own problems under their fields, the first message per field', () => {
    const problem = new FormProblem({ field: 'title', message: 'Title: first' }, { field: 'title', message: 'Title: second' }, { field: 'elsewhere', message: 'Not a field here.' });
    expect(formErrorsOf(problem, fields)).toEqual({ fields: { title: 'Title: first' }, alert: 'Not a field here.', code: 'invalid_input' });
  });

  it('sends everything to the alert of a form without fields', () => {
    expect(formErrorsOf(invalid('title', 'title: title must not be empty'), NO_FIELDS).alert).toBe('Title is required');
  });

  it('shows an error from the renderer itself by its message', () => {
    expect(formErrorsOf(new Error('No goal is open.'), fields).alert).toBe('No goal is open.');
  });
});
