import { RecordMissing } from '../components/record-missing';

/** What a goal page shows until its goal is there: loading, gone, or an error. */
export function GoalMissing({ loadError, notFound }: { loadError: string | null; notFound: boolean }) {
  return <RecordMissing loadError={loadError} notFound={notFound} noun="goal" listHref="#/goals" listLabel="Go to the goals" />;
}
