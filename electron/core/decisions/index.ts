// The decisions feature's public entry: other features, the core's root and the CLI import it from here only.
export { changedFields, describeChanges } from './content-changes';
export { checkFolder, checkRecords, type CheckedRecord, type CheckFinding } from './decision-check';
export { requireLiveDecision } from './decision-lookup';
export { decisionListServices } from './decision-rows';
export { checkChosenOption } from './decision-rules';
export { decisionServices } from './decision-service';
export type { DecisionRecord } from './decision-store';
export { decisionWithLinks } from './decision-view';
export { linkServices } from './link-service';
export { revisionServices } from './revision-service';
export { supersedeAllOf } from './supersede-effects';
