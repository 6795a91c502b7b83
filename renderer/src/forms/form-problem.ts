/** One thing a form found wrong before sending: the form's field and a message in plain words. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Thrown by a form's submit for what it checks itself (a number that is not one, a choice not made),
 * so those messages reach the same fields, in the same way, as the API's.
 */
export class FormProblem extends Error {
  readonly problems: readonly FieldProblem[];

  constructor(...problems: [FieldProblem, ...FieldProblem[]]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'FormProblem';
    this.problems = problems;
  }
}
