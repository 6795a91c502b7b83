import { useEffect, useId, useState } from 'react';
import type { BehaviorTarget } from '../../../shared/api/rotation-link-operations';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { routeHash } from '../router';
import { showToast } from '../stores/toast-store';

/**
 * The goal behavior this rotation's sessions count toward ("teaches one topic a month"): every logged
 * session then checks that behavior in on its date.
 */
export function BehaviorTargetControl({ rotation, onChanged }: { rotation: Rotation; onChanged: () => void }) {
  const id = useId();
  const [choices, setChoices] = useState<BehaviorTarget[] | null>(null);
  const [target, setTarget] = useState<BehaviorTarget | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api().listBehaviorTargets({ workspaceId: rotation.workspaceId }), api().getRotationBehavior({ rotationId: rotation.id })])
      .then(([found, chosen]) => {
        if (!current) return;
        setChoices(found);
        setTarget(chosen);
      })
      .catch((caught: unknown) => current && setError(errorMessage(caught)));
    return () => {
      current = false;
    };
  }, [rotation.id, rotation.workspaceId]);

  const choose = async (behaviorId: string) => {
    try {
      const chosen = await api().setRotationBehavior({ rotationId: rotation.id, behaviorId: behaviorId || null });
      setTarget(chosen);
      setError(null);
      showToast(chosen ? `Sessions now count toward “${chosen.action}”` : 'Sessions no longer count toward a behavior');
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
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
