import { AppError } from '../../../shared/api/api-result';
import type { DecisionContent } from '../../../shared/domain/decision';
import { allowedStatuses } from '../../../shared/domain/decision-status';
import { parseChosenOption } from '../../../shared/dialects/chosen-option';

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

/**
 * An outcome typed the way MADR writes it (`Chosen option: "PostgreSQL", because it is fast.`) while
 * the option is chosen in its own field, or is one of the considered options: the chosen option is
 * the field's, and the outcome keeps only the reason, so the file does not say "Chosen option" twice.
 * An outcome naming another option than the one chosen is the person's text and stays as written.
 */
export function takeChosenOptionFromOutcome(content: DecisionContent): DecisionContent {
  const lines = content.outcome.split('\n');
  const parsed = parseChosenOption(lines);
  if (!parsed) return content;
  const named = content.options.some((option) => option.name === parsed.name);
  if (content.chosenOption === null ? !named : content.chosenOption !== parsed.name) return content;
  return { ...content, chosenOption: parsed.name, outcome: parsed.outcome.join('\n') };
}
