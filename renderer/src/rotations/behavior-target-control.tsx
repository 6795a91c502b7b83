import { useId, useState } from 'react';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { ErrorAlert } from '../components/error-alert';
import { routeHash } from '../router';
import { showToast } from '../stores/toast-store';

/**
 * The goal behavior this rotation's sessions count toward ("teaches one topic a month"): every logged
 * session then checks that behavior in on its date.
 */
export function BehaviorTargetControl({ rotation }: { rotation: Rotation }) {
  const id = useId();
  const choicesQuery = useServerQuery('listBehaviorTargets', { workspaceId: rotation.workspaceId });
  const targetQuery = useServerQuery('getRotationBehavior', { rotationId: rotation.id });
  const choices = targetQuery.data === undefined ? null : (choicesQuery.data ?? null);
  const target = targetQuery.data ?? null;
  // A refusal of the choice belongs to choosing; a failed read to reading.
  const [chooseError, setChooseError] = useState<string | null>(null);
  const error = chooseError ?? queryErrorMessage(choicesQuery) ?? queryErrorMessage(targetQuery);

  const choose = async (behaviorId: string) => {
    try {
      const chosen = await mutate('setRotationBehavior', { rotationId: rotation.id, behaviorId: behaviorId || null });
      setChooseError(null);
      showToast(chosen ? `Sessions now count toward “${chosen.action}”` : 'Sessions no longer count toward a behavior');
    } catch (failure) {
      setChooseError(errorMessage(failure));
    }
  };

  if (choices === null) return <ErrorAlert message={error} />;
  const goals = [...new Map(choices.map((c) => [c.goalId, c.goalTitle])).entries()];
  return (
    <div className="behavior-target">
      {choices.length === 0 ? (
        <p className="field-hint">
          Sessions can count toward a goal&apos;s behavior, such as &ldquo;teaches one topic a month&rdquo;. <a href={routeHash({ name: 'goal-editor', id: null })}>Define a goal</a> to use it.
        </p>
      ) : (
        <>
          <label htmlFor={id}>Each logged session counts toward</label>
          <select id={id} className="select" value={target?.behaviorId ?? ''} onChange={(event) => void choose(event.target.value)}>
            <option value="">No goal behavior</option>
            {goals.map(([goalId, title]) => (
              <optgroup key={goalId} label={title}>
                {choices
                  .filter((c) => c.goalId === goalId)
                  .map((c) => (
                    <option key={c.behaviorId} value={c.behaviorId}>
                      {c.who} {c.action}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {target && (
            <a className="behavior-target-goal" href={routeHash({ name: 'goal', id: target.goalId })}>
              Open {target.goalTitle}
            </a>
          )}
        </>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}
