import { routeHash } from '../router';
import { useUiStore } from '../stores/ui-store';
import { SampleWorkspaceButton } from './sample-workspace-button';

/** What a new team sees on an empty home: the first steps, and a sample to look around in first. */
export function GettingStarted() {
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title" className="getting-started-title">
        Start your team&apos;s log
      </h2>
      <p className="getting-started-text">
        Cairn keeps the decisions a team makes, the sessions where it makes them, the goals it works towards and the
        rotations that spread what it knows. Pick a first step — each takes a minute.
      </p>
      <ol className="first-steps">
        <li className="first-step">
          <h3>Write a decision</h3>
          <p>Record a choice the team already made, or one it is about to make, from a MADR or Nygard template.</p>
          <button type="button" className="button button-primary" onClick={() => useUiStore.getState().openNewDecision()}>
            New decision
          </button>
        </li>
        <li className="first-step">
          <h3>Import a folder</h3>
          <p>Already keep ADRs in git? Bring in a <code>doc/adr</code> or <code>docs/decisions</code> folder, any dialect.</p>
          <a className="button" href={routeHash({ name: 'sync' })}>
            Import ADRs
          </a>
        </li>
        <li className="first-step">
          <h3>Define a goal</h3>
          <p>A result the team wants, and the observable behaviors that lead there.</p>
          <a className="button" href={routeHash({ name: 'goal-editor', id: null })}>
            New goal
          </a>
        </li>
        <li className="first-step">
          <h3>Start a rotation</h3>
          <p>Take turns teaching a topic, or holding a role such as Security Commander.</p>
          <a className="button" href={routeHash({ name: 'rotations' })}>
            Rotations
          </a>
        </li>
      </ol>
      <div className="sample-offer">
        <p>
          <strong>Just looking?</strong> Open a sample team&apos;s workspace with a year of decisions, links and reviews. Your own
          workspace stays as it is.
        </p>
        <SampleWorkspaceButton />
      </div>
    </section>
  );
}
