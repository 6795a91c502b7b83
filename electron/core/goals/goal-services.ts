import type { Services } from '../../../shared/api/contract';
import type { goalOperations } from '../../../shared/api/goal-operations';
import type { CoreContext } from '../core-context';
import { goalCheckInServices } from './goal-check-in-service';
import { goalDefinitionServices } from './goal-definition-service';
import { goalLinkServices } from './goal-link-service';

type GoalOperationName = keyof typeof goalOperations;

/** Every goal operation: definitions, check-ins and links to decisions. */
export function goalServices(ctx: CoreContext): Pick<Services, GoalOperationName> {
  return { ...goalDefinitionServices(ctx), ...goalCheckInServices(ctx), ...goalLinkServices(ctx) };
}
