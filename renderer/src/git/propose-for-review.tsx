import { useState } from 'react';
import type { GitProposal } from '../../../shared/api/git-operations';
import { Dialog } from '../components/dialog';
import { FormDialog } from '../components/form-dialog';
import { mutate } from '../queries/run-mutation';
import { useServerQuery } from '../queries/server-query';

/**
 * "Propose for review" for a proposed decision whose folder is in a git working tree: a confirmation
 * that says what will happen, then the branch pushed and the link to open its pull request. Cairn
 * opens nothing and sends nothing to the host: the link is the person's to follow.
 */
export function ProposeForReview({ decisionId, workspaceId, name }: { decisionId: string; workspaceId: string; name: string }) {
  const git = useServerQuery('gitStatus', { workspaceId });
  const [confirming, setConfirming] = useState(false);
  const [proposal, setProposal] = useState<GitProposal | null>(null);
  const status = git.data;
  if (status?.state !== 'ready') return null;
  const busy = status.operation !== 'none' || status.branch === null;

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => setConfirming(true)}
        disabled={busy}
        title={busy ? 'Finish the merge or rebase under way (or check out a branch) first' : undefined}
      >
        Propose for review
      </button>
      {confirming && (
        <FormDialog
          title="Propose for review?"
          onDismiss={() => setConfirming(false)}
          submitLabel="Propose for review"
          pendingLabel="Pushing…"
          lockWhilePending
          onSubmit={async () => {
            setProposal(await mutate('gitProposeForReview', { decisionId }));
            setConfirming(false);
          }}
        >
          <p className="dialog-text">
            Cairn commits the file of <strong>{name}</strong> on a new branch named after it, and pushes that branch to{' '}
            {status.remotes.includes('origin') ? 'origin' : 'the remote'} with an upstream. You stay on <code>{status.branch}</code>: nothing else
            here changes, and nothing is sent anywhere but the push.
          </p>
        </FormDialog>
      )}
      {proposal && <Proposed proposal={proposal} onDismiss={() => setProposal(null)} />}
    </>
  );
}

function Proposed({ proposal, onDismiss }: { proposal: GitProposal; onDismiss: () => void }) {
  return (
    <Dialog title="Proposed for review" onDismiss={onDismiss} size="medium">
      <div className="dialog-body">
        <p className="dialog-text" role="status">
          Pushed <code>{proposal.branch}</code> to <code>{proposal.upstream}</code> (commit {proposal.commit.slice(0, 7)}). You are still on{' '}
          <code>{proposal.base}</code>.
        </p>
        {proposal.pullRequestUrl !== null ? (
          <p className="dialog-text">
            <a href={proposal.pullRequestUrl} target="_blank" rel="noreferrer noopener" className="proposal-link">
              Open a pull request on {proposal.host} into {proposal.base}
            </a>
          </p>
        ) : (
          <p className="dialog-text">{proposal.noLink}</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onDismiss}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
