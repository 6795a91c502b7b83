import type { OperationInput } from '../shared/api/contract';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { SessionPage } from './models/session-page';
import { openRoute } from './open-route';
import { createSampleLog } from './sample-log';
import { saveScreenshot } from './screenshots';

test('a facilitator runs a scoring round: hidden scores per person, then each cell’s spread and totals from the means', async ({ page, api }) => {
  const { workspaceId } = await createSampleLog(api);
  const created = await api('createSession', { workspaceId, title: 'Pick a message broker' });
  const act = (action: OperationInput<'changeSession'>['action']) => api('changeSession', { id: created.id, action });
  for (const name of ['Ada', 'Grace']) await act({ type: 'addParticipant', name, role: 'decision-maker' });
  await act({ type: 'addParticipant', name: 'Linus', role: 'observer' });
  for (const name of ['Kafka', 'RabbitMQ']) await act({ type: 'addOption', name });
  await act({ type: 'addCriterion', name: 'Operability', weight: 2 });
  await act({ type: 'goToPhase', phase: 'evaluate' });
  const session = new SessionPage(page);
  await openRoute(page, `#/sessions/${created.id}`);
  await session.expectPhase('Evaluate');
  const round = session.main.getByRole('region', { name: /Everyone’s scores/ });

  await round.getByRole('button', { name: 'Start a scoring round' }).click();
  await expect(round.getByText('0 of 2 have voted')).toBeVisible();
  const ballot = round.getByRole('group', { name: 'Score ballot' });
  // Ada first: the first who has not scored; the observer is no voter.
  await expect(ballot.getByLabel('Scores of').locator('option')).toHaveText(['Ada', 'Grace']);
  await ballot.getByLabel('Ada’s score of Kafka on Operability').selectOption('1');
  await ballot.getByLabel('Ada’s score of RabbitMQ on Operability').selectOption('4');
  await expect(round.getByText('Ada: scored (hidden)')).toBeVisible();
  await ballot.getByLabel('Scores of').selectOption('Grace');
  await expect(ballot.getByLabel('Grace’s score of Kafka on Operability')).toHaveValue('');
  await ballot.getByLabel('Grace’s score of Kafka on Operability').selectOption('4');
  await ballot.getByLabel('Grace’s score of RabbitMQ on Operability').selectOption('4');
  await expect(round.getByText('2 of 2 have voted')).toBeVisible();
  // Nothing of what anyone scored is on the screen before the reveal.
  await expect(round.getByRole('group', { name: 'Score spreads' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'a hidden scoring round');

  await round.getByRole('button', { name: 'Reveal the scores of 2 people' }).click();
  const spreads = round.getByRole('group', { name: 'Score spreads' });
  await expect(spreads).toBeFocused();
  const cells = spreads.getByRole('row', { name: /Operability/ }).getByRole('cell');
  await expect(cells.nth(0)).toHaveText('1–4 · mean 2.5 · wide: talk it through');
  await expect(cells.nth(1)).toHaveText('4 · mean 4');
  const totals = spreads.getByRole('row', { name: /Weighted total/ }).getByRole('cell');
  await expect(totals.nth(0)).toHaveText('5 (50%)');
  await expect(totals.nth(1)).toHaveText('8 (80%)');
  await expect(spreads.getByText('From the scores of 2 people')).toBeVisible();
  await expectNoSeriousViolations(page, 'a revealed scoring round');
  await saveScreenshot(page, 'session-scoring-round');
  await expect(round.getByRole('button', { name: 'Start a new scoring round' })).toBeVisible();
});
