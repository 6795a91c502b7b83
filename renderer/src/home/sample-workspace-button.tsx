import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { openSampleWorkspace } from './open-sample-workspace';

/** Opens a sample team's workspace to look around in; the person's own workspaces stay as they are. */
export function SampleWorkspaceButton({ className = 'button' }: { className?: string }) {
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setOpening(true);
    setError(null);
    try {
      await openSampleWorkspace();
    } catch (caught) {
      setError(errorMessage(caught));
      setOpening(false);
    }
  };

  return (
    <>
      <button type="button" className={className} onClick={() => void open()} disabled={opening}>
        {opening ? 'Opening the sample…' : 'Open the sample workspace'}
      </button>
      <ErrorAlert message={error} />
    </>
  );
}
