import { formatDecisionNumber } from '../../../shared/domain/decision';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { FormDialog } from '../components/form-dialog';
import { Loading } from '../components/loading';
import { decisionName } from '../decisions/decision-name';
import { useServerQuery } from '../queries/server-query';
import { useSyncStore } from './sync-store';

/**
 * Asks before a decision that shares its number with another is renumbered, saying what will change:
 * its new number and file name, and the other files whose links to it are rewritten. The core's
 * preview is the same plan the renumber then applies.
 */
export function RenumberDialog({ decisionId, file, onClose }: { decisionId: string; file: string; onClose: () => void }) {
  const preview = useServerQuery('previewRenumber', { id: decisionId });
  const renumberAndSync = useSyncStore((state) => state.renumberAndSync);
  const plan = preview.data;
  return (
    <FormDialog
      title={`Renumber ${file}?`}
      size="medium"
      onDismiss={onClose}
      onSubmit={async () => {
        await renumberAndSync(decisionId);
        onClose();
      }}
      submitLabel={plan ? `Renumber to ${formatDecisionNumber(plan.number)}` : 'Renumber'}
      pendingLabel="Renumbering…"
      submitDisabled={!plan}
    >
      {preview.error ? (
        <ErrorAlert message={errorMessage(preview.error)} />
      ) : !plan ? (
        <Loading label="Working out what changes…" />
      ) : (
        <>
          <p className="dialog-text">
            It becomes number <strong>{formatDecisionNumber(plan.number)}</strong>
            {plan.newFile !== null && plan.newFile !== plan.file && (
              <>
                , and its file is renamed <code>{plan.newFile}</code>
              </>
            )}
            . The folder is synced right after, which writes the change.
          </p>
          {plan.rewrites.length === 0 ? (
            <p className="dialog-text">No other file links to it.</p>
          ) : (
            <>
              <p className="dialog-text">
                Links to {plan.file} are rewritten in {plan.rewrites.length === 1 ? 'this file (nothing else in it changes)' : `these ${plan.rewrites.length} files (nothing else in them changes)`}:
              </p>
              <ul className="dialog-list" aria-label="Files whose links are rewritten">
                {plan.rewrites.map((rewrite) => (
                  <li key={rewrite.decisionId}>
                    <code>{rewrite.file}</code> <span className="dialog-list-note">({decisionName(rewrite)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </FormDialog>
  );
}
