import rawSeed from '../../resources/open-questions.json';
import { OpenQuestionSeed } from './open-question';

/** The built-in bank a workspace starts from, checked once when the module loads. */
export const OPEN_QUESTION_SEED: OpenQuestionSeed = OpenQuestionSeed.parse(rawSeed);
