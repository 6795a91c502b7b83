import { ErrorAlert } from '../components/error-alert';
import { useFormState } from './form-context';

/** The form's alert: what a failed submit said about none of its fields. */
export function FormAlert() {
  return <ErrorAlert message={useFormState().errors.alert} />;
}
