import type { Database } from 'better-sqlite3';
import type { Services } from '../../../shared/api/contract';
import type { goalOperations } from '../../../shared/api/goal-operations';
import type { CoreContext } from '../core-context';
import { goalCheckInServices } from './goal-check-in-service';
import { createGoalContext } from './goal-context';
import { goalDefinitionServices } from './goal-definition-service';
import { goalLinkServices } from './goal-link-service';

type GoalOperationName = keyof typeof goalOperations;

/** Every goal operation: definitions, check-ins and links to decisions. */
export function goalServices(db: Database, core: CoreContext): Pick<Services, GoalOperationName> {
  const ctx = createGoalContext(db, core);
  return { ...goalDefinitionServices(ctx), ...goalCheckInServices(ctx), ...goalLinkServices(ctx) };
}
