import type { ComponentProps, ReactNode } from 'react';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { FormContext } from './form-context';
import { useFormAction, type FormAction, type FormActionOptions } from './use-form-action';

type FormElementProps = Omit<ComponentProps<'form'>, 'onSubmit' | 'action' | 'ref' | 'noValidate' | 'children'>;

interface FormProps extends FormActionOptions, FormElementProps {
  /** Ctrl/Cmd+S submits, from any of its fields (the editors). */
  saveShortcut?: boolean;
  children: ReactNode;
}

/** A form of a page (the editors): see useFormAction; dialogs use FormDialog. */
export function Form({ onSubmit, fields, saveShortcut = false, children, ...props }: FormProps) {
  const form = useFormAction({ onSubmit, fields });
  useKeyShortcut('s', () => form.formProps.ref.current?.requestSubmit(), { mod: true, inFields: true, enabled: saveShortcut });
  return (
    <FormElement form={form} {...props}>
      {children}
    </FormElement>
  );
}

/** The <form> of a form action, giving its fields what they read. */
export function FormElement({ form, children, ...props }: FormElementProps & { form: FormAction; children: ReactNode }) {
  return (
    <FormContext value={form.state}>
      <form {...props} {...form.formProps}>
        {children}
      </form>
    </FormContext>
  );
}
