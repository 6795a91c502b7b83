import { useEffect, useState } from 'react';
import { describeCadence } from '../../../shared/rotations/cadence-text';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { FormDialog } from '../components/form-dialog';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { BacklogPanel } from './backlog-panel';
import { ChecklistView } from './checklist-view';
import { downloadText } from './download-text';
import { LogPanel } from './log-panel';
import { RotationFormDialog } from './rotation-form-dialog';
import { useCurrentRotationStore } from './rotation-store';
import { SchedulePanel } from './schedule-panel';

type Tab = 'schedule' | 'backlog' | 'log' | 'checklist';

/** One rotation: its schedule and fairness, its topic backlog or checklist, its log, and exports. */
export function RotationPage({ id }: { id: string }) {
  const open = useCurrentRotationStore((state) => state.open);
  const refresh = useCurrentRotationStore((state) => state.refresh);
  const { rotation, schedule, topics, log, error, notFound } = useCurrentRotationStore();
  const [tab, setTab] = useState<Tab>('schedule');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [syncFolder, setSyncFolder] = useState<string | null>(null);
  useDocumentTitle(rotation?.name ?? 'Rotation');
  const workspaceId = rotation?.workspaceId;

  useEffect(() => {
    void open(id);
  }, [open, id]);

  // Writing into the sync folder is offered only to a workspace that has one.
  useEffect(() => {
    if (!workspaceId) return;
    let current = true;
    api()
      .getSyncFolder({ workspaceId })
      .then((folder) => current && setSyncFolder(folder?.path ?? null))
      .catch(() => current && setSyncFolder(null));
    return () => {
      current = false;
    };
  }, [workspaceId]);

  if (notFound) {
    return (
      <div className="page">
        <EmptyState level={1} title="This rotation does not exist">
          <p className="empty-state-text">It may have been deleted.</p>
          <a className="button button-primary" href="#/rotations">
            Go to rotations
          </a>
        </EmptyState>
      </div>
    );
  }
  if (!rotation || !schedule || !topics || !log || rotation.id !== id) {
    return <div className="page">{error ? <ErrorAlert message={error} /> : <Loading label="Loading rotation…" />}</div>;
  }

  const exportFile = async (kind: 'ics' | 'md') => {
    try {
      const file = kind === 'ics' ? await api().exportRotationCalendar({ id }) : await api().exportRotationMarkdown({ id });
      downloadText(file.fileName, file.text, kind === 'ics' ? 'text/calendar' : 'text/markdown');
      showToast(`Exported ${file.fileName}`);
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  };

  const writeToSyncFolder = async () => {
    try {
      const result = await api().writeRotationMarkdown({ id });
      showToast(result.written ? `Wrote ${result.path}` : `${result.path} is already up to date`);
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  };

  const remove = async () => {
    await api().deleteRotation({ id });
    showToast(`Deleted ${rotation.name}`);
    navigate({ name: 'rotations' });
  };

  const tabs: { id: Tab; label: string }[] = [
    { id: 'schedule', label: 'Schedule' },
    ...(rotation.kind === 'teaching' ? [{ id: 'backlog' as const, label: `Topic backlog (${topics.filter((t) => !t.assignedDate).length})` }] : []),
    ...(rotation.kind === 'role' ? [{ id: 'checklist' as const, label: 'Checklist' }] : []),
    { id: 'log', label: 'Session log' },
  ];

  return (
    <div className="page page-rotation">
      <PageHeader
        eyebrow={
          <>
            <a href="#/rotations">Rotations</a> / {rotation.kind === 'teaching' ? 'Teaching' : 'Role'}
          </>
        }
        title={rotation.name}
        subtitle={
          <>
            {capitalise(describeCadence(rotation.cadence))} at {rotation.time} ({rotation.timeZone}), {rotation.durationMinutes} minutes ·{' '}
            {rotation.members.filter((m) => m.activeUntil === null || m.activeUntil > schedule.today).map((m) => m.name).join(', ')}
          </>
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => void exportFile('ics')}>
              Download calendar (.ics)
            </button>
            <button type="button" className="button" onClick={() => void exportFile('md')}>
              Export Markdown
            </button>
            {syncFolder && (
              <button type="button" className="button" title={`Writes rotations/ inside ${syncFolder}; sync leaves that subfolder alone`} onClick={() => void writeToSyncFolder()}>
                Write to sync folder
              </button>
            )}
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </>
        }
      />
      <ErrorAlert message={actionError ?? error} />
      <div role="tablist" aria-label="Rotation views" className="rotation-tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="rotation-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = tabs.findIndex((x) => x.id === tab);
              const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
              if (!next) return;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="rotation-panel">
        {tab === 'schedule' && <SchedulePanel rotation={rotation} schedule={schedule} onChanged={() => void refresh()} />}
        {tab === 'backlog' && <BacklogPanel rotationId={rotation.id} topics={topics} schedule={schedule} onChanged={() => void refresh()} />}
        {tab === 'checklist' &&
          (rotation.checklist.trim() ? (
            <ChecklistView markdown={rotation.checklist} />
          ) : (
            <p className="section-empty">No checklist yet. Use Edit to write the runbook a holder follows during their turn.</p>
          ))}
        {tab === 'log' && <LogPanel rotation={rotation} today={schedule.today} log={log} onChanged={() => void refresh()} />}
      </div>
      {editing && <RotationFormDialog rotation={rotation} onClose={() => setEditing(false)} onSaved={() => void refresh()} />}
      {deleting && (
        <FormDialog title={`Delete ${rotation.name}?`} onDismiss={() => setDeleting(false)} cancelLabel="Keep it" onSubmit={remove} submitLabel="Delete rotation" tone="danger">
          <p className="dialog-text">The schedule, its changes, the topic backlog and the session log go with it. This cannot be undone.</p>
        </FormDialog>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
