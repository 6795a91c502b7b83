import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installApi } from './api/api';
import { connectApi } from './api/connect-api';
import { App } from './app/app';
import { followChanges } from './queries/follow-changes';
import { queryClient } from './queries/query-client';
import { applyTheme } from './theme/theme-store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/dialog.css';
import './styles/decisions.css';
import './styles/decision.css';
import './styles/markdown.css';
import './styles/editor.css';
import './styles/history.css';
import './styles/review.css';
import './styles/overview.css';
import './styles/goals.css';
import './styles/sync.css';
import './styles/git.css';
import './styles/rotations.css';
import './styles/sessions.css';
import './styles/backup.css';

// The chosen theme is on the root before the first paint, so a dark choice never flashes light.
applyTheme();

// The web host's token arrives in the URL hash: connect (and take it) before the router reads the hash.
const connection = connectApi();
installApi(connection.api);
// Every write, by this window, another tab, the CLI or the folder's watcher, refreshes what it made untrue.
followChanges(connection.changes, queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
