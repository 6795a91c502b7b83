// The decisions feature's public entry: other features, the core's root and the CLI import it from here only.
export { changedFields, describeChanges } from './content-changes';
export { checkFolder, type CheckFinding } from './decision-check';
export { requireLiveDecision } from './decision-lookup';
export { decisionListServices } from './decision-rows';
export { checkChosenOption } from './decision-rules';
export { decisionServices } from './decision-service';
export type { DecisionRecord } from './decision-store';
export { FILE_AUTHOR } from './decision-writer';
export { decisionWithLinks, liveDecisionsWithLinks } from './decision-view';
export { linkServices } from './link-service';
export { reviewServices } from './review-service';
export { revisionServices } from './revision-service';
export { workspaceCheckServices } from './workspace-check';
export { supersedeAllOf } from './supersede-effects';
