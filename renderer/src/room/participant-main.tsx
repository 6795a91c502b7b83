import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ParticipantApp } from './participant-app';
import { takeJoinToken } from './participant-client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/sessions.css';
import './participant-page.css';

// Taken once, before anything renders: the link's token leaves the address bar at once.
const joinToken = takeJoinToken();

const root = document.getElementById('root');
if (!root) throw new Error('participant.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp joinToken={joinToken} />
  </StrictMode>,
);
