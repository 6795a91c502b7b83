import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import { checklistItems } from '../../../shared/rotations/turn-checklist';
import type { CoreContext } from '../core-context';
import { requireRotation } from './rotation-lookup';
import { requireScheduledOccurrence } from './rotation-occurrence-check';

/** Ticking a role's checklist off, turn by turn. */
export function rotationChecklistServices(ctx: CoreContext): Pick<Services, 'setChecklistTick'> {
  return {
    setChecklistTick: ({ rotationId, date, key, done }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        requireScheduledOccurrence(rotation, date, 'date');
        // Unticking an item the checklist no longer has is allowed: it clears what the old list left.
        if (done && !checklistItems(rotation.checklist).some((item) => item.key === key)) {
          throw new AppError('invalid_input', 'That item is not on the checklist any more; reload to see the current list', 'key');
        }
        ctx.rotations.checklist.set(rotation.id, date, key, done, ctx.now().toISOString());
        return ctx.rotations.checklist.ticksOf(rotation.id, date);
      }),
  };
}
