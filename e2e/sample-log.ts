import type { OperationInput } from '../shared/api/contract';
import type { HostApi } from './host-api';

type Content = OperationInput<'createDecision'>['content'];

/** The person the sample log's profile is set to. */
export const SAMPLE_AUTHOR = 'Ada Lovelace';
export const SAMPLE_WORKSPACE = 'Payments platform';

/**
 * A payments team's decision log, in number order. Only 0002 and 0007 mention the ledger, only
 * 0006 is rejected, and Grace Hopper took part in 0003, 0005 and 0007: the filter tests rely on it.
 */
const SAMPLE_DECISIONS: Content[] = [
  {
    title: 'Record architecture decisions',
    status: 'accepted',
    date: '2026-03-02',
    decisionMakers: ['Ada Lovelace'],
    tags: ['process'],
    context: 'We want to remember what made us choose an approach, and who was in the room.',
    outcome: 'We keep architecture decision records in Cairn and export them to the repository.',
  },
  {
    title: 'Use PostgreSQL for the ledger',
    status: 'accepted',
    date: '2026-03-09',
    decisionMakers: ['Ada Lovelace', 'Alan Turing'],
    tags: ['database', 'ledger'],
    context: 'The ledger needs transactions that never lose a committed entry.',
    options: [
      { name: 'PostgreSQL', description: '', pros: ['the team knows it well'], cons: ['one region only'] },
      { name: 'MongoDB', description: '', pros: ['flexible documents'], cons: ['multi-document transactions are young'] },
    ],
    chosenOption: 'PostgreSQL',
    outcome: 'it is the database the team runs best.',
  },
  {
    title: 'Publish domain events through Kafka',
    status: 'accepted',
    date: '2026-04-14',
    decisionMakers: ['Alan Turing'],
    consulted: ['Grace Hopper'],
    tags: ['messaging', 'events'],
    context: 'Settlement, reporting and fraud checks all react to payments as they happen.',
  },
  {
    title: 'Work trunk-based with feature flags',
    status: 'accepted',
    date: '2026-05-04',
    decisionMakers: ['Margaret Hamilton'],
    tags: ['process', 'delivery'],
    context: 'Long-lived branches made every release a merge week.',
  },
  {
    title: 'Encrypt card data with envelope keys',
    status: 'accepted',
    date: '2026-06-01',
    decisionMakers: ['Grace Hopper'],
    informed: ['Alan Turing'],
    tags: ['security', 'pci'],
    context: 'Card numbers must be unreadable at rest, and keys must rotate without downtime.',
  },
  {
    title: 'Adopt GraphQL for the partner API',
    status: 'rejected',
    date: '2026-06-22',
    decisionMakers: ['Margaret Hamilton'],
    tags: ['api'],
    context: 'Partners asked for a flexible query API; most of them only need three resources.',
  },
  {
    title: 'Use CockroachDB for the ledger',
    status: 'accepted',
    date: '2026-08-17',
    decisionMakers: ['Ada Lovelace', 'Grace Hopper'],
    tags: ['database', 'ledger'],
    context: 'The ledger now has to run in two regions with no single point of failure.',
  },
  {
    title: 'Split the monolith along bounded contexts',
    status: 'proposed',
    date: '2026-10-05',
    decisionMakers: ['Alan Turing', 'Margaret Hamilton'],
    tags: ['architecture'],
    context: 'Teams wait on each other to release; the code follows our org chart of three years ago.',
  },
  {
    title: 'Rotate a weekly Security Commander',
    status: 'proposed',
    date: '2026-11-16',
    decisionMakers: ['Margaret Hamilton'],
    tags: ['security', 'team'],
    context: 'Security alerts wait for whoever has time. One person a week triages them; they do not fix everything.',
  },
];

/** Names the sample decisions as the app does: "0007 Use CockroachDB for the ledger". */
export function sampleName(number: number): string {
  const decision = SAMPLE_DECISIONS[number - 1];
  if (!decision) throw new Error(`The sample log has no decision ${number}`);
  return `${String(number).padStart(4, '0')} ${decision.title}`;
}

/**
 * Sets the profile, creates the workspace and fills it with the sample log (0007 supersedes 0002).
 * ids[n - 1] is decision n.
 */
export async function createSampleLog(api: HostApi): Promise<{ workspaceId: string; ids: string[] }> {
  await api('setProfile', { name: SAMPLE_AUTHOR });
  const workspace = await api('createWorkspace', { name: SAMPLE_WORKSPACE });
  const ids: string[] = [];
  for (const [index, content] of SAMPLE_DECISIONS.entries()) {
    const supersedes = index === 6 ? [{ kind: 'supersedes' as const, toId: ids[1]! }] : [];
    const created = await api('createDecision', { workspaceId: workspace.id, content, links: supersedes });
    ids.push(created.id);
  }
  return { workspaceId: workspace.id, ids };
}
