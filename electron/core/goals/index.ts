// The goals feature's public entry: other features and the core's root import it from here only.
export { removeAutomaticCheckIn, saveAutomaticCheckIn } from './behavior-check-in';
export { goalServices } from './goal-services';
export { findLiveGoal, requireLiveGoal } from './goal-view';
