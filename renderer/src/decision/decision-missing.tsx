import { RecordMissing } from '../components/record-missing';

/** What a decision page shows until its decision is there: loading, gone, or an error. */
export function DecisionMissing({ loadError, notFound }: { loadError: string | null; notFound: boolean }) {
  return <RecordMissing loadError={loadError} notFound={notFound} noun="decision" listHref="#/decisions" listLabel="Go to the decision list" />;
}
