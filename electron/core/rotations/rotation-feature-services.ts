import type { Services } from '../../../shared/api/contract';
import type { rotationLinkOperations } from '../../../shared/api/rotation-link-operations';
import type { rotationOperations } from '../../../shared/api/rotation-operations';
import type { CoreContext } from '../core-context';
import { rotationChecklistServices } from './rotation-checklist-service';
import { rotationExportServices } from './rotation-export-service';
import { rotationLinkServices } from './rotation-link-service';
import { rotationLogServices } from './rotation-log-service';
import { rotationServices } from './rotation-service';
import { rotationTopicServices } from './rotation-topic-service';
import { stuckTimerServices } from './stuck-timer-service';

/** Every rotation operation (rotations, changes, checklists, backlog, log, links, exports, stuck timers) on one database. */
export function rotationFeatureServices(ctx: CoreContext): Pick<Services, keyof typeof rotationOperations | keyof typeof rotationLinkOperations> {
  return {
    ...rotationServices(ctx),
    ...rotationChecklistServices(ctx),
    ...rotationTopicServices(ctx),
    ...rotationLogServices(ctx),
    ...rotationLinkServices(ctx),
    ...rotationExportServices(ctx),
    ...stuckTimerServices(ctx),
  };
}
