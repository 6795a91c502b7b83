import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { goalStatusLabel } from '../../../shared/goals/goal';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { decisionName } from '../decisions/decision-name';
import { openSampleWorkspace } from '../home/open-sample-workspace';
import { useTypingPause } from '../keyboard/use-typing-pause';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { navigate } from '../router';
import { useUiStore } from '../stores/ui-store';
import { ACTION_ITEMS, groupItems, matchItems, PAGE_ITEMS, type PaletteItem } from './palette-items';
import { exportFromPalette, syncFromPalette } from './palette-sync-actions';
import { THEME_WORDS, useThemeStore } from '../theme/theme-store';
import { showToast } from '../stores/toast-store';
import { usePaletteStore } from './palette-store';

const DECISIONS_SHOWN = 8;
/** Waits for a pause in typing before searching, so each keystroke does not cost a query. */
const SEARCH_DELAY_MS = 120;

/** Ctrl/Cmd+K: type a few letters, pick with the arrows, Enter to go. */
export function CommandPalette({ workspaceId }: { workspaceId: string }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const text = useTypingPause(query.trim(), SEARCH_DELAY_MS);
  const search = useServerQuery('searchDecisions', { workspaceId, query: text, sort: text ? 'relevance' : 'date', limit: DECISIONS_SHOWN }, { keepPrevious: true });
  const goalList = useServerQuery('listGoals', { workspaceId }).data;
  const rotationList = useServerQuery('listRotations', { workspaceId }).data;
  const error = queryErrorMessage(search);
  const listId = useId();
  const close = () => usePaletteStore.getState().setPaletteOpen(false);

  const found = search.data?.items;
  const stale = search.isPlaceholderData;
  const items = useMemo(() => {
    const decisions: PaletteItem[] = (found ?? []).map((d) => ({
      id: `decision:${d.id}`,
      group: 'Decisions',
      label: decisionName(d),
      detail: statusLabel(d.status),
      run: { route: { name: 'decision', id: d.id } },
    }));
    const goals: PaletteItem[] = (goalList ?? []).map((g) => ({
      id: `goal:${g.id}`,
      group: 'Goals',
      label: g.title,
      detail: goalStatusLabel(g.status),
      keywords: g.team,
      run: { route: { name: 'goal', id: g.id } },
    }));
    const rotations: PaletteItem[] = (rotationList ?? []).map((r) => ({
      id: `rotation:${r.id}`,
      group: 'Rotations',
      label: r.name,
      detail: r.kind === 'teaching' ? 'Teaching rotation' : 'Role rotation',
      run: { route: { name: 'rotation', id: r.id } },
    }));
    // Until the search answers for what is typed now, the decisions found for earlier text show only
    // where they match it too: Enter right after typing "export" ran the first decision of the empty
    // query instead of the action.
    const answered = text === query.trim() && !stale;
    return [...(answered ? decisions : matchItems(decisions, query)), ...matchItems(goals, query).slice(0, 5), ...matchItems(rotations, query).slice(0, 5), ...matchItems(ACTION_ITEMS, query), ...matchItems(PAGE_ITEMS, query)];
  }, [found, stale, text, goalList, rotationList, query]);

  const shown = Math.min(active, Math.max(0, items.length - 1));

  const run = (item: PaletteItem) => {
    close();
    if ('route' in item.run) {
      navigate(item.run.route);
      return;
    }
    switch (item.run.action) {
      case 'new-decision':
        useUiStore.getState().openNewDecision();
        break;
      case 'open-sample':
        void openSampleWorkspace();
        break;
      case 'show-shortcuts':
        usePaletteStore.getState().setShortcutsOpen(true);
        break;
      case 'sync-now':
        void syncFromPalette(workspaceId);
        break;
      case 'export':
        exportFromPalette();
        break;
      case 'toggle-theme':
        showToast(`Theme: ${THEME_WORDS[useThemeStore.getState().toggleTheme()]}`);
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((shown + 1) % Math.max(1, items.length));
    else if (event.key === 'ArrowUp') setActive((shown - 1 + items.length) % Math.max(1, items.length));
    else if (event.key === 'Enter' && items[shown]) run(items[shown]);
    else return;
    event.preventDefault();
  };

  return (
    <Dialog title="Go to" onDismiss={close} size="medium">
      <div className="dialog-body palette-body">
        <input
          className="input input-large palette-input"
          role="combobox"
          aria-label="Find a decision, goal, rotation, page or action"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items[shown] ? `${listId}-${shown}` : undefined}
          aria-autocomplete="list"
          placeholder="Find a decision, goal, rotation, page or action…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoFocus
        />
        <ErrorAlert message={error} />
        <div id={listId} className="palette-list" role="listbox" aria-label="Results">
          {groupItems(items).map(({ group, entries }) => (
            <div key={group} role="group" aria-labelledby={`${listId}-${group}`} className="palette-group-block">
              <div id={`${listId}-${group}`} role="presentation" className="palette-group">
                {group}
              </div>
              {entries.map(({ item, index }) => (
                <div
                  key={item.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === shown}
                  className={index === shown ? 'palette-item is-active' : 'palette-item'}
                  onMouseMove={() => setActive(index)}
                  onClick={() => run(item)}
                >
                  <span className="palette-label">{item.label}</span>
                  {item.detail && <span className="palette-detail">{item.detail}</span>}
                </div>
              ))}
            </div>
          ))}
        </div>
        {items.length === 0 && <p className="palette-empty">Nothing matches &ldquo;{query}&rdquo;.</p>}
      </div>
    </Dialog>
  );
}
