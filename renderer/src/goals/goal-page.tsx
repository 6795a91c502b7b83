import { useState } from 'react';
import { useDocumentTitle } from '../app/use-document-title';
import { KbdHint } from '../components/kbd-hint';
import { PageHeader } from '../components/page-header';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { RotationSessionBacklinks } from '../rotations/rotation-session-backlinks';
import { BehaviorCard } from './behavior-card';
import { behaviorColor } from './chart-colors';
import { CheckInDialog } from './check-in-dialog';
import { CheckInHistory } from './check-in-history';
import { CombinedChart } from './combined-chart';
import { DeleteGoalDialog } from './delete-goal-dialog';
import { GoalContextView } from './goal-context-view';
import { GoalDecisions } from './goal-decisions';
import { GoalExportLinks } from './goal-export-links';
import { GoalMissing } from './goal-missing';
import { GoalStatusBadge } from './goal-status-badge';
import { ResultCard } from './result-card';
import { useGoal } from './use-goal';

/** One goal's story: its context, results and behaviors with their progress and formulas, the charts, and the check-ins. */
export function GoalPage({ id }: { id: string }) {
  const { view, loadError, notFound } = useGoal(id);
  const [checkingIn, setCheckingIn] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  useDocumentTitle(view ? view.goal.title : null);
  useKeyShortcut('c', () => setCheckingIn(true), { enabled: view !== null });
  useKeyShortcut('e', () => navigate({ name: 'goal-editor', id }));

  if (!view) return <GoalMissing loadError={loadError} notFound={notFound} />;
  const { goal, checkIns, progress } = view;

  return (
    <div className="page page-goal">
      <PageHeader
        title={goal.title}
        badge={<GoalStatusBadge status={progress.status} />}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => setCheckingIn(true)} aria-keyshortcuts="c">
              Check in
              <KbdHint keys="C" />
            </button>
            <button type="button" className="button" onClick={() => navigate({ name: 'goal-editor', id })} aria-keyshortcuts="e">
              Edit
              <KbdHint keys="E" />
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setConfirmingDelete(true)}>
              Delete
            </button>
          </>
        }
      />
      <p className="goal-status-note">The goal&apos;s status is the worst of its results and behaviors that have check-ins.</p>
      <div className="goal-layout">
        <div className="goal-main">
          <section className="goal-section" aria-labelledby="goal-results-title">
            <h2 className="section-title" id="goal-results-title">
              Results
            </h2>
            {goal.results.map((result, index) => (
              <ResultCard key={result.id} result={result} progress={progress.results[index]!} checkIns={checkIns.filter((c) => c.subjectId === result.id)} />
            ))}
          </section>
          <section className="goal-section" aria-labelledby="goal-behaviors-title">
            <h2 className="section-title" id="goal-behaviors-title">
              Behaviors
            </h2>
            {goal.behaviors.map((behavior, index) => (
              <BehaviorCard key={behavior.id} behavior={behavior} progress={progress.behaviors[index]!} color={behaviorColor(index)} />
            ))}
          </section>
          <CombinedChart goal={goal} checkIns={checkIns} />
          <section className="goal-section" aria-labelledby="goal-history-title">
            <h2 className="section-title" id="goal-history-title">
              Check-ins
            </h2>
            <CheckInHistory goal={goal} checkIns={checkIns} />
          </section>
        </div>
        <aside className="decision-side" aria-label="About this goal">
          <GoalContextView goal={goal} />
          <GoalDecisions goal={goal} />
          <RotationSessionBacklinks subject="goal" id={goal.id} />
          <GoalExportLinks view={view} />
        </aside>
      </div>
      {checkingIn && <CheckInDialog view={view} onClose={() => setCheckingIn(false)} />}
      {confirmingDelete && <DeleteGoalDialog goal={goal} checkInCount={checkIns.length} onClose={() => setConfirmingDelete(false)} />}
    </div>
  );
}
