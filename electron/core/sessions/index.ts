// The sessions feature's public entry: other features and the core's root import it from here only.
export { openQuestionServices } from './open-question-service';
export { sessionServices } from './session-service';
