import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { SessionPage } from './models/session-page';
import { saveScreenshot } from './screenshots';

const TITLE = 'Pick a message broker for orders';
const NAME = `0001 ${TITLE}`;

test('a facilitator runs a session to "not now" with a parked concern, then a second one that accepts the decision', async ({ page }) => {
  // Two whole sessions, each through all six phases: a long journey, not a slow step.
  test.slow();
  const shell = new AppShell(page);
  const session = new SessionPage(page);
  const decision = new DecisionPage(page);

  await test.step('the sessions page explains what a session is and starts one for a new decision', async () => {
    await shell.enterName('Fran Facilitator');
    await shell.createFirstWorkspace('Orders team');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
    await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
    await saveScreenshot(page, 'sessions-empty');
    await page.getByRole('main').getByRole('button', { name: 'Start a session' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Start a decision session' });
    await dialog.getByLabel('What are you deciding?').fill(TITLE);
    await dialog.getByRole('button', { name: 'Start the session' }).click();
    await session.expectShown(TITLE);
    await session.expectPhase('Frame');
  });

  await test.step('frame: three participants, the context, an open question, and a judgemental one rewritten', async () => {
    await session.addParticipant('Ada', 'Decision-maker');
    await session.addParticipant('Grace', 'Consulted');
    await session.addParticipant('Alan', 'Consulted');
    await expect(session.draft).toContainText('Decision-makers: Ada');
    await expect(session.draft).toContainText('Consulted: Grace, Alan');
    await session.fillAndLeave('Context and problem statement', 'Orders are lost when the mailer is down. How do we hand them over reliably?');

    await session.main.getByRole('button', { name: 'Ask: Who is not in the room that this affects?' }).click();
    await expect(session.main.getByText('Asked Who is not in the room that this affects?')).toBeVisible();
    await session.main.getByLabel('Your own question').fill('Why did you pick the mailer as the owner?');
    await expect(session.main.getByText('What led you to pick the mailer as the owner?')).toBeVisible();
    await session.main.getByRole('button', { name: 'Use the open question' }).click();
    await expect(session.main.getByLabel('Your own question')).toHaveValue('What led you to pick the mailer as the owner?');
    await session.main.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect(session.main.getByText('Asked What led you to pick the mailer as the owner?')).toBeVisible();
    await session.screenshot('session-frame');
    await expectNoSeriousViolations(page, 'the session in its frame phase');
  });

  await test.step('the team edits its question bank: saves its own question and rewords one', async () => {
    await session.main.getByLabel('Your own question').fill('What would a customer say about this?');
    await session.main.getByRole('button', { name: 'Save to bank' }).click();
    await expect(session.main.getByRole('button', { name: 'Ask: What would a customer say about this?' })).toBeVisible();
    await session.main.getByRole('button', { name: 'Edit: What made this come up now?' }).click();
    await session.main.getByLabel('Question', { exact: true }).fill('What made this urgent now?');
    await session.main.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(session.main.getByRole('button', { name: 'Ask: What made this urgent now?' })).toBeVisible();
  });

  await test.step('the advice log records whose advice was sought and whether it was taken', async () => {
    await session.main.getByLabel('Advice from').fill('Margaret from ops');
    await session.main.getByLabel('Advice given').fill('Use quorum queues');
    await session.main.getByRole('button', { name: 'Log advice' }).click();
    await session.main.getByLabel('Was the advice of Margaret from ops taken?').selectOption({ label: 'Taken' });
    await expect(session.draft).toContainText('Margaret from ops: Use quorum queues (taken)');
  });

  await test.step('the timer pauses, resumes, extends and shows its state', async () => {
    await page.keyboard.press('p');
    await expect(session.timer).toContainText('Paused');
    await session.timer.getByRole('button', { name: 'Resume' }).click();
    await session.timer.getByRole('button', { name: '+2 min' }).click();
    await expect(session.timer).toContainText('Extended');
  });

  await test.step('drivers, reached with the ] key', async () => {
    await page.keyboard.press(']');
    await session.expectPhase('Drivers');
    await session.fillAndLeave('Decision drivers', '* no order is ever lost\n* the two-person ops team can run it', 'no order is ever lost');
    await session.screenshot('session-drivers');
  });

  await test.step('options with pros and cons', async () => {
    await page.keyboard.press(']');
    await session.expectPhase('Options');
    await session.addOption('Kafka', ['replayable log'], ['needs a cluster we do not have']);
    await session.addOption('RabbitMQ', ['the team already runs it'], ['no replay']);
    await expect(session.draft).toContainText('Bad, because no replay');
    await session.screenshot('session-options');
  });

  await test.step('concerns: one is parked with an owner', async () => {
    await session.goToPhase('Concerns');
    await session.main.getByLabel('New concern').fill('Who pays for the hosting?');
    await session.main.getByRole('button', { name: 'Add concern' }).click();
    const concern = session.concern('Who pays for the hosting?');
    await concern.getByLabel('Status').selectOption({ label: 'Parked' });
    await concern.getByLabel('Owner').fill('Grace');
    await concern.getByRole('button', { name: 'Save' }).click();
    await expect(concern).toContainText('Parked · owner Grace');
    await session.screenshot('session-concerns');
  });

  await test.step('evaluate: weighted criteria and a hidden fist-of-five, revealed with its spread', async () => {
    await session.goToPhase('Evaluate');
    await session.main.getByLabel('Criterion', { exact: true }).fill('Operability');
    await session.main.getByLabel('Weight', { exact: true }).fill('3');
    await session.main.getByRole('button', { name: 'Add criterion' }).click();
    await session.main.getByLabel('Score of Kafka on Operability').selectOption('2');
    await session.main.getByLabel('Score of RabbitMQ on Operability').selectOption('4');
    await expect(session.main.getByRole('table').first()).toContainText('12 (80%)');

    await session.main.getByLabel('On', { exact: true }).selectOption({ label: 'RabbitMQ' });
    await session.main.getByRole('button', { name: 'Start the vote' }).click();
    await session.castVote('Ada', 5);
    const ballot = session.main.getByRole('form', { name: 'Ballot' });
    await ballot.getByLabel('Voter').selectOption({ label: 'Grace' });
    await ballot.getByRole('radio', { name: /^1 / }).check();
    await expect(ballot.getByLabel(/^Concern/)).toBeVisible();
    await ballot.getByRole('button', { name: "Cast Grace's vote" }).click();
    // Refused at the concern field, in the core's words, before anything is sent.
    await expect(ballot.getByRole('alert')).toContainText('A block or a low vote must name its concern');
    await expect(ballot.getByLabel(/^Concern/)).toBeFocused();
    await expect(ballot.getByLabel(/^Concern/)).toHaveAttribute('aria-invalid', 'true');
    await session.screenshot('session-evaluate-ballot', ballot);
    await session.castVote('Grace', 1, 'Nobody on call has run RabbitMQ under load');
    await session.castVote('Alan', 4);
    await expect(session.main.getByText(/Grace: voted \(hidden\)/)).toBeVisible();
    await expect(session.main.getByRole('region', { name: 'Vote results' })).toHaveCount(0);
    await session.screenshot('session-evaluate-hidden');

    await session.main.getByRole('button', { name: 'Reveal 3 votes' }).click();
    const results = session.main.getByLabel('Vote results');
    await expect(results).toContainText('Strong disagreement: the room is split');
    await expect(results.locator('dt:text-is("Lowest") + dd')).toHaveText('1');
    await expect(results.locator('dt:text-is("Highest") + dd')).toHaveText('5');
    await expect(results.getByRole('row', { name: /^1 Serious concerns/ })).toContainText('1');
    await expect(session.draft).toContainText('Fist of five on "RabbitMQ": 3 votes, from 1 to 5 (strong disagreement)');
    await session.screenshot('session-evaluate-revealed', results);

    await session.main.getByRole('button', { name: 'Start dot voting' }).click();
    const dotBallot = session.main.getByRole('form', { name: 'Dot ballot' });
    for (const [voter, kafka, rabbit] of [['Ada', 1, 2], ['Grace', 0, 3], ['Alan', 3, 0]] as const) {
      await dotBallot.getByLabel('Voter').selectOption({ label: voter });
      await dotBallot.getByLabel('Kafka').fill(String(kafka));
      await dotBallot.getByLabel('RabbitMQ').fill(String(rabbit));
      await dotBallot.getByRole('button', { name: `Cast ${voter}'s dots` }).click();
      await expect(session.main.getByRole('list', { name: 'Who has placed dots' })).toContainText(`${voter}: voted (hidden)`);
    }
    await session.main.getByRole('button', { name: 'Reveal the dots of 3 people' }).click();
    const dots = session.main.getByRole('table', { name: 'Dot results' });
    await expect(dots.getByRole('row', { name: /^RabbitMQ/ })).toHaveText(/RabbitMQ\s*5\s*2\s*0 \/ 3/);
    await expect(dots.getByRole('row', { name: /^Kafka/ })).toHaveText(/Kafka\s*4\s*2\s*0 \/ 3/);
    await session.screenshot('session-evaluate-dots', dots);
    await expectNoSeriousViolations(page, 'the evaluate phase with revealed votes');
  });

  await test.step('the low vote\'s concern reached the concerns list, anonymously', async () => {
    await session.goToPhase('Concerns');
    await expect(session.concern('Nobody on call has run RabbitMQ under load')).toContainText('raised anonymously or by the room');
  });

  await test.step('outcome: not now, with a revisit date; the decision stays proposed', async () => {
    await session.goToPhase('Outcome');
    // The choice is saved before the radio shows it: click, then wait for the saved state.
    await session.main.getByLabel('Not now: revisit later').click();
    await expect(session.main.getByLabel('Not now: revisit later')).toBeChecked();
    await session.main.getByLabel('Revisit on').fill('2030-01-15');
    await session.fillAndLeave('Why not now', 'We first train the on-call rotation on RabbitMQ.', 'We first train the on-call rotation');
    await expect(session.draft).toContainText('Review by: 2030-01-15');
    await session.screenshot('session-outcome-not-now');
    await expectNoSeriousViolations(page, 'the outcome phase');
    await session.main.getByRole('button', { name: 'Finish: not now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This session is finished and wrote revision 2 of the decision' })).toBeVisible();
    await page.getByRole('button', { name: 'Open the decision' }).click();
    await decision.expectShown(NAME);
    await expect(decision.status.locator('option:checked')).toHaveText('Proposed');
    await expect(decision.text).toContainText('Not now: the team will revisit this decision on 2030-01-15.');
    await expect(decision.text).toContainText('Who pays for the hosting? (owner: Grace)');
  });

  await test.step('a second session from the decision page continues the work and accepts RabbitMQ', async () => {
    await page.getByRole('button', { name: 'Start a session' }).click();
    await page.getByRole('dialog', { name: 'Start a decision session' }).getByRole('button', { name: 'Start the session' }).click();
    await session.expectShown(TITLE);
    await expect(session.draft).toContainText('Orders are lost when the mailer is down.');
    await expect(session.main.getByRole('combobox', { name: 'Role of Grace' })).toBeVisible();

    await session.goToPhase('Evaluate');
    await session.main.getByLabel('On', { exact: true }).selectOption({ label: 'RabbitMQ' });
    await session.main.getByRole('button', { name: 'Start the vote' }).click();
    await session.castVote('Ada', 5);
    await session.castVote('Grace', 3);
    await session.castVote('Alan', 4);
    await session.main.getByRole('button', { name: 'Reveal 3 votes' }).click();
    await expect(session.main.getByLabel('Vote results')).not.toContainText('Strong disagreement');

    await session.goToPhase('Outcome');
    await session.main.getByLabel('Choose an option').click();
    await expect(session.main.getByLabel('Choose an option')).toBeChecked();
    await session.main.getByLabel('Chosen option').selectOption({ label: 'RabbitMQ' });
    await session.fillAndLeave('Because', 'the team runs it today and on-call is now trained.', 'the team runs it today');
    await session.fillAndLeave('Consequences', '* Good, because orders survive a mailer outage', 'orders survive a mailer outage');
    await session.main.getByLabel('Review by').fill('2031-01-15');
    await expect(session.draft).toContainText('Review by: 2031-01-15');
    const check = session.main.getByRole('region', { name: 'Finish the session' });
    await expect(check.getByText('At least two options compared on the criteria')).toHaveClass('is-gap');
    await expect(check.getByText('Agreement recorded (a revealed vote)')).toHaveClass('is-met');
    await session.screenshot('session-outcome-accept', check);

    await check.getByRole('button', { name: 'Finish and accept the decision' }).click();
    await check.getByRole('button', { name: 'Accept anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This session is finished and wrote revision 3 of the decision' })).toBeVisible();
    await page.getByRole('button', { name: 'Open the decision' }).click();
    await decision.expectShown(NAME);
    await expect(decision.status.locator('option:checked')).toHaveText('Accepted');
    await expect(decision.text).toContainText('Chosen option: "RabbitMQ", because the team runs it today and on-call is now trained.');
    await expect(decision.text).toContainText('Good, because the team already runs it');
    await expect(decision.text).toContainText('Accepted with gaps in the done-check');
    const history = page.getByRole('region', { name: 'Sessions', exact: true });
    await expect(history).toContainText('chose RabbitMQ');
    await expect(history).toContainText('not now, revisit on 2030-01-15');
    await saveScreenshot(page, 'session-decision-accepted');
  });

  await test.step('the sessions list and the minutes tell what happened', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
    await expect(page.getByRole('heading', { name: 'Finished' })).toBeVisible();
    await expect(page.getByRole('link', { name: NAME })).toHaveCount(2);
    await expect(page.getByRole('main')).toContainText('chose RabbitMQ · 3 participants');
    await saveScreenshot(page, 'sessions-list');
    await expectNoSeriousViolations(page, 'the sessions list');
    await page.getByRole('link', { name: NAME }).last().click();
    await session.expectShown(TITLE);
    // The first session shows what it wrote, not the decision as the second session left it.
    await expect(session.draft).toContainText('Status: Proposed');
    await expect(session.timer).toContainText('Finished');
    await page.getByRole('button', { name: 'Minutes' }).click();
    const minutes = page.getByRole('dialog', { name: 'Minutes' });
    await expect(minutes).toContainText('Ada (decision-maker)');
    await expect(minutes).toContainText('Frame: Who is not in the room that this affects?');
    await expect(minutes).toContainText('Who pays for the hosting?: parked, owner Grace');
    await expect(minutes).toContainText('Not now; revisit on 2030-01-15.');
    await expect(minutes).toContainText('Margaret from ops: Use quorum queues (taken)');
    await saveScreenshot(page, 'session-minutes');
  });
});
