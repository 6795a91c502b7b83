import { useState } from 'react';
import { describeCadence } from '../../../shared/rotations/cadence-text';
import { DEFAULT_SCHEDULE_LENGTH } from '../../../shared/rotations/schedule-length';
import { api } from '../api/api';
import { errorCode, errorMessage } from '../api/error-message';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { FormDialog } from '../components/form-dialog';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { BacklogPanel } from './backlog-panel';
import { ChecklistView } from './checklist-view';
import { downloadText } from './download-text';
import { LogPanel } from './log-panel';
import { RotationFormDialog } from './rotation-form-dialog';
import { turnTimeText } from './rotation-format';
import { SchedulePanel } from './schedule-panel';

type Tab = 'schedule' | 'backlog' | 'log' | 'checklist';


/** One rotation: its schedule and fairness, its topic backlog or checklist, its log, and exports. */
export function RotationPage({ id }: { id: string }) {
  const rotationQuery = useServerQuery('getRotation', { id });
  // How many dates the schedule shows (and the Markdown export carries); the person may ask for more.
  const [dates, setDates] = useState(DEFAULT_SCHEDULE_LENGTH);
  // The shown dates stay while more are read; a schedule of another rotation never stands in (below).
  const scheduleQuery = useServerQuery('getRotationSchedule', { id, count: dates }, { keepPrevious: true });
  const topicsQuery = useServerQuery('listRotationTopics', { rotationId: id });
  const logQuery = useServerQuery('listRotationLog', { rotationId: id });
  const reads = [rotationQuery, scheduleQuery, topicsQuery, logQuery];
  const [rotation, schedule, topics, log] = [rotationQuery.data, scheduleQuery.data, topicsQuery.data, logQuery.data];
  const error = reads.map(queryErrorMessage).find((message) => message !== null) ?? null;
  const notFound = reads.some((query) => errorCode(query.error) === 'not_found');
  const [tab, setTab] = useState<Tab>('schedule');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  useDocumentTitle(rotation?.name ?? 'Rotation');
  // Writing into the sync folder is offered only to a workspace that has one.
  const folderQuery = useServerQuery('getSyncFolder', { workspaceId: rotation?.workspaceId ?? id }, { enabled: rotation !== undefined });
  const syncFolder = folderQuery.data?.path ?? null;

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
  if (!rotation || !schedule || !topics || !log || rotation.id !== id || schedule.rotationId !== id) {
    return <div className="page">{error ? <ErrorAlert message={error} /> : <Loading label="Loading rotation…" />}</div>;
  }

  const exportFile = async (kind: 'ics' | 'md') => {
    try {
      const file = kind === 'ics' ? await api().exportRotationCalendar({ id }) : await api().exportRotationMarkdown({ id, count: dates });
      downloadText(file.fileName, file.text, kind === 'ics' ? 'text/calendar' : 'text/markdown');
      showToast(`Exported ${file.fileName}`);
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  };

  const writeToSyncFolder = async () => {
    try {
      const result = await mutate('writeRotationMarkdown', { id });
      showToast(result.written ? `Wrote ${result.path}` : `${result.path} is already up to date`);
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  };

  const remove = async () => {
    // Off its page first, so the page does not show it missing while the list is read again.
    await mutate('deleteRotation', { id }, { beforeRefresh: () => navigate({ name: 'rotations' }) });
    showToast(`Deleted ${rotation.name}`);
  };

  // The viewer's time depends on the date (daylight saving), so the cadence is read at the next turn.
  const nextTurn = schedule.occurrences.find((o) => o.status === 'scheduled') ?? schedule.occurrences[0];
  const time = nextTurn ? turnTimeText(nextTurn.startsAt, rotation.timeZone) : `${rotation.time} ${rotation.timeZone}`;

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
            {capitalise(describeCadence(rotation.cadence))} at {time}, {rotation.durationMinutes} minutes ·{' '}
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
        {tab === 'schedule' && <SchedulePanel rotation={rotation} schedule={schedule} dates={dates} onDatesChange={setDates} />}
        {tab === 'backlog' && <BacklogPanel rotationId={rotation.id} topics={topics} schedule={schedule} />}
        {tab === 'checklist' &&
          (rotation.checklist.trim() ? (
            <ChecklistView markdown={rotation.checklist} />
          ) : (
            <p className="section-empty">No checklist yet. Use Edit to write the runbook a holder follows during their turn.</p>
          ))}
        {tab === 'log' && <LogPanel rotation={rotation} today={schedule.today} log={log} />}
      </div>
      {editing && <RotationFormDialog rotation={rotation} onClose={() => setEditing(false)} />}
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
