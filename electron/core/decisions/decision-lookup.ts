import { AppError } from '../../../shared/api/api-result';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from './decision-store';

/** The decision with this id, unless it does not exist or is in the trash. */
export function requireLiveDecision(ctx: CoreContext, id: string, field?: string): DecisionRecord {
  const record = ctx.decisions.find(id);
  if (!record || record.deletedAt !== null) throw new AppError('not_found', `Decision ${id} not found`, field);
  return record;
}
