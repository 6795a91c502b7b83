import { AppError } from '../../../shared/api/api-result';
import type { DecisionContent } from '../../../shared/domain/decision';
import { allowedStatuses } from '../../../shared/domain/decision-status';

/** Refuses a status the workspace does not know, naming the ones it does; no status (unknown) is always allowed. */
export function checkStatus(status: string | null, customStatuses: readonly string[], field: string): void {
  if (status === null) return;
  const allowed = allowedStatuses(customStatuses);
  if (!allowed.includes(status)) {
    throw new AppError(
      'invalid_input',
      `"${status}" is not a status of this workspace; use one of ${allowed.join(', ')} (or add it as a custom status first)`,
      field,
    );
  }
}

/** The chosen option, when set, must be one of the considered options. */
export function checkChosenOption(content: DecisionContent, field: string): void {
  const { chosenOption, options } = content;
  if (chosenOption === null || options.some((o) => o.name === chosenOption)) return;
  const names = options.map((o) => `"${o.name}"`).join(', ');
  throw new AppError(
    'invalid_input',
    `the chosen option "${chosenOption}" is not one of the considered options${names ? ` (${names})` : ' (there are none)'}`,
    field,
  );
}
